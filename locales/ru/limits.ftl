# Ограничения: что ограничено, сколько разрешено и когда можно снова.

limit-retry-minute = через минуту
limit-retry-minutes = через { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
   *[many] { $minutes } минут
}
limit-retry-hours = через { $hours ->
    [one] { $hours } час
    [few] { $hours } часа
   *[many] { $hours } часов
}
limit-retry-hours-minutes = через { $hours ->
    [one] { $hours } час
    [few] { $hours } часа
   *[many] { $hours } часов
} { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
   *[many] { $minutes } минут
}
limit-retry-about-hours = примерно через { $hours ->
    [one] { $hours } час
    [few] { $hours } часа
   *[many] { $hours } часов
}
limit-retry-days = через { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
}

limit-span-day = сутки
limit-span-hour = час
limit-span-days = { $count ->
    [one] { $count } день
    [few] { $count } дня
   *[many] { $count } дней
}
limit-span-hours = { $count ->
    [one] { $count } час
    [few] { $count } часа
   *[many] { $count } часов
}
limit-span-minutes = { $count ->
    [one] { $count } минуту
    [few] { $count } минуты
   *[many] { $count } минут
}

limit-per-day = в сутки
limit-per-hour = в час
limit-every-days = раз в { $count ->
    [one] { $count } день
    [few] { $count } дня
   *[many] { $count } дней
}
limit-every-hours = раз в { $count ->
    [one] { $count } час
    [few] { $count } часа
   *[many] { $count } часов
}
limit-every-minutes = раз в { $count ->
    [one] { $count } минуту
    [few] { $count } минуты
   *[many] { $count } минут
}

limit-hit-session-create = Можно создавать не больше { $points ->
    [one] { $points } тренировки
   *[other] { $points } тренировок
} { $window }, и вы достигли этого предела. Следующую можно будет создать { $retry }.
limit-hit-connect = Можно отправлять не больше { $points ->
    [one] { $points } запроса на партнёрство
   *[other] { $points } запросов на партнёрство
} { $window }, и вы достигли этого предела. Следующий можно будет отправить { $retry }.
limit-hit-report = Можно подавать не больше { $points ->
    [one] { $points } жалобы
   *[other] { $points } жалоб
} { $window }, и вы достигли этого предела. Следующую можно будет подать { $retry }. Если вам кто-то досаждает прямо сейчас, заблокируйте его через /block: это действует сразу.
limit-hit-browse = Искать через /match и /sessions можно не больше { $points ->
    [one] { $points } раза
   *[other] { $points } раз
} { $window } (включая страницы), и вы достигли этого предела. Снова искать можно будет { $retry }.
limit-hit-message = Можно отправлять не больше { $points ->
    [one] { $points } сообщения
   *[other] { $points } сообщений
} { $window }, и вы достигли этого предела. Следующее можно будет отправить { $retry }.

limit-link-locked = Слишком много неверных кодов привязки ({ $wrong } за { $window }), поэтому /link для вас заблокирован. Попробовать снова можно будет { $retry }.
limit-wrong-link-code = Этот код неизвестен или устарел. Выполните /link в другом аккаунте, чтобы получить новый.
limit-wrong-link-code-warning = Этот код неизвестен или устарел. Выполните /link в другом аккаунте, чтобы получить новый. Ещё { $left ->
    [one] { $left } неверный код
    [few] { $left } неверных кода
   *[many] { $left } неверных кодов
}, и /link заблокируется на { $lock }.
