# Профили: /setup, /profile, команды set-*, /notifications, /language, /link, /export, /delete-me.

profile-title-yours = Ваш профиль: { $name }
profile-title-saved = Профиль сохранён: { $name }
profile-title-so-far = Сохранено на данный момент: { $name }
profile-title-notifications = Уведомления: { $name }
profile-field-activities = Виды активности
profile-field-level = Уровень
profile-field-area = Район
profile-field-zone = Часовой пояс
profile-field-available = Свободное время
profile-field-status = Статус
profile-field-notifications = Уведомления
profile-field-record = Статистика
profile-field-about = О себе
profile-not-set = не указано
profile-area = { $area } · в радиусе { $km } км
profile-status-active = активен
profile-status-paused = на паузе (скрыт из подбора)
profile-alerts = уведомления о совпадениях { $state ->
        [on] вкл.
       *[off] выкл.
    }
profile-quiet = тихие часы { $start }–{ $end }
profile-reminders = напоминания { $times }
profile-reminders-default = напоминания по умолчанию
profile-reminders-off = напоминания выкл.
profile-digest = еженедельная сводка { $state ->
        [on] вкл.
       *[off] выкл.
    }
profile-lead-days = { $count } дн.
profile-lead-hours = { $count } ч
profile-lead-minutes = { $count } мин
profile-record = посещено: { $attended } · серия { $streak } (рекорд { $best }) · надёжность { $reliability } %
profile-missing = Чтобы получать совпадения, добавьте { $missing } — или выполните /setup.
profile-missing-area = ваш район (/set-location)
profile-missing-activities = виды активности (/set-activities)
profile-missing-level = ваш уровень (/set-level)
profile-paused-hint = Ваш профиль на паузе: в подборе вас никто не видит. Выполните /resume, чтобы снова участвовать в подборе.
profile-ready = Всё готово для подбора: попробуйте /match.
profile-button-match = Найти партнёров
profile-button-sessions = Смотреть тренировки
profile-button-pause = Пауза
profile-button-resume = Продолжить
profile-button-edit = Изменить через /setup
profile-button-export = Выгрузить мои данные
profile-choose-area = Выберите свой район
profile-place-ambiguous = Есть несколько мест с названием «{ $place }». Какое из них?
profile-area-set = Ваш район: **{ $area }** (подбор в радиусе { $km } км). Другие видят только название района.
profile-area-set-zone = Ваш район: **{ $area }** (подбор в радиусе { $km } км). Другие видят только название района. Ваш часовой пояс теперь { $zone }; если это не так, измените его через /set-timezone.
profile-name-set = Другие увидят вас как { $name }
profile-name-platform = В имени должна быть хотя бы одна буква, поэтому другие увидят ваше имя из { $platform ->
        [discord] Discord
        [telegram] Telegram
       *[other] терминала
    }: { $name } Попробуйте /set-name ещё раз, с буквами.
profile-bio-saved = Описание сохранено.
profile-level-set = Уровень: **{ $level }**.
profile-radius-set = Мы будем подбирать людей и тренировки в радиусе **{ $km } км**, если их собственный радиус тоже достаёт до вас.
profile-zone-set = Часовой пояс: **{ $zone }**. Время показывается вам в этом поясе.
profile-zone-set-from = Часовой пояс: **{ $zone }** (по месту: { $place }). Время показывается вам в этом поясе.
profile-activities-set = Виды активности: **{ $activities }**.
profile-availability-set = Свободное время: **{ $when }** ({ $zone }). Подбор сравнивает его со временем других, с учётом часовых поясов.
profile-availability-cleared = Свободное время очищено.
profile-paused = Пауза: вы не появляетесь в подборе и не получаете уведомлений о совпадениях. Когда вернётесь — /resume.
profile-resumed = С возвращением: вы снова участвуете в подборе.
profile-export-text = Вот всё, что Spotter хранит о вас.
profile-gps-invalid = Отправленное местоположение — не точка на Земле.
profile-timezone-unknown = «{ $zone }» — ни место, ни часовой пояс, которые я знаю. Напишите город, например Москва или Берлин, или название IANA, например Europe/Moscow.
profile-timezone-ambiguous = «{ $text }» охватывает несколько часовых поясов: { $zones }. Напишите город или одно из этих названий.

setup-place-failed = { $problem } Укажите его через /set-location.
setup-place-ambiguous = Всё остальное сохранено. Есть несколько мест с названием «{ $place }» — какое из них ваше?

prefs-saved = Сохранено.
prefs-hint = Изменить можно так: /notifications alerts: выкл quiet: 22-7
prefs-quiet-invalid = Тихие часы записываются как «22-7» или «22:30-06:30» (24-часовой формат) либо «выкл»; «{ $text }» не подходит.
prefs-lead-invalid = Время напоминаний записывается как «24h,1h» или «30m» (от 5 минут до 7 дней), «по умолчанию» или «выкл»; «{ $text }» не подходит.
prefs-lead-too-many = Не больше { $max } напоминаний.

lang-title = Язык
lang-current = Сейчас: { $why }
    Выберите язык ниже или напишите /language и язык (de, Deutsch, русский…). /language auto снова следует языку вашего приложения.
lang-why-chosen = { $language }, ваш выбор.
lang-why-platform = { $language }, как указано в { $platform ->
        [discord] приложении Discord
        [telegram] приложении Telegram
       *[other] терминале
    }.
lang-why-community = { $language }, язык этого сообщества по умолчанию.
lang-why-default = { $language }: ни вы, ни ваше приложение не указали язык, на котором говорит Spotter.
lang-button-auto = Как в приложении
lang-set = Готово: теперь Spotter говорит с вами на языке «{ $language }».
lang-auto = Готово: Spotter снова следует языку вашего приложения. Сейчас: { $why }
lang-unknown = Spotter не говорит на «{ $text }». Выберите один из языков: { $known } — или auto, чтобы следовать приложению.

link-title = Привязать ещё один аккаунт
link-code-made = На другой платформе отправьте боту Spotter **/link { $code }** в течение { $minutes } минут. Тогда тот аккаунт будет использовать этот профиль (его собственный профиль Spotter, если он есть, будет заменён).
link-done = Готово: этот аккаунт теперь использует профиль **{ $name }** — вместе с совпадениями, партнёрами и тренировками.
link-code-shape = Код привязки — это 6 букв и цифр, например K7Q2MX.
link-code-own = Введите этот код на другой платформе, а не здесь.
link-profile-gone = Профиля, создавшего этот код, больше нет.
link-platform-taken = К этому профилю уже привязан { $platform }.
link-platform-discord = аккаунт Discord
link-platform-telegram = аккаунт Telegram
link-platform-console = аккаунт терминала

delete-button-yes = Да, удалить всё
delete-ask-title = Удалить всё?
delete-ask-text = Это сразу удалит ваш профиль, партнёров, сообщения и заявки, а также отменит тренировки, которые вы проводите (все участники получат уведомление). Ваше имя будет удалено из записей модерации, а текст ваших жалоб — стёрт. Бан в сообществе останется: он действует для ваших аккаунтов. Отменить это нельзя.
delete-done = Готово: всё ваше удалено{ $cancelled ->
        [0] {""}
        [one] {" "}и { $cancelled } ваша тренировка отменена
        [few] {" "}и { $cancelled } ваши тренировки отменены
       *[other] {" "}и { $cancelled } ваших тренировок отменено
    }.{ $told ->
        [0] {""}
        [one] {" "}Уведомлён { $told } человек.
        [few] {" "}Уведомлены { $told } человека.
       *[other] {" "}Уведомлено { $told } человек.
    } Возвращайтесь в любое время.
delete-cancelled = Отменено: ничего не удалено. Ваш профиль остался как есть.
delete-notice-cancelled-title = Тренировка отменена
delete-notice-cancelled-text = Тренировка **{ $title }** ({ $when }) отменена: организатор покинул Spotter.
delete-notice-seat-title = Вы в списке!
delete-notice-seat-text = В **{ $title }** освободилось место, и оно ваше.
