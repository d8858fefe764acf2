## Los últimos huecos del chat de sesión: /say donde el bot no puede leer un hilo, y lugares denegados con las palabras de cada plataforma

cmd-say = En el hilo de un chat de sesión: escribe para que también lo lean quienes usan otra app
cmd-say-message = Tu mensaje para el grupo
chat-say-error-not-in-place = Usa /say dentro del hilo propio del chat de una sesión. En cualquier otro sitio, escribe al chat de una sesión con /session-chat.
chat-place-elsewhere = Alguien del chat de **{ $title }** usa Spotter en otra app. Spotter no puede leer este hilo, así que esa persona solo lee lo que envías con **/say**: escribe aquí /say y tu mensaje. Sus mensajes aparecen aquí con su nombre.
chat-place-topic-rights-missing-text = Las novedades de cada sesión no tienen un tema propio en el foro de { $community }, y su chat se sigue transmitiendo por mensajes privados: Spotter no es administrador allí con el permiso «Gestionar temas». Para darlo: abre el grupo → Editar → Administradores → Spotter, activa «Gestionar temas» y guarda.
