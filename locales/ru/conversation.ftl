# Пошаговые диалоги (вопросы по одному) и что не так с введённым параметром.

flow-outdated = Этот диалог начала более старая версия Spotter, поэтому я его сбросил. Пожалуйста, выполните команду ещё раз.
flow-cancelled = /{ $command } отменена. Ничего не сохранено.
flow-yes = Да
flow-no = Нет
flow-skip = Пропустить
flow-cancel = Отмена
flow-level-beginner = Новичок
flow-level-intermediate = Средний
flow-level-advanced = Продвинутый
flow-title-left = /{ $command } · вопросов осталось: { $left }
flow-question-optional = { $question } (или «пропустить»)

flow-unreadable = Не удалось разобрать «{ $text }». Пишите параметры как имя: значение.
flow-write-pairs = Пишите параметры как имя: значение, например /{ $command } { $option }: …
flow-no-options = У /{ $command } нет параметров.
flow-unknown-option = У /{ $command } нет параметра «{ $option }».

flow-not-valid = { $label }: недопустимое значение.
flow-must-be-text = { $label }: нужен текст.
flow-empty = { $label }: значение не может быть пустым.
flow-too-long = { $label }: слишком длинно, допускается не больше { NUMBER($max, useGrouping: 0) } { $max ->
        [one] символа
       *[other] символов
    }.
flow-too-long-plural = { $label }: слишком длинно, допускается не больше { NUMBER($max, useGrouping: 0) } { $max ->
        [one] символа
       *[other] символов
    }.
flow-whole-number = { $label }: нужно целое число от { NUMBER($min, useGrouping: 0) } до { NUMBER($max, useGrouping: 0) }.
flow-at-least = { $label }: не меньше { NUMBER($min, useGrouping: 0) }{ $unit }.
flow-at-most = { $label }: не больше { NUMBER($max, useGrouping: 0) }{ $unit }.
flow-on-off = { $label }: нужно «вкл» или «выкл».
flow-one-of = { $label }: допустимо одно из значений: { $values }
flow-unknown-activity = Я не знаю вид активности «{ $text }». Попробуйте один из этих: { $known }
flow-unknown-activity-short = Я не знаю вид активности «{ $text }». Попробуйте: { $known }
flow-activities-text = Виды активности нужно указать текстом, например «running, yoga».
flow-activities-none = Укажите хотя бы один вид активности, например «running, yoga».
flow-activities-too-many = Выберите не больше { $max } { $max ->
        [one] вида
       *[other] видов
    } активности.

# Названия параметров, в начале сообщений выше.
flow-label-that = Значение
flow-label-the-activity = Вид активности
flow-label-the-level = Уровень
flow-label-the-place = Место
flow-label-the-time = Время
flow-label-the-session = Тренировка
flow-label-the-person-s-name = Имя человека
flow-label-the-report = Жалоба
flow-label-alerts = Уведомления
flow-label-attended = «Присутствовал»
flow-label-the-digest = Еженедельная сводка
flow-label-weekly = «Еженедельно»
flow-label-the-level-range = Диапазон уровней
flow-label-the-capacity = Число мест
flow-label-the-count = Количество
flow-label-the-distance = Расстояние
flow-label-the-page = Страница
flow-label-the-radius = Радиус
flow-label-the-message = Сообщение
flow-label-the-message-to-reply-to = Сообщение, на которое вы отвечаете
flow-label-the-note = Заметка
flow-label-the-notes = Заметки
flow-label-the-reason = Причина
flow-label-your-bio = О себе
flow-label-your-availability = Ваше свободное время
flow-label-your-name = Ваше имя
flow-label-quiet-hours = Тихие часы
flow-label-reminders = Напоминания
flow-label-the-announce-channel = Канал для анонсов
flow-label-the-moderator-role = Роль модератора
flow-label-the-button = Кнопка
flow-label-the-code = Код
flow-label-the-command = Команда
flow-label-the-day = День
flow-label-the-duration = Длительность
flow-label-the-name = Название
flow-label-the-request = Заявка
flow-label-the-time-zone = Часовой пояс
flow-label-the-title = Название
flow-label-the-language = Язык
