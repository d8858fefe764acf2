## Un chat para cada sesión: anfitrión y participantes con plaza, reenviado por chats privados.

cmd-session-chat = Escribe en el chat de una sesión que organizas o en la que tienes plaza
cmd-session-chat-session = Qué sesión: su número en tu última lista, o su id
cmd-session-chat-message = Tu mensaje para el grupo
cmd-session-chat-reply-to = El mensaje al que respondes (lo pone el botón Responder)

session-chat-opened-title = Chat abierto: { $title }
session-chat-opened-text = **{ $title }** ({ $at }) ya tiene chat: el anfitrión y todas las personas con plaza. Los mensajes os llegan aquí a cada uno, uséis la app que uséis.
session-chat-opened-members = En el chat: { $names }.
session-chat-opened-how = Pulsa «Escribir al grupo» o contesta cualquier mensaje del chat con «Responder».
session-chat-button-write = Escribir al grupo
session-chat-button-write-form = Tu mensaje para el grupo
session-chat-seat-joined = **{ $who }** ya tiene plaza en **{ $title }** y se une al chat.
session-chat-seat-left = **{ $who }** dejó su plaza en **{ $title }** y salió del chat.
session-chat-message-title = { $name } en { $title }
session-chat-sent = Enviado al chat de **{ $title }**.

session-chat-error-not-member = El chat de **{ $title }** es para el anfitrión y las personas con plaza.
session-chat-error-waitlisted = Estás en la lista de espera de **{ $title }**: su chat se abre para ti cuando consigas plaza.
session-chat-error-closed = El chat de **{ $title }** está cerrado: la sesión se canceló o terminó hace más de un día.
session-chat-error-alone = Nadie tiene plaza en **{ $title }** todavía: su chat se abre con la primera plaza.
