## El lugar propio del chat de una sesión en la plataforma de la comunidad (Discord: un hilo privado)

chat-place-opened = El chat de **{ $title }** ({ $at }) está abierto: aquí hablan quien organiza y todas las personas con plaza. Quien usa otra app lo lee en su chat privado con Spotter, y sus mensajes aparecen aquí con su nombre.
chat-place-opened-how = Escribe aquí como en cualquier canal. Se cierra un día después de la sesión.
chat-place-seat-joined = **{ $who }** ya tiene plaza y se une al chat.
chat-place-seat-left = **{ $who }** dejó su plaza y salió del chat.
chat-place-reminder = Recordatorio: **{ $title }** empieza { $at }.
chat-place-message = **{ $name }**: { $body }
chat-place-closed = **{ $title }** fue hace un día: este chat ya está cerrado. ¡Gracias por entrenar juntos!
chat-place-closed-cancelled = **{ $title }** se canceló: este chat ya está cerrado.
chat-place-permission-missing-title = Spotter no puede abrir chats de sesiones en { $community }
chat-place-permission-missing-text = El chat de cada sesión se sigue transmitiendo por mensajes privados, pero no tiene un hilo privado en el servidor: a Spotter le falta el permiso «Crear hilos privados», «Enviar mensajes en hilos» o «Gestionar hilos». Para darlo: Ajustes del servidor → Roles → el rol de Spotter → Permisos, activa esos tres y guarda.
chat-place-board-opened = **{ $title }** ({ $at }) ya tiene su primera plaza ocupada: las novedades llegan aquí. Quien organiza y quienes tienen plaza hablan en sus chats privados con Spotter.
chat-place-board-seat-joined = Se ocupó otra plaza en **{ $title }**.
chat-place-board-seat-left = Una plaza en **{ $title }** vuelve a estar libre.
