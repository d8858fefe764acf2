# Модерация: настройки, жалобы, блокировки, журнал и то, что узнают затронутые люди.

mod-this-community = это сообщество
mod-error-forbidden = Это могут делать только модераторы этого сообщества.
mod-error-needs-community = Выполните это внутри вашего сообщества (сервера или группы).
mod-error-unknown-community = Spotter не знает это сообщество.
mod-error-bad-announce-channel = Канал объявлений должен быть id (например, 123456789012345678), упоминанием или "нет".
mod-error-bad-moderator-role = Роль модератора должна быть id (например, 123456789012345678), упоминанием или "нет".
mod-error-bad-radius = Радиус по умолчанию должен быть целым числом от 1 до 200 км.
mod-error-nothing-to-change = Нечего менять: укажите announce-channel, moderator-role, radius или language.
mod-error-place-name-empty = Название места не может быть пустым.
mod-error-place-name-too-long = Название места слишком длинное: не больше { $max } символов.
mod-error-place-name-coordinates = Дайте месту узнаваемое название, например "Главный вход в парк Горького": названия видят все, поэтому никаких координат.
mod-error-place-exists = Место "{ $name }" уже есть. Чтобы перенести его, сначала удалите его через /place-remove.
mod-error-places-full = В этом сообществе уже { $max } мест — это максимум. Сначала удалите одно через /place-remove.
mod-error-no-such-place = Места "{ $name }" нет. Список — в /places.

mod-settings-title = Настройки сообщества: { $community }
mod-settings-saved-title = Сохранено: { $community }
mod-settings-help = Измените их через /mod-settings announce-channel: … moderator-role: … radius: … language: … events: on|off ("нет" очищает канал или роль, "auto" — язык; "events: off" убирает сессии из вкладки «События» сервера).
mod-settings-announce-channel = Канал объявлений
mod-settings-announce-channel-none = нет (само сообщество)
mod-settings-moderator-role = Роль модератора
mod-settings-moderator-role-none = нет (только администраторы)
mod-settings-radius = Радиус по умолчанию
mod-settings-radius-value = { $km } км
mod-settings-places = Места встреч
mod-settings-language = Язык
mod-settings-language-none = авто (у каждого свой; в сообществе — английский)

mod-audit-empty = В **{ $community }** пока нет действий модераторов.
mod-audit-title = Журнал: { $community } (сначала новые)
mod-audit-line = { $when } · **{ $actor }** { $action }{ $target }
mod-audit-line-detail = { $when } · **{ $actor }** { $action }{ $target } — { $detail }
mod-audit-action-settings-update = изменил(а) настройки
mod-audit-action-place-add = добавил(а) место
mod-audit-action-place-remove = удалил(а) место
mod-audit-action-report-resolve = рассмотрел(а) жалобу
mod-audit-action-session-remove = удалил(а) тренировку
mod-audit-action-member-ban = заблокировал(а)
mod-audit-action-member-unban = разблокировал(а)


report-error-reason-empty = Причина не может быть пустой.
report-error-reason-too-long = Причина слишком длинная: не больше { $max } символов.
report-error-self = Нельзя пожаловаться на самого себя.
report-error-person-not-found = Не могу найти этого человека.
report-error-session-not-found = Не могу найти эту тренировку. Укажите её номер из /sessions или её id.
report-error-message-not-found = Не могу найти это сообщение. Пожаловаться можно только на сообщения, отправленные вам, в течение { $days ->
    [one] { $days } дня
   *[other] { $days } дней
}.
report-error-no-community = Не знаю, модераторам какого сообщества сообщить: выполните /report на вашем сервере или в группе.
report-error-already-reported = Вы уже пожаловались на это; модераторы посмотрят.
report-error-report-not-found = Не могу найти эту жалобу. Модераторы видят открытые жалобы через /reports в своём сообществе.
report-error-note-empty = Заметка о решении не может быть пустой.
report-error-not-found-here = Здесь нет такой жалобы. Открытые — в /reports.
report-error-already-resolved = Эта жалоба уже рассмотрена.
report-error-session-not-here = Не могу найти эту тренировку в этом сообществе.
report-error-not-in-list = Не могу найти эту жалобу. Укажите её номер из вашего последнего списка /reports.
report-error-say-what = Укажите, на что вы жалуетесь: person: <номер>, session: <номер>, или нажмите кнопку «Пожаловаться» под сообщением.
report-error-one-at-a-time = Жалуйтесь на что-то одно: на человека, тренировку или сообщение.
report-error-session-not-in-list = Не могу найти эту тренировку. Укажите её номер из вашего последнего списка /sessions или её id.
report-error-message-use-button = Не могу найти это сообщение. Нажмите кнопку «Пожаловаться» под ним.
report-filed = Спасибо — ваша жалоба отправлена модераторам сообщества, конфиденциально. Ничего не опубликовано, и человек не узнает, кто пожаловался. Если вы чувствуете себя в опасности, можете также заблокировать его через /block.
report-resolved = Жалоба рассмотрена. Автору жалобы сообщили, что её проверили.

report-someone-who-left = тот, кто ушёл
report-who = **{ $name }** (id { $id })
report-subject-person = Человек: { $who }
report-subject-message = Сообщение от { $who }: «{ $excerpt }»
report-subject-session = Тренировка: **{ $title }** (id { $id }, { $when }, { $status }), организатор { $host }
report-subject-session-gone = Тренировка { $id } (больше не существует)
report-session-status-open = открыта
report-session-status-full = мест нет
report-session-status-cancelled = отменена
report-session-status-completed = завершена

report-arrived-title = Новая жалоба в { $community }
report-arrived-text = { $reporter } пожаловался(ась) { $when }.
report-field-about = О чём
report-field-reason = Причина
report-button-open = Открыть жалобу
report-reviewed-text = Модератор **{ $community }** рассмотрел вашу жалобу. Спасибо, что помогаете сохранять сообщество безопасным.
report-open-title = Жалоба в { $community }
report-open-open = Открыта. В { $community } /reports покажет её с кнопкой «Рассмотрено»; /ban person: <id> reason: … блокирует.
report-open-resolved = Уже рассмотрена { $when }: { $resolution }
report-field-reported = Жалоба { $when } от { $reporter }

report-list-empty = Открытых жалоб нет. 🎉
report-list-entry = #{ $number } · жалоба { $when } от { $reporter }
report-list-reason = Причина: { $reason }
report-list-title = Открытые жалобы ({ $count }, сначала старые)
report-list-help = Закройте жалобу её кнопкой или через /report-resolve report: 1 note: …; заблокировать — /ban person: <id> reason: …
report-button-resolve = Рассмотрено #{ $number }

ban-error-banned-from = Вы заблокированы в **{ $community }** и больше не можете там участвовать: тренировки, подбор, запросы на партнёрство и сообщения там для вас закрыты.
ban-error-banned-here = Вы заблокированы в этом сообществе и больше не можете там участвовать: тренировки, подбор, запросы на партнёрство и сообщения там для вас закрыты.
ban-error-self = Нельзя заблокировать самого себя.
ban-error-owner = Этот человек управляет этим экземпляром Spotter, его нельзя заблокировать.
ban-error-not-banned = { $name } здесь не заблокирован(а).
ban-notice-title = Вы больше не можете здесь участвовать
ban-notice-text = Вы заблокированы в **{ $community }** в Spotter: тренировки, подбор, запросы на партнёрство и сообщения там для вас закрыты. Ваши предстоящие тренировки там отменены, а ваши места и заявки на участие отозваны. Другие сообщества это не затрагивает.
ban-done = **{ $name }** (id { $id }) заблокирован(а). Больше не может попадать в подбор, отправлять запросы, писать или публиковать здесь, даже с нового профиля на тех же аккаунтах.
ban-done-updated = Блокировка **{ $name }** (id { $id }) обновлена. Больше не может попадать в подбор, отправлять запросы, писать или публиковать здесь, даже с нового профиля на тех же аккаунтах.
ban-done-also = Также: { $effects }.
ban-done-told = Ему(ей) сообщили лично, без вашего имени.
ban-effect-cancelled = { $count ->
    [one] отменена { $count } тренировка, которую он(а) проводил(а)
    [few] отменены { $count } тренировки, которые он(а) проводил(а)
   *[many] отменено { $count } тренировок, которые он(а) проводил(а)
} (участникам сообщили)
ban-effect-left = { $count ->
    [one] освобождено { $count } место или место в листе ожидания
    [few] освобождено { $count } места и места в листе ожидания
   *[many] освобождено { $count } мест и мест в листе ожидания
}
ban-effect-withdrawn = { $count ->
    [one] отозвана { $count } заявка на участие
    [few] отозваны { $count } заявки на участие
   *[many] отозвано { $count } заявок на участие
}
ban-button-undo = Отменить (разблокировать)
ban-lifted = Блокировка **{ $name }** снята{ $dot ->
    [no] .
   *[yes] .
}
