## Чат для каждой тренировки: организатор и участники с местом, через личные чаты.

cmd-session-chat = Написать в чат тренировки, которую вы проводите или где у вас есть место
cmd-session-chat-session = Какая тренировка: её номер в вашем последнем списке или её id
cmd-session-chat-message = Ваше сообщение группе
cmd-session-chat-reply-to = Сообщение, на которое вы отвечаете (задаёт кнопка «Ответить»)

session-chat-opened-title = Чат открыт: { $title }
session-chat-opened-text = У тренировки **{ $title }** ({ $at }) теперь есть чат: организатор и все, у кого есть место. Сообщения приходят каждому из вас сюда, в каком бы приложении вы ни были.
session-chat-opened-members = В чате: { $names }.
session-chat-opened-how = Нажмите «Написать группе» или ответьте на любое сообщение чата кнопкой «Ответить».
session-chat-button-write = Написать группе
session-chat-button-write-form = Ваше сообщение группе
session-chat-seat-joined = **{ $who }** получил(а) место в **{ $title }** и присоединяется к чату.
session-chat-seat-left = **{ $who }** освободил(а) место в **{ $title }** и вышел(а) из чата.
session-chat-message-title = { $name } в { $title }
session-chat-sent = Отправлено в чат тренировки **{ $title }**.

session-chat-error-not-member = Чат тренировки **{ $title }** — для организатора и тех, у кого есть место.
session-chat-error-waitlisted = Вы в листе ожидания на **{ $title }**: чат откроется для вас, когда вы получите место.
session-chat-error-closed = Чат тренировки **{ $title }** закрыт: тренировка отменена или закончилась больше суток назад.
session-chat-error-alone = В **{ $title }** пока ни у кого нет места: чат откроется с первым участником.
