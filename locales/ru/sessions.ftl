# Тренировки: создание, поиск, участие, проведение, напоминания и отметки о посещении.
# $ends равно "stop", когда название уже заканчивается знаком препинания ("Бег!"): тогда точка не ставится.

## Общие слова

session-someone = Кто-то
session-levels-all = все уровни
session-levels-range = { $min }–{ $max }
session-seats-cancelled = отменена
session-seats-ended = завершена
session-seats-left = свободно { $left } из { $capacity ->
        [one] { $capacity } места
        [few] { $capacity } мест
        [many] { $capacity } мест
       *[other] { $capacity } места
    }
session-seats-full = мест нет
session-seats-waiting = в листе ожидания: { $count }
session-duration-hm = { $hours } ч { $minutes } мин
session-duration-h = { $hours } ч
session-duration-m = { $minutes } мин
session-distance-under-1 = меньше 1 км
session-distance-about = ~{ $km } км
session-ref = **{ $title }** ({ $at })
session-line-title = **{ $n }. { $title }**
session-at = { $at }
session-when-relative = { $at } ({ $relative })
session-weekly = еженедельно
session-repeats-weekly = повторяется каждую неделю
session-level-not-set = уровень не указан
session-default-title = Тренировка: { $activity }
session-day-label = { $weekday ->
        [1] пн
        [2] вт
        [3] ср
        [4] чт
        [5] пт
        [6] сб
       *[7] вс
    }, { $day } { $month ->
        [1] янв.
        [2] февр.
        [3] мар.
        [4] апр.
        [5] мая
        [6] июн.
        [7] июл.
        [8] авг.
        [9] сент.
        [10] окт.
        [11] нояб.
       *[12] дек.
    }

## Поля и кнопки

session-field-when = Когда
session-field-where = Где
session-field-level = Уровень
session-field-seats = Места
session-field-notes = Примечания
session-field-activity = Активность
session-field-host = Организатор
session-field-going = Участники
session-going-nobody = пока никого
session-button-join = Попроситься
session-button-withdraw = Отозвать заявку
session-button-leave = Выйти
session-button-calendar = В календарь
session-button-calendar-all = Все в календарь
session-button-view = Открыть
session-button-requests = Заявки ({ $count })
session-button-number = #{ $n }
session-button-withdraw-number = Отозвать #{ $n }
session-button-accept-number = Принять #{ $n }
session-button-decline-number = Отклонить #{ $n }
session-button-previous = ◀ Назад
session-button-next = Далее ▶
session-button-attended = Я был(а)
session-button-missed = Я пропустил(а)

## Объявление и подробности

session-title-cancelled = Отменена: { $title }
session-announce-cancelled = Эта тренировка отменена.
session-announce-ended = Эта тренировка завершилась.
session-announce-lead = { $activity } с участником **{ $host }**{ $ends ->
        [stop] {""}
       *[open] .
    } Отправьте заявку, и организатор ответит.
session-where-distance = { $place } · { $distance } от вас
session-role-host = Вы организатор этой тренировки.
session-role-host-requests = Вы организатор этой тренировки. { $count ->
        [one] Ждёт { $count } заявка
        [few] Ждут { $count } заявки
        [many] Ждут { $count } заявок
       *[other] Ждут { $count } заявки
    }: /requests.
session-role-participant = Вы участвуете.
session-role-waitlisted = Вы в листе ожидания (#{ $position }).
session-role-requested = Вы отправили заявку; организатор ещё не ответил.
session-role-none = Отправьте заявку, и организатор ответит.
session-status-is = Эта тренировка { $status ->
        [cancelled] отменена
        [completed] завершена
        [full] заполнена
       *[open] открыта
    }.

## Списки

session-my-role-host = вы организатор
session-my-role-participant = вы участвуете
session-my-role-waitlisted = лист ожидания #{ $position }
session-my-role-requested = заявка — ждёт ответа организатора
session-mine-title = Ваши тренировки ({ $count })
session-mine-intro = /session <номер> показывает тренировку, /leave <номер> — выйти из неё, /session-edit <номер> — изменить ту, что вы проводите.
session-mine-intro-asked = /session <номер> показывает тренировку, /leave <номер> — выйти из неё (или отозвать заявку), /session-edit <номер> — изменить ту, что вы проводите.
session-mine-none = У вас нет предстоящих тренировок. Найдите их через /sessions или создайте свою через /session-create.
session-filter-level = для уровня «{ $level }»
session-filter-day = на { $day }
session-browse-none-title = Тренировки не найдены
session-browse-none = Сейчас нет тренировок в радиусе { $km } км. Расширьте поиск через distance: … или создайте тренировку через /session-create.
session-browse-none-filtered = Сейчас нет тренировок ({ $what }) в радиусе { $km } км. Расширьте поиск через distance: … или создайте тренировку через /session-create.
session-browse-title = Тренировки рядом · страница { $page } из { $pages }
session-browse-intro = { $count ->
        [one] { $count } тренировка
        [few] { $count } тренировки
        [many] { $count } тренировок
       *[other] { $count } тренировки
    } в радиусе { $km } км. /join <номер> — попроситься к организатору; /session <номер> — подробности.
session-browse-intro-filtered = { $count ->
        [one] { $count } тренировка
        [few] { $count } тренировки
        [many] { $count } тренировок
       *[other] { $count } тренировки
    } ({ $what }) в радиусе { $km } км. /join <номер> — попроситься к организатору; /session <номер> — подробности.
session-pages-only = { $pages ->
        [one] Есть только { $pages } страница { $what ->
            [matches] совпадений
           *[sessions] тренировок
        }.
        [few] Есть только { $pages } страницы { $what ->
            [matches] совпадений
           *[sessions] тренировок
        }.
        [many] Есть только { $pages } страниц { $what ->
            [matches] совпадений
           *[sessions] тренировок
        }.
       *[other] Есть только { $pages } страницы { $what ->
            [matches] совпадений
           *[sessions] тренировок
        }.
    }
session-pages-last = { $pages ->
        [one] Показать
       *[other] Показать страницу { $pages }
    }
session-requests-none = Заявок, ждущих вашего ответа, нет.
session-requests-who = { $name } ({ $level })
session-requests-line = **{ $n }. { $who }** на **{ $title }** { $at }
session-requests-title = Заявки на участие ({ $count })
session-requests-footer = Ответьте кнопками или командами /request-accept <номер> и /request-decline <номер>.

## Ответы на команды

session-created-title = Тренировка создана: { $title }
session-created-when = { $at } ({ $relative }), место: **{ $place }**
session-created-where = { $where ->
        [announced] Она объявлена в сообществе; заявки можно отправить там или через /sessions.
        [no-channel] В этом сообществе нет канала для объявлений, но люди рядом найдут её через /sessions.
       *[private] Она нигде не объявлена, так как вы создали её в личном чате; люди рядом найдут её через /sessions.
    } Я буду присылать вам каждую заявку, чтобы вы её приняли или отклонили.
session-place-ambiguous = Мест с названием «{ $name }» несколько. Какое вы имеете в виду?
session-place-choose = Выберите место встречи
session-updated-title = Изменено: { $title }
session-updated-promoted = Из листа ожидания переведено: { $count }.
session-updated-now = Начало: { $at }, место: { $place }. { $told ->
        [yes] Все участники уведомлены.
       *[no] Пока никто не присоединился.
    }
session-cancel-done = Отменено: { $session }.{ $told ->
        [0] {""}
        [one] {" "}Уведомлён { $told } человек.
        [few] {" "}Уведомлены { $told } человека.
        [many] {" "}Уведомлены { $told } человек.
       *[other] {" "}Уведомлены { $told } человека.
    } Ожидающие заявки закрыты.
session-remove-not-found = Не могу найти эту тренировку. Используйте её номер из последнего списка или её id.
session-remove-done = Удалено: **{ $title }**{ $ends ->
        [stop] {""}
       *[open] .
    } Уведомлено людей: { $told }.
session-join-sent-title = Заявка отправлена
session-join-sent-full-title = Заявка отправлена: мест нет
session-join-sent = Я попросил организатора принять вас на **{ $title }** ({ $at }, { $place }). Сообщу, как только он ответит.
session-join-sent-full = Я попросил организатора принять вас на **{ $title }** ({ $at }, { $place }). Мест нет, поэтому если вас примут, вы попадёте в лист ожидания{ $position ->
        [1] , первым в очереди
       *[other] {" "}на место { $position }
    } и получите место, когда оно освободится. Сообщу, как только организатор ответит.
session-left-seat = Вы вышли из { $session }. Ваше место свободно для других.
session-left-seat-promoted = Вы вышли из { $session }. Ваше место получил первый из листа ожидания.
session-left-waitlist = Вы вышли из листа ожидания { $session }.
session-left-withdrawn = Заявка на { $session } отозвана.
session-accepted-seated = **{ $name }** участвует в { $session }. Места: { $seats }.
session-accepted-waitlisted = На { $session } мест нет, поэтому **{ $name }** в листе ожидания (#{ $position }) и получит место, когда оно освободится.
session-declined-done = Заявка **{ $name }** на { $session } отклонена. Участник уведомлён.
session-checked-in = Отметка для { $session } сохранена. Серия: { $streak } (рекорд { $best }).
session-checked-in-missed = Спасибо, что сообщили про { $session }. Ваша серия начнётся заново со следующей тренировки, на которую вы придёте.
session-places-this-community = Это сообщество
session-places-none = У **{ $community }** пока нет выбранных мест встречи. Модераторы добавляют их через /place-add.
session-places-title = Места встречи: { $community }
session-places-footer = Общественные, известные места для встреч: выберите одно как место тренировки.
session-place-add-ambiguous = Под «{ $name }» подходит несколько мест. Какое? (Ссылка на карту — самый точный вариант.)
session-place-add-choose = Выберите место
session-place-added = **{ $name }** (район: { $area }) добавлено как место встречи — всего мест: { $count }. Люди видят только название; где оно, остаётся внутри Spotter.
session-place-removed = **{ $name }** удалено из мест встречи.

## Отказы

session-not-found = Не могу найти эту тренировку. Используйте её номер из /sessions или /my-sessions либо её id.
session-join-own = Вы организатор **{ $title }**: вы уже участвуете.
session-join-closed = { $state ->
        [cancelled] **{ $title }** отменена.
       *[over] **{ $title }** уже началась или завершилась.
    } Новых участников она принять не может.
session-accept-closed = { $state ->
        [cancelled] **{ $title }** отменена.
       *[over] **{ $title }** уже началась или завершилась.
    } Заявки на неё больше нельзя принять.
session-edit-closed = { $state ->
        [cancelled] **{ $title }** отменена.
       *[over] **{ $title }** уже началась или завершилась.
    } Изменить её больше нельзя.
session-already-in = Вы уже участвуете в **{ $title }**{ $ends ->
        [stop] {""}
       *[open] .
    }
session-already-waitlisted = Вы уже в листе ожидания **{ $title }** (#{ $position }).
session-already-asked = Вы уже отправили заявку на **{ $title }**; организатор ещё не ответил. /leave отзывает заявку.
session-level-unset = **{ $title }** для уровня «{ $levels }». Сначала укажите свой уровень через /set-level.
session-level-mismatch = **{ $title }** для уровня «{ $levels }», а ваш уровень — «{ $level }», поэтому я не могу отправить заявку. Найдите подходящую через /sessions level: { $typed }.
session-request-not-found = Не могу найти эту заявку. /requests показывает заявки, ждущие вашего ответа.
session-request-not-host = Только организатор **{ $title }** может { $verb ->
        [accept] принимать
       *[decline] отклонять
    } заявки на неё.
session-request-answered = Заявка от { $name } { $status ->
        [accepted] уже принята
        [declined] уже отклонена
        [withdrawn] отозвана (отозвал(а): { $name })
       *[expired] истекла
    }.
session-request-raced = Тем временем на эту заявку ответили или её отозвали.
session-closed-meanwhile = **{ $title }** тем временем закрылась.
session-requests-not-host = Только организатор **{ $title }** может видеть заявки на неё.
session-leave-own = Вы организатор **{ $title }**{ $ends ->
        [stop] {""}
       *[open] .
    } Чтобы отменить её, используйте /session-cancel.
session-leave-over = **{ $title }** { $state ->
        [cancelled] отменена
       *[over] завершилась
    }; выходить не из чего.
session-leave-not-in = Вы не участвуете в **{ $title }** и не отправляли заявку.
session-capacity-range = Вместимость должна быть целым числом от { $min } до { $max }.
session-capacity-below-seated = { $count ->
        [one] В **{ $title }** уже занято { $count } место, поэтому вместимость не может быть меньше { $count }.
        [few] В **{ $title }** уже занято { $count } места, поэтому вместимость не может быть меньше { $count }.
        [many] В **{ $title }** уже занято { $count } мест, поэтому вместимость не может быть меньше { $count }.
       *[other] В **{ $title }** уже занято { $count } места, поэтому вместимость не может быть меньше { $count }.
    }
session-text-empty = { $what ->
        [title] Название не может быть пустым.
        [notes] Примечания не могут быть пустыми.
        [message] Сообщение не может быть пустым.
       *[reason] Причина не может быть пустой.
    }
session-text-too-long = { $what ->
        [title] Название слишком длинное
        [notes] Примечания слишком длинные
        [message] Сообщение слишком длинное
       *[reason] Причина слишком длинная
    }: уложитесь в { $max } символов.
session-place-pick-range = Мест с названием «{ $name }» всего { $count }: выберите от #1 до #{ $count }.
session-day-unreadable = Не удалось понять «{ $text }» как день. Попробуйте "today", "tomorrow", "sat" или "2026-12-05".
session-day-passed = { $day } уже прошёл. Выберите сегодня или один из следующих дней.
session-edit-not-host = Только организатор **{ $title }** может её изменить.
session-edit-nothing = Нечего менять: укажите новое значение when, place, capacity, duration, title, notes, levels или weekly.
session-gone = Этой тренировки больше нет.
session-seats-busy = Места в **{ $title }** сейчас постоянно меняются; попробуйте изменить вместимость чуть позже.
session-cancel-not-host = Только организатор **{ $title }** может её отменить.
session-already-closed = **{ $title }** уже { $state ->
        [cancelled] отменена
       *[over] завершилась
    }.
session-check-in-cancelled = **{ $title }** была отменена, отмечаться не нужно.
session-check-in-closed = Отметка для **{ $title }** закрылась через { $days } дней после её окончания.
session-check-in-not-seated = Отметиться могут только те, у кого было место в **{ $title }**.
session-check-in-twice = Вы уже отметились для **{ $title }**{ $ends ->
        [stop] {""}
       *[open] .
    }
session-browse-no-area = Сначала укажите свой район через /set-location: я ищу тренировки рядом с ним.
session-calendar-none = У вас нет предстоящих тренировок для календаря. Найдите их через /sessions.

## Уведомления

session-join-request-title = Заявка на участие
session-join-request-text = **{ $name }** ({ $about }) хочет присоединиться к **{ $title }** { $at }.
session-join-request-seats = Места: { $seats }.
session-showed-up = приходил(а) { $attended }/{ $total }
session-new-to-sessions = впервые на тренировках Spotter
session-seated-title = Вы участвуете
session-seated-accepted = Организатор принял вашу заявку: вы участвуете в **{ $title }**!
session-seated-promoted = В **{ $title }** освободилось место, и оно ваше: вы участвуете!
session-seated-where = { $at }, место: { $place }. Не получается прийти? Выйдите, чтобы место досталось другому.
session-waitlisted-title = Вы в листе ожидания
session-waitlisted-text = Организатор принял вашу заявку на **{ $title }** ({ $at }), но мест нет: вы в листе ожидания (#{ $position }). Я сообщу, как только освободится место.
session-declined-title = Заявка отклонена
session-declined-text = Организатор **{ $title }** ({ $at }) не может принять вас в этот раз. Посмотрите другие тренировки рядом через /sessions.
session-cancelled-title = Тренировка отменена
session-cancelled-by-host = **{ $title }** ({ $at }) отменена организатором.
session-cancelled-by-moderator = **{ $title }** ({ $at }) отменена модератором.
session-cancelled-reason = Причина: { $reason }
session-changed-title = Тренировка изменена
session-changed-lead = Организатор изменил **{ $title }**:
session-changed-now = Теперь начало: { $at }, место: { $place }.
session-change-title = название: теперь «{ $title }»
session-change-notes = примечания обновлены
session-change-time = время: теперь { $to } (было { $from })
session-change-length = длительность: теперь { $length }
session-change-place = место: теперь { $to } (было { $from })
session-change-levels = уровень: теперь { $levels }
session-change-weekly-on = теперь повторяется каждую неделю
session-change-weekly-off = больше не повторяется
session-change-capacity = вместимость: теперь { $to } (было { $from })
session-member-left-title = Кто-то вышел из вашей тренировки
session-member-left-text = **{ $who }** вышел(а) из **{ $title }** ({ $at }).
session-member-left-promoted = **{ $name }** переведён(а) из листа ожидания.
session-member-left-seats = Места: { $seats }.
session-check-in-title = Вы были на тренировке?
session-check-in-text = **{ $title }** ({ $at }) закончилась { $ended }. Скажите, были ли вы там: так ваша серия останется честной.
session-reminder-title = Напоминание: { $title }
session-reminder-hosting = **{ $title }**, которую вы проводите, начнётся { $relative } ({ $at }), место: **{ $place }**.
session-reminder-going-to = **{ $title }**, на которую вы идёте, начнётся { $relative } ({ $at }), место: **{ $place }**.
session-reminder-going = участников: { $count }
session-reminder-see-you = до встречи!
session-reminder-footer = (ваше напоминание за { $lead } — настройте через /notifications)
session-lead-days = { $count ->
        [one] { $count } день
        [few] { $count } дня
        [many] { $count } дней
       *[other] { $count } дня
    }
session-lead-hours = { $count ->
        [one] { $count } час
        [few] { $count } часа
        [many] { $count } часов
       *[other] { $count } часа
    }
session-lead-minutes = { $count ->
        [one] { $count } минуту
        [few] { $count } минуты
        [many] { $count } минут
       *[other] { $count } минуты
    }
session-request-expired-title = Заявка истекла
session-request-expired-text = **{ $title }** ({ $at }) началась, а организатор не успел ответить на вашу заявку. Посмотрите следующие через /sessions.
session-waitlist-closed-title = В этот раз без места
session-waitlist-closed-text = **{ $title }** ({ $at }) началась, а место так и не освободилось, поэтому я убрал вас из листа ожидания. Посмотрите следующие через /sessions.
session-digest-title = Ваша неделя тренировок
session-digest-lead = Тренировки рядом с вами на ближайшие 7 дней:
session-digest-footer = Присоединяйтесь через /join и номер тренировки. (Еженедельная подборка: отключается через /notifications.)
