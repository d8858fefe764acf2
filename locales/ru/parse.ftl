# Что люди вводят: свободное время, время начала, длительность, места. Английские слова тоже понимаются.

parse-availability-example = «будни вечером, сб утром» или «пн/ср 6-8»
parse-time-unreadable = Не могу прочитать «{ $text }» как время. Пишите время так: «6:00», «18:30» или «18-20».
parse-availability-bad-char = Не понимаю «{ $char }» в вашем свободном времени. Попробуйте { parse-availability-example }.
parse-availability-unknown = Не понимаю «{ $word }» в вашем свободном времени. Попробуйте, например, { parse-availability-example }.
parse-availability-unknown-suggest = Не понимаю «{ $word }» в вашем свободном времени. Может быть, вы имели в виду «{ $suggestion }»? Попробуйте, например, { parse-availability-example }.
parse-availability-empty = Напишите, когда вы обычно свободны, например { parse-availability-example }. Отправьте «нет», чтобы очистить.
parse-availability-too-long = Здесь { $length ->
        [one] { $length } символ
        [few] { $length } символа
       *[many] { $length } символов
    }; пожалуйста, не больше { $max }, например { parse-availability-example }.
parse-availability-nothing = Не нашёл ни дней, ни времени в «{ $text }». Попробуйте { parse-availability-example }.
parse-availability-too-many = Получается { $count ->
        [one] { $count } отдельное окно
        [few] { $count } отдельных окна
       *[many] { $count } отдельных окон
    }; я могу хранить не больше { $max }. Попробуйте шире, например «будни вечером».
parse-availability-before-midnight = «до полуночи» — это каждый вечер; попробуйте «вечером» или «после 18».

parse-when-examples = «завтра в 7 утра», «сб 9:30» или «2026-12-01 07:00»
parse-when-empty = Напишите, когда начало, например { parse-when-examples }.
parse-when-too-long = Слишком длинно для времени начала; попробуйте, например, { parse-when-examples }.
parse-when-not-found = Не нашёл ни даты, ни времени в «{ $text }». Попробуйте { parse-when-examples }.
parse-when-needs-time = В «{ $text }» нужно ещё время, например «{ $found } 7:00» или «{ $found } 18:30».
parse-when-no-date = Не смог понять дату из «{ $text }». Попробуйте { parse-when-examples }.
parse-when-not-real = «{ $text }» — несуществующая дата. Попробуйте { parse-when-examples }.
parse-when-passed = { $when } уже прошло. Выберите время в будущем, например «завтра в 7 утра».
parse-when-too-far = { $when } — больше чем через { $days ->
        [one] { $days } день
        [few] { $days } дня
       *[many] { $days } дней
    }; занятия можно планировать не дальше чем на { $days ->
        [one] { $days } день
        [few] { $days } дня
       *[many] { $days } дней
    } вперёд.

parse-duration-examples = например «45», «90 мин», «1 ч» или «1h30»
parse-duration-empty = Напишите, сколько длится занятие, { parse-duration-examples }.
parse-duration-unreadable = Не смог прочитать «{ $text }» как длительность; { parse-duration-examples }.
parse-duration-out-of-range = Занятие длится от { $min } минут до { $maxHours } часов; «{ $text }» — это { $minutes ->
        [one] { $minutes } минута
        [few] { $minutes } минуты
       *[many] { $minutes } минут
    }. Попробуйте { parse-duration-examples }.

parse-location-examples = «Москва», «Пушкин, Санкт-Петербург», координаты вроде «55.75, 37.62» или ссылку на Google Maps
parse-coordinates-not-numbers = Координаты должны быть числами, например «52.52, 13.40» (сначала широта, потом долгота).
parse-latitude-out-of-range = Широта должна быть от -90 до 90, а была { $value }. Отправьте сначала широту, потом долготу, например «52.52, 13.40».
parse-longitude-out-of-range = Долгота должна быть от -180 до 180, а была { $value }. Отправьте сначала широту, потом долготу, например «52.52, 13.40».
parse-location-empty = Назовите город или район, например { parse-location-examples }.
parse-link-too-long = Эта ссылка слишком длинная. Отправьте вместо неё координаты, например «52.52, 13.40».
parse-location-too-long = Здесь { $length ->
        [one] { $length } символ
        [few] { $length } символа
       *[many] { $length } символов
    }; название места — не больше { $max }. Достаточно города, например «Москва» или «Париж, Франция».
parse-coordinates-malformed = Не смог прочитать «{ $text }» как координаты. Отправьте широту и долготу десятичными числами, например «52.52, 13.40» или «52.52 N, 13.40 E».
parse-link-unreadable = Не смог прочитать эту ссылку. Вставьте полную ссылку на карту или отправьте координаты вроде «52.52, 13.40».
parse-link-short = Короткие ссылки на карты (вроде maps.app.goo.gl/…) здесь открыть нельзя. Откройте ссылку в браузере и вставьте полный адрес из адресной строки или отправьте координаты вроде «52.52, 13.40».
parse-link-no-location = В этой ссылке нет места. Вставьте ссылку Google Maps, OpenStreetMap или Apple Maps с меткой или отправьте координаты вроде «52.52, 13.40».
parse-link-no-place = В этой ссылке нет места. Отправьте название города или координаты вроде «52.52, 13.40».
parse-place-unknown-qualifier = Не знаю «{ $qualifier }» как страну, регион или город. Попробуйте название или код страны, например «{ $name }, Франция» или «{ $name }, RU».
parse-place-none-near = Я знаю места под названием «{ $name }», но ни одного в «{ $qualifier }» или рядом. Проверьте написание или попробуйте просто «{ $name }».
parse-place-unknown = Не нашёл место под названием «{ $name }». Проверьте написание или добавьте страну, например «Париж, Франция», или отправьте координаты вроде «52.52, 13.40».

# Почему недели совпадают: часть дня, на которую приходится больше всего общего времени.
parse-overlap-none = общего времени пока нет
parse-overlap-minutes = { $minutes } мин общего времени в неделю
parse-overlap-hours = { $hours } ч общего времени в неделю
parse-overlap-morning = { $count ->
        [one] совпадает { $count } утро
        [few] совпадают { $count } утра
       *[many] совпадают { $count } утр
    }
parse-overlap-afternoon = { $count ->
        [one] совпадает { $count } день
        [few] совпадают { $count } дня
       *[many] совпадают { $count } дней
    }
parse-overlap-evening = { $count ->
        [one] совпадает { $count } вечер
        [few] совпадают { $count } вечера
       *[many] совпадают { $count } вечеров
    }
parse-overlap-night = { $count ->
        [one] совпадает { $count } ночь
        [few] совпадают { $count } ночи
       *[many] совпадают { $count } ночей
    }

# Свободное время недели словами: «по будням вечером, сб утром», «пн/ср 6–8», «ежедневно 7–9».
parse-describe-not-set = не указано
parse-describe-comma = { $a }, { $b }
parse-describe-and = { $a } и { $b }
parse-describe-slash = { $a }/{ $b }
parse-describe-run = { $from }–{ $to }
parse-describe-every = каждый день { $parts }
parse-describe-weekday = по будням { $parts }
parse-describe-weekend = по выходным { $parts }
parse-describe-days = { $days } { $parts }
parse-describe-every-all-day = каждый день
parse-describe-weekday-all-day = по будням
parse-describe-weekend-all-day = по выходным
parse-describe-days-all-day = { $days } весь день
parse-describe-every-ranges = ежедневно { $ranges }
parse-describe-weekday-ranges = по будням { $ranges }
parse-describe-weekend-ranges = по выходным { $ranges }
parse-describe-days-ranges = { $days } { $ranges }
parse-weekday-short-1 = пн
parse-weekday-short-2 = вт
parse-weekday-short-3 = ср
parse-weekday-short-4 = чт
parse-weekday-short-5 = пт
parse-weekday-short-6 = сб
parse-weekday-short-7 = вс
parse-part-early-morning-one = рано утром
parse-part-early-morning-many = рано утром
parse-part-morning-one = утром
parse-part-morning-many = утром
parse-part-late-morning-one = ближе к обеду
parse-part-late-morning-many = ближе к обеду
parse-part-lunchtime-one = в обед
parse-part-lunchtime-many = в обед
parse-part-afternoon-one = днём
parse-part-afternoon-many = днём
parse-part-evening-one = вечером
parse-part-evening-many = вечером
parse-part-night-one = ночью
parse-part-night-many = ночью
parse-availability-negative = «{ $text }» — это отрицательный час. Пишите время суток от 0 до 24, например { parse-availability-example }.
parse-availability-numbers-only = В «{ $text }» есть часы, но нет дней. Укажите и дни или время суток, например { parse-availability-example }.
