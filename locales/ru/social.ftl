# Партнёры (запросы, ответы, список, блокировка) и пересылаемые сообщения.

buddy-error-cant-connect = Вы не можете связаться с этим человеком.
buddy-error-no-number = В вашем последнем списке нет номера { $number }. Выполните /buddies или /match ещё раз и возьмите номер оттуда.
buddy-error-person-not-found = Не могу найти этого человека. Укажите его номер из вашего последнего списка (/buddies, /match) или его id.
buddy-error-self = Это же вы! Выберите кого-нибудь другого, например из /match.
buddy-error-already-pending-or-connected = У вас уже есть открытый запрос или связь с { $name }{ $dot ->
    [no] {""}
   *[yes] .
} Смотрите /buddies.
buddy-error-already-buddies-say-hi = Вы и { $name } уже партнёры. Поздоровайтесь через /msg.
buddy-error-still-pending = Ваш запрос к { $name } ещё ждёт ответа. Вы узнаете, как только придёт ответ.
buddy-error-declined-cooldown = { $name } отклонил(а) ваш последний запрос, поэтому пока нельзя спросить снова. Попробовать можно будет с { $until }.
buddy-error-already-buddies = Вы и { $name } уже партнёры.
buddy-error-no-open-request = Нет открытого запроса на партнёрство от { $name }{ $dot ->
    [no] {""}
   *[yes] .
}
buddy-error-not-connected = Вы не связаны с { $name }{ $dot ->
    [no] {""}
   *[yes] .
}
buddy-error-block-self = Нельзя заблокировать самого себя.
buddy-error-not-blocked = { $name } не заблокирован(а).

msg-error-only-buddies = Писать можно только партнёрам. Сначала отправьте запрос через /connect.
msg-error-empty = Сообщение не может быть пустым.
msg-error-too-long = Сообщение слишком длинное: не больше { $max } символов.

buddy-list-empty = Напарников пока нет. Найдите тех, кто тренируется как вы, через /match, а затем /connect.
buddy-list-incoming = Хотят стать вашими партнёрами
buddy-list-buddies = Партнёры
buddy-list-outgoing = Ждут ответа
buddy-list-blocked = Заблокированы
buddy-list-title = Ваши партнёры
buddy-button-accept-numbered = Принять #{ $number } { $name }
buddy-button-decline-numbered = Отклонить #{ $number } { $name }
buddy-button-message-numbered = Написать #{ $number } { $name }
buddy-button-disconnect-numbered = Разорвать #{ $number } { $name }
buddy-button-unblock-numbered = Разблокировать #{ $number } { $name }

buddy-connect-incoming = { $person } уже предлагает вам стать партнёрами. Принять?
buddy-connect-sent = Запрос на партнёрство отправлен: **{ $name }**{ $dot ->
    [no] {""}
   *[yes] .
} Я сообщу, когда придёт ответ.
buddy-accept-done = Вы и **{ $name }** теперь партнёры. Поздоровайтесь и запланируйте тренировку!
buddy-decline-done = Запрос от **{ $name }** отклонён. Этого человека какое-то время не будут вам предлагать.
buddy-block-done = **{ $name }** заблокирован(а){ $dot ->
    [no] .
   *[yes] .
} Ему(ей) об этом не сообщат. Вы больше не увидите друг друга в подборках и не сможете связаться или написать. Отменить — /unblock.
buddy-unblock-done = **{ $name }** разблокирован(а){ $dot ->
    [no] .
   *[yes] .
} Вы снова можете найти друг друга.
buddy-disconnect-done = Вы и **{ $name }** больше не партнёры.
buddy-disconnect-withdrawn = Запрос на партнёрство между вами и **{ $name }** отозван.
msg-sent = Отправлено: **{ $name }**{ $dot ->
    [no] {""}
   *[yes] .
}
