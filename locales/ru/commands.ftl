# Меню команд: описание каждой команды, её параметров и вариантов выбора, как их показывают
# платформы (description_localizations в Discord, меню по языкам в Telegram).

cmd-audit = Последние действия модераторов в этом сообществе (модераторы)
cmd-audit-count = Сколько записей (1–50, по умолчанию 20)

cmd-ban = Заблокировать кого-то в Spotter в этом сообществе (модераторы)
cmd-ban-person = Кто: имя (участник или кто-то из /reports) или ID
cmd-ban-reason = Причина (сохраняется в журнале)

cmd-block = Заблокировать кого-то: тихо, в обе стороны, сразу
cmd-block-person = Кто: имя или номер в вашем последнем списке /buddies или /match

cmd-buddies = Ваши напарники и запросы в напарники

cmd-buddy-accept = Принять запрос в напарники
cmd-buddy-accept-person = Кто попросил: имя или номер в /buddies

cmd-buddy-decline = Отклонить запрос в напарники
cmd-buddy-decline-person = Кто попросил: имя или номер в /buddies

cmd-calendar = Файл календаря (.ics) для одной тренировки или всех ваших
cmd-calendar-session = Одна тренировка (номер или id); не указывайте — будут все предстоящие

cmd-checkin = Сообщите Spotter, были ли вы на тренировке, к которой присоединились
cmd-checkin-session = Тренировка: её номер в /my-sessions или ID
cmd-checkin-attended = Вы там были? да или нет

cmd-community-stats = Как идут дела у Spotter в этом сообществе, с графиками за 12 недель (модераторы)

cmd-connect = Предложить кому-то стать вашим напарником по тренировкам
cmd-connect-person = Кто: имя или номер в вашем последнем списке /match или /buddies
cmd-connect-message = Короткая записка к запросу (необязательно)

cmd-delete-me = Удалить ваш профиль и всё, что вам принадлежит (с подтверждением)

cmd-delete-me-cancel = Отменяет /delete-me
cmd-delete-me-cancel-confirm = Кнопка подтверждения, которую она отменяет

cmd-delete-me-confirm = Подтверждает /delete-me

cmd-disconnect = Перестать быть напарниками или отозвать запрос
cmd-disconnect-person = Кто: имя или номер в /buddies

cmd-export = Скачать всё, что Spotter хранит о вас (JSON)

cmd-help = Что умеет Spotter и какие есть команды
cmd-help-command = Команда, которую нужно объяснить

cmd-join = Попросить организатора принять вас на тренировку
cmd-join-session = Тренировка: номер в /sessions или id
cmd-join-message = Пара слов организатору (необязательно)

cmd-leave = Покинуть тренировку (место или лист ожидания) или отозвать запрос
cmd-leave-session = Тренировка: её номер в /my-sessions или ID

cmd-link = Один профиль в Discord и Telegram: получите код здесь, введите его там
cmd-link-code = Код из /link в другом вашем аккаунте

cmd-match = Найти напарников по тренировкам рядом, с рейтингом и объяснением
cmd-match-page = Страница результатов

cmd-mod-settings = Показать или изменить настройки Spotter в сообществе (модераторы)
cmd-mod-settings-announce-channel = Канал, где анонсируются тренировки
cmd-mod-settings-moderator-role = Роль, участники которой модерируют Spotter здесь
cmd-mod-settings-clear = Прекратить анонсы или перестать использовать роль модераторов
cmd-mod-settings-clear-announce-channel = Канал анонсов
cmd-mod-settings-clear-moderator-role = Роль модераторов
cmd-mod-settings-radius = Радиус поиска по умолчанию в км (1–200)

cmd-msg = Написать напарнику, на какой бы платформе он ни был
cmd-msg-person = Какой партнёр: имя или номер в /buddies
cmd-msg-text = Ваше сообщение
cmd-msg-reply-to = Сообщение, на которое вы отвечаете (задаёт кнопка «Ответить»)

cmd-my-sessions = Ваши предстоящие тренировки: проводите, идёте, в ожидании, запрошены

cmd-notifications = Оповещения о совпадениях, тихие часы, напоминания и еженедельная сводка
cmd-notifications-alerts = Оповещения о новых подходящих людях или тренировках (on/off)
cmd-notifications-quiet = Тихие часы, например "22-7" или "22:30-06:30"; "выкл" — отключить
cmd-notifications-reminders = За сколько напоминать, например "24h,1h" или "30m"; "по умолчанию" или "выкл"
cmd-notifications-digest = Еженедельная сводка тренировок рядом с вами (on/off)

cmd-pause = Временно скрыть себя из подбора и оповещений

cmd-place-add = Добавить публичное место встречи в сообщество (модераторы)
cmd-place-add-name = Название, которое увидят люди, например "Главный вход в парк Горького"
cmd-place-add-location = Где это: ссылка на карту, "lat, lng" или район (никогда не показывается)

cmd-place-remove = Удалить место встречи из сообщества (модераторы)
cmd-place-remove-name = Место: его номер или название, как показывает /places

cmd-places = Отобранные публичные места встреч этого сообщества

cmd-profile = Показать ваш профиль (видите только вы)

cmd-report = Пожаловаться модераторам на человека, тренировку или сообщение
cmd-report-reason = Что случилось? Модераторы это прочитают
cmd-report-person = Человек: имя или номер в вашем последнем списке /match или /buddies
cmd-report-session = Тренировка: её номер в /sessions или /my-sessions или ID
cmd-report-message = Сообщение, присланное вам (задаёт его кнопка «Пожаловаться»)

cmd-report-open = Открывает присланную вам жалобу (модераторы)
cmd-report-open-report = Id жалобы

cmd-report-resolve = Закрыть жалобу с заметкой о принятых мерах (модераторы)
cmd-report-resolve-report = Жалоба: номер в /reports
cmd-report-resolve-note = Что вы сделали (для журнала)

cmd-reports = Открытые жалобы в этом сообществе, сначала старые (модераторы)

cmd-request-accept = Принять запрос на участие в вашей тренировке
cmd-request-accept-request = Запрос: номер в /requests

cmd-request-decline = Отклонить запрос на участие в вашей тренировке
cmd-request-decline-request = Запрос: номер в /requests

cmd-requests = Запросы на участие, ждущие вашего ответа
cmd-requests-session = Только для этой тренировки (её номер в /my-sessions или ID)

cmd-resume = Снова появляться в подборе

cmd-session = Показать тренировку: когда, где, уровень, места
cmd-session-session = Тренировка: её номер в /sessions или /my-sessions или ID

cmd-session-cancel = Отменить вашу тренировку; все участники получат уведомление
cmd-session-cancel-session = Тренировка: номер в /my-sessions или id
cmd-session-cancel-reason = Причина в двух словах (увидят участники)

cmd-session-create = Создать тренировку, к которой люди рядом смогут попроситься
cmd-session-create-activity = Чем займётесь, например бег, йога, скалолазание
cmd-session-create-when = Когда начало, по вашему времени: "завтра в 7 утра", "сб 9:30"
cmd-session-create-place = Где встречаемся: место встречи сообщества или любой район
cmd-session-create-capacity = Мест для других, от 1 до 50 (по умолчанию 4)
cmd-session-create-levels = Для кого: Все уровни, Новичок, От среднего до продвинутого… (по умолчанию: Все уровни)
cmd-session-create-duration = Длительность: "45 min", "1h30" (по умолчанию 1 ч)
cmd-session-create-title = Короткое название (по умолчанию — вид активности)
cmd-session-create-notes = Заметки: темп, что взять с собой (до 500 символов)
cmd-session-create-weekly = Повторять каждую неделю в то же время

cmd-session-edit = Изменить вашу тренировку; все участники узнают, что изменилось
cmd-session-edit-session = Тренировка: номер в /my-sessions или id
cmd-session-edit-when = Новое начало, по вашему времени: "сб 10 утра"
cmd-session-edit-place = Новое место встречи
cmd-session-edit-capacity = Новое число мест, от 1 до 50
cmd-session-edit-duration = Новая длительность: "45 min", "1h30"
cmd-session-edit-title = Новое название
cmd-session-edit-notes = Новые заметки для участников (до 500 символов)
cmd-session-edit-levels = Новый диапазон уровней: Все уровни, Новичок, От среднего до продвинутого…
cmd-session-edit-weekly = Повторять каждую неделю

cmd-session-remove = Удалить тренировку из сообщества и уведомить всех участников (модераторы)
cmd-session-remove-session = Тренировка: её номер в /sessions или ID
cmd-session-remove-reason = Причина (её сообщат организатору)

cmd-sessions = Тренировки рядом с вами, с фильтрами
cmd-sessions-activity = Только эта активность, например бег
cmd-sessions-day = Только этот день: "сегодня", "завтра", "сб", "2026-12-05"
cmd-sessions-level = Только тренировки для этого уровня
cmd-sessions-level-beginner = Новичок
cmd-sessions-level-intermediate = Средний уровень
cmd-sessions-level-advanced = Продвинутый
cmd-sessions-distance = Как далеко искать, в км (по умолчанию — ваш радиус)
cmd-sessions-page = Страница результатов

cmd-set-activities = Указать, чем вы занимаетесь, например "бег, йога"
cmd-set-activities-activities = Активности через запятую (бег, велосипед, зал, йога, скалолазание…)

cmd-set-availability = Когда вы можете тренироваться каждую неделю: "будни вечером, сб утром"
cmd-set-availability-when = Например "будни вечером, сб утром" или "пн/ср 6-8 утра"; "нет" очищает

cmd-set-bio = Пара слов о том, как вы любите тренироваться
cmd-set-bio-bio = Короткое описание (до 300 символов)

cmd-set-level = Указать ваш уровень: новичок, средний или продвинутый
cmd-set-level-level = Ваш уровень: новичок, средний или продвинутый
cmd-set-level-level-beginner = Новичок
cmd-set-level-level-intermediate = Средний уровень
cmd-set-level-level-advanced = Продвинутый

cmd-set-location = Указать ваш район: город или район, "lat, lng", ссылка на карту или геопозиция
cmd-set-location-place = Ваш город или район (например "Арбат, Москва"), "lat, lng" или ссылка на карту

cmd-set-name = Имя, которое видят другие
cmd-set-name-name = Ваше отображаемое имя (до 40 символов)

cmd-set-radius = Как далеко вы готовы ездить на тренировки, в км
cmd-set-radius-km = Радиус в км (1–200)

cmd-set-timezone = Подтвердить или изменить часовой пояс (определяется по району)
cmd-set-timezone-zone = Город или страна (Нью-Йорк, Москва) или зона IANA, например Europe/Moscow

cmd-setup = Настроить профиль шаг за шагом
cmd-setup-activities = Чем вы занимаетесь? Например "бег, йога"
cmd-setup-level = Ваш уровень: новичок, средний или продвинутый
cmd-setup-level-beginner = Новичок
cmd-setup-level-intermediate = Средний уровень
cmd-setup-level-advanced = Продвинутый
cmd-setup-place = Где вы тренируетесь? Город или район, "lat, lng", ссылка на карту — или геопозиция
cmd-setup-radius = Как далеко вы готовы ездить, в км? (1–200)
cmd-setup-availability = Когда вы можете тренироваться? Например "будни вечером, сб утром"
cmd-setup-bio = Пара слов о том, как вы любите тренироваться

cmd-stats = Ваш календарь тренировок, серии, посещаемость, напарники и любимые активности

cmd-unban = Снять блокировку в этом сообществе (модераторы)
cmd-unban-person = Кто: имя (участник или кто-то из /reports) или ID

cmd-unblock = Разблокировать того, кого вы заблокировали
cmd-unblock-person = Кто: имя или номер в /buddies
cmd-calendar-feed = Личный адрес календаря с вашими тренировками, всегда актуальный
cmd-calendar-feed-action = on (показать или создать адрес), reset (новый адрес; старый перестанет работать), off
cmd-calendar-feed-action-on = Включить
cmd-calendar-feed-action-reset = Сбросить
cmd-calendar-feed-action-off = Выключить
cmd-language = Язык, на котором Spotter говорит с вами: en, de, es, ru или auto (как в приложении)
cmd-language-language = Язык (de, Deutsch, german, ru, русский…) или «auto», чтобы следовать приложению
cmd-mod-settings-language = Язык публикаций в сообществе; «auto» сбрасывает его
cmd-mod-settings-language-en = English
cmd-mod-settings-language-de = Deutsch
cmd-mod-settings-language-es = Español
cmd-mod-settings-language-ru = Русский
cmd-mod-settings-language-auto = Авто

cmd-rounds = Еженедельные раунды пар: каждую неделю — партнёр по тренировкам
cmd-rounds-setup = Настроить еженедельные раунды пар: день, час, занятие, вкл. или выкл. (модераторы)
cmd-rounds-setup-weekday = День недели, когда начинаются раунды
cmd-rounds-setup-weekday-mon = Понедельник
cmd-rounds-setup-weekday-tue = Вторник
cmd-rounds-setup-weekday-wed = Среда
cmd-rounds-setup-weekday-thu = Четверг
cmd-rounds-setup-weekday-fri = Пятница
cmd-rounds-setup-weekday-sat = Суббота
cmd-rounds-setup-weekday-sun = Воскресенье
cmd-rounds-setup-hour = Час начала раундов, 0–23, по часам сообщества
cmd-rounds-setup-activity = Составлять пары только из тех, кто этим занимается (по умолчанию: любое общее занятие)
cmd-rounds-setup-state = on (по умолчанию) или off
cmd-rounds-setup-state-on = Вкл.
cmd-rounds-setup-state-off = Выкл.
cmd-rounds-setup-timezone = Часовой пояс для часа, например Europe/Moscow (по умолчанию: ваш)
cmd-rounds-setup-clear = Снова подбирать пары по любому общему занятию
cmd-rounds-setup-clear-activity = Занятие
cmd-rounds-join = Участвовать в еженедельных раундах пар этого сообщества
cmd-rounds-leave = Перестать участвовать в раундах пар этого сообщества
cmd-rounds-skip = Пропустить только следующий раунд пар
cmd-rounds-status = Раунды пар этого сообщества: расписание, ваш статус и, для модераторов, итоги каждого раунда
cmd-met = Ответить на вопрос «вы тренировались вместе?»
cmd-met-question = Какой вопрос (из его кнопок)
cmd-met-answer = yes, not-yet или no (не сложилось)
cmd-met-answer-yes = Да
cmd-met-answer-not-yet = Пока нет
cmd-met-answer-no = Не сложилось
cmd-plan = Найти время с напарником или тем, кому можно /connect: лучшие общие окна недели
cmd-plan-person = Кто: имя или номер в вашем последнем списке /match или /buddies
cmd-plan-time = Или предложите своё время, например «суббота 9:00» (необязательно)
cmd-plan-offer = Предлагает другому человеку время, найденное через /plan
cmd-plan-offer-person = Кому предлагается время
cmd-plan-offer-slots = Предложенное время
cmd-plan-offer-activity = Вид спорта
cmd-plan-propose = Предлагает своё время для совместной тренировки
cmd-plan-propose-person = Кому предлагается время
cmd-plan-propose-time = Когда? например «суббота 9:00», «завтра 18:30»
cmd-plan-propose-activity = Вид спорта
cmd-plan-accept = Принимает время, которое вам предложили через /plan
cmd-plan-accept-person = Кто предложил
cmd-plan-accept-slot = Выбранное время
cmd-plan-accept-offer = Предложение, к которому относится время
cmd-plan-accept-activity = Вид спорта

cmd-attendance-toggle = Переключает участника между «пришёл» и «не пришёл» в вашем списке присутствия
cmd-attendance-toggle-session = ID тренировки
cmd-attendance-toggle-person = ID участника
cmd-attendance-done = Подтверждает ваш список присутствия как есть
cmd-attendance-done-session = ID тренировки
cmd-attendance-appeal = Просит модераторов рассмотреть вашу паузу из-за неявок
cmd-report-resolve-clear = Для жалобы на паузу из-за неявок: снято, закончить паузу
