# Lo que dicen los propios adaptadores de plataforma: Discord, Telegram y la terminal, alrededor
# de las respuestas de los comandos (formularios, disculpas, teclados, bienvenidas, ayuda de la terminal).

## Discord

discord-apology = Lo sentimos, algo falló por nuestra parte al responder. Vuelve a intentarlo en un momento.
discord-nothing-more = Aquí no queda nada más por hacer.
discord-command-gone = Ese comando ya no está disponible. Prueba /help.
discord-form-expired = Ese formulario ha caducado. Vuelve a ejecutar el comando.
discord-not-handled = Eso no es algo que gestione Spotter.
discord-answer-button = Responder
discord-answer-title = Tu respuesta

## Telegram

telegram-unreadable = Leo comandos, respuestas escritas y ubicaciones compartidas. Envía /help para ver lo que puedo hacer.
telegram-choices-expired = Esas opciones han caducado. Vuelve a ejecutar el comando para obtener otras nuevas.
telegram-group-hello = 👋 ¡Hola, { $group }! Soy <b>Spotter</b>: encuentro compañeros de entrenamiento y sesiones cerca de vosotros.
telegram-group-steps = Abre un chat privado conmigo y envía /setup para crear tu perfil, luego /match para conocer a gente que entrena como tú. Las sesiones creadas para este grupo se anuncian aquí.
telegram-group-moderators = Los administradores del grupo son aquí los moderadores de Spotter. /help lo muestra todo.
telegram-open-spotter = Abrir Spotter
telegram-start-first = { $name }, eso lo respondo en un chat privado y todavía no hemos hablado allí. Toca el botón, pulsa <b>Iniciar</b> y vuelve a ejecutar el comando.
telegram-got-it = Entendido.
telegram-share-location = 📍 Compartir mi ubicación
telegram-share-location-placeholder = O escribe una ciudad o zona
telegram-share-location-below = O toca <b>{ $button }</b> abajo.
telegram-more-fields = … y { $count } más

## Terminal

console-help-title = Spotter en la terminal: actúas como personas del lugar, sin conexión.
console-help-command-syntax = /comando argumentos
console-help-command = ejecuta un comando (/help los lista), p. ej. /set-location Madrid
console-help-press = pulsa un botón u opción numerados (los últimos mostrados siguen sirviendo hasta que caduquen)
console-help-any-text = cualquier otro texto
console-help-answer = responde a la pregunta actual
console-help-as = conviértete en NAME (se crea la primera vez); :who lista a las personas
console-help-in = actúa dentro de una comunidad (:in - para salir); :mod activa o quita derechos de moderador
console-help-in-more = (cada persona conserva los suyos; una persona nueva empieza en un chat privado)
console-help-quit = salir
console-memory-only = ⚠ Los datos solo están en memoria y se PERDERÁN cuando Spotter se detenga ({ $reason }).
console-memory-only-fix = Para conservarlos, apunta MONGODB_URI a un servidor MongoDB o instala mongod, y reinicia.
console-notification-for = 📨 para { $name }:
console-announcement-in = 📣 en { $community }:
console-announcement-updated = 📣 (actualizado) { $text }
console-picture-saved = (imagen guardada como { $path }, { $width }×{ $height })
console-moderator-on = Derechos de moderador activados para { $name }.
console-moderator-off = Derechos de moderador desactivados para { $name }.
console-now-in-community = Ahora eres { $name } en la comunidad "{ $community }".
console-now-in-community-new = Ahora eres { $name }, recién llegado, en la comunidad "{ $community }".
console-now-moderating = Ahora eres { $name } en la comunidad "{ $community }" con derechos de moderador.
console-now-moderating-new = Ahora eres { $name }, recién llegado, en la comunidad "{ $community }" con derechos de moderador.
console-now-private = Ahora eres { $name } en un chat privado.
console-now-private-new = Ahora eres { $name }, recién llegado, en un chat privado.
console-waiting = 📨 { $count ->
    [one] Una notificación
   *[other] { $count } notificaciones
  } mientras no estabas:
console-acts-in = { $name } ahora actúa en la comunidad "{ $community }".
console-private-chat = { $name } está ahora en un chat privado.
console-unknown = Desconocido: { $command }.
console-no-button = { $count ->
    [1] No hay ningún botón { $number } en pantalla: el último mensaje mostrado tiene un solo botón, el 1.
   *[other] No hay ningún botón { $number } en pantalla: los últimos botones mostrados van del 1 al { $count }.
}
console-ignored = (Escribe un /comando —/help los lista— o :help para la terminal.)
console-file = (archivo { $name }, { $bytes } bytes — guardado como ./{ $name })
console-type-place = (escribe un lugar, "lat, lng" o un enlace de mapa)
console-waiting-count = { $count } en espera
