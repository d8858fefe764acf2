# Подбор (/match) и оповещения о новых совпадениях.

match-error-paused = Ваш профиль на паузе, поэтому подбор выключен. Возобновите его, чтобы видеть совпадения.
match-error-incomplete = Сначала заполните профиль: чтобы найти партнёров, мне нужны ваш район, занятия и уровень.

match-verb-running = бег
match-verb-cycling = велосипед
match-verb-gym = силовые
match-verb-yoga = йога
match-verb-swimming = плавание
match-verb-hiking = походы
match-verb-climbing = скалолазание
match-verb-hiit = HIIT
match-verb-walking = ходьба
match-verb-tennis = теннис
match-verb-football = футбол
match-verb-basketball = баскетбол
match-verb-martial-arts = единоборства
match-verb-dance = танцы
match-verb-rowing = гребля
match-verb-skating = катание

match-reason-both = у обоих: { $verbs }
match-reason-same-level = оба: { $level }
match-overlap-night = { $count ->
    [one] { $count } общая ночь
    [few] { $count } общие ночи
   *[many] { $count } общих ночей
}
match-overlap-morning = { $count ->
    [one] { $count } общее утро
    [few] { $count } общих утра
   *[many] { $count } общих утр
}
match-overlap-afternoon = { $count ->
    [one] { $count } общий день
    [few] { $count } общих дня
   *[many] { $count } общих дней
}
match-overlap-evening = { $count ->
    [one] { $count } общий вечер
    [few] { $count } общих вечера
   *[many] { $count } общих вечеров
}
match-overlap-minutes = { $minutes } мин в неделю вместе
match-overlap-hours = { $hours } ч в неделю вместе
match-distance-under-1 = меньше 1 км
match-distance-about = ~{ $km } км
match-reason-distance = { $distance } от вас
match-reason-showed-up = пришёл(ла) { $attended }/{ $total }
match-reason-streak = серия: { $sessions ->
    [one] { $sessions } тренировка
    [few] { $sessions } тренировки
   *[many] { $sessions } тренировок
}

match-list-title = Партнёры рядом · страница { $page } из { $pages }
match-list-fits = { $count ->
    [one] Подходит { $count } человек
    [few] Подходят { $count } человека
   *[many] Подходят { $count } человек
}. Отправьте запрос, чтобы начать общение; они узнают только ваш район, но никогда не ваше местоположение.
match-footer-best = Лучшие { $count } из { $qualified } человек поблизости.
match-footer-range = #{ $from }–{ $to } из лучших { $total }, всего поблизости { $qualified } человек.
match-none-title = Совпадений пока нет
match-none-text = В радиусе { $km } км сейчас никто не разделяет ваши занятия. Попробуйте увеличить радиус через /set-radius, добавить занятия или посмотреть /sessions. Я сообщу, когда появится кто-то подходящий.
match-page-out-of-range = { $pages ->
    [one] Есть только { $pages } страница совпадений.
    [few] Есть только { $pages } страницы совпадений.
   *[many] Есть только { $pages } страниц совпадений.
}
match-button-last-page = { $pages ->
    [1] Показать
   *[other] Показать страницу { $pages }
}
match-someone = Кто-то
match-button-connect = Связаться с #{ $number } { $name }
match-button-previous = ◀ Назад
match-button-next = Далее ▶

alert-match-title = Новое совпадение: партнёр для тренировок
alert-match-text = { $person }
    { $reasons }

    Поздоровайтесь, отправив запрос на партнёрство, или посмотрите всех через /match.
alert-button-connect = Отправить запрос на партнёрство
alert-session-title = Тренировка рядом с вами
alert-levels-all = любой уровень
alert-levels-range = { $min }–{ $max }
alert-session-text = **{ $title }** · { $activity } · { $levels }
    { $when } ({ $relative }), место: **{ $place }**, { $distance } от вас
    Организатор: **{ $host }**
alert-session-text-weekly = **{ $title }** · { $activity } · { $levels }
    { $when } ({ $relative }), место: **{ $place }**, { $distance } от вас
    Организатор: **{ $host }** · каждую неделю
alert-button-join = Попроситься
alert-digest-title = Новые совпадения за сегодня
alert-digest-session = **{ $title }** · { $when } · { $place }
alert-digest-text = Вы достигли сегодняшнего предела мгновенных оповещений, поэтому остальное — одним сообщением:
    { $lines }{ $more ->
        [0] {""}
       *[other] {"\u000A"}…и ещё { $more }.
    }

    Все совпадения — в /match и /sessions.
