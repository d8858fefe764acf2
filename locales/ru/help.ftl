# /help и приветствие.

help-welcome-title = Добро пожаловать в Spotter
help-welcome-text =
    Spotter находит людей рядом с вами, которые тренируются так же, и тренировки, к которым можно присоединиться.
    Начните с профиля, затем знакомьтесь с партнёрами или выберите тренировку. /help покажет список команд.
help-button-setup = Заполнить профиль
help-button-sessions = Тренировки рядом
help-no-such-command = Команды /{ $command } нет. Список команд — в /help.
help-title = Spotter — партнёры по тренировкам рядом с вами
help-intro = Заполните профиль через /setup, затем найдите людей, которые тренируются так же, через /match или присоединитесь к тренировке рядом через /sessions. /help <command> объясняет одну команду.
help-intro-private =
    Заполните профиль через /setup, затем найдите людей, которые тренируются так же, через /match или присоединитесь к тренировке рядом через /sessions. /help <command> объясняет одну команду.

    Собственные команды сообщества (его места встреч и модерация для его модераторов) видны, когда вы спрашиваете внутри него.
help-section-profile = Профиль
help-section-buddies = Партнёры
help-section-sessions = Тренировки
help-section-moderators = Модерация
help-section-more = Ещё
help-options = Параметры (пишите их как имя: значение):
help-options-positional = Параметры (пишите их как имя: значение или по порядку: { $positional }):
help-option-optional = { $option } (необязательно)
