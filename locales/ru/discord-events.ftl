## Сессии как события сообщества (вкладка «События» в Discord)

event-description-lead = { $activity } с { $host }
event-description-level = Уровень: { $levels }
event-description-seats = Места: { $seats }
event-description-how = Чтобы попросить место, нажмите «Интересует»: Spotter пришлёт вам кнопку «Попроситься». Или нажмите её под объявлением.
event-interest-lead = Вас интересует эта сессия в { $community }. Попросите у организатора место:
event-permission-missing-title = Spotter не может создавать события в { $community }
event-permission-missing-text = Сессии по-прежнему объявляются, но не появляются во вкладке «События» сервера: у Spotter нет права «Создавать события» (или «Управлять событиями»). Как его выдать: Настройки сервера → Роли → роль Spotter → Права → Создавать события, затем сохраните. Чтобы вместо этого отключить события: /mod-settings events: off.

mod-settings-events = События сервера
mod-settings-events-on = включены
mod-settings-events-off = выключены
cmd-mod-settings-events = Показывать ли объявленные сессии также как события сервера
cmd-mod-settings-events-on = Включены
cmd-mod-settings-events-off = Выключены
