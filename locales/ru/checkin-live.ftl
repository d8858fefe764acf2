## Пока идёт тренировка: «Я на месте», «Опаздываю», отметка из /my-sessions

live-here-early = Отметить, что вы на месте, можно за { $minutes } минут до начала **{ $title }**: { $opens }.
live-missed-early = **{ $title }** начнётся { $starts }: отметить пропуск можно после начала. Опаздываете? Используйте /running-late.
live-late-cancelled = **{ $title }** отменена, так что вас никто не ждёт.
live-late-not-seated = Сообщить об опоздании на **{ $title }** могут только организатор и те, у кого есть место.
live-late-early = Опаздывать пока рано: за { $minutes } минут до начала **{ $title }** ({ $opens }) вы сможете предупредить остальных.
live-late-closed = **{ $title }** началась больше { $minutes } минут назад, предупреждение придёт слишком поздно. Если вы успели, отметьтесь через /checkin.
live-late-minutes-range = Укажите опоздание целым числом минут, от { $min } до { $max }.
live-late-again = Вы только что предупредили остальных о **{ $title }**. Одно предупреждение раз в { $minutes } минут: следующее можно отправить { $retry }.
live-late-title = Опоздание на { $minutes } мин
live-late-text = **{ $who }** опаздывает примерно на { $minutes } мин на **{ $title }** ({ $at }).
live-late-text-host = **{ $who }** опаздывает примерно на { $minutes } мин на вашу тренировку **{ $title }** ({ $at }).
live-late-ask = На сколько вы опаздываете на { $session }? Выберите число или напишите его: /running-late minutes: 20 (от { $min } до { $max }).
live-late-button-minutes = { $minutes } мин
live-late-sent = Предупреждение об опоздании примерно на { $minutes } мин отправлено { $count ->
    [one] { $count } участнику
   *[other] { $count } участникам
} тренировки { $session }.
live-late-sent-nobody = Записано: вы опаздываете примерно на { $minutes } мин на { $session }. Больше там некого предупредить.
live-late-none = У вас нет тренировки, которая начнётся в течение часа или идёт сейчас. Укажите её: /running-late session: 2 (её номер в /my-sessions).
live-late-choose = Сейчас у вас несколько тренировок ({ $count }). На какую вы опаздываете?
live-checkin-none = У вас нет тренировки, которая идёт сейчас или закончилась за последние сутки. Укажите её: /checkin session: 2 (её номер в /my-sessions).
live-checkin-choose = Сейчас у вас несколько тренировок ({ $count }). Какую вы имеете в виду?
live-choose-placeholder = Выберите тренировку
live-button-here = Я на месте
live-button-late = Опаздываю
live-button-here-number = Я на месте ({ $n })
live-button-made-it-number = Я был(а) ({ $n })
live-button-missed-number = Пропуск ({ $n })
live-button-late-number = Опаздываю ({ $n })
live-note-now = идёт сейчас
live-note-soon = начнётся { $relative }
live-note-ended = закончилась { $relative }
live-note-answered = отмечено
live-choice-now = идёт сейчас
live-choice-soon = скоро начнётся
live-choice-ended = только что закончилась
flow-label-the-minutes = Минуты
cmd-running-late = Предупредите организатора и остальных об опоздании, с минутами
cmd-running-late-session = Тренировка (не указывайте для той, что вот-вот начнётся)
cmd-running-late-minutes = На сколько минут опаздываете (1–120)
