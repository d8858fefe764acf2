# El despachador: lo que cualquier comando puede responder antes de ejecutarse.

error-internal = Lo siento, algo salió mal de nuestro lado. Quedó registrado; inténtalo de nuevo en un momento.
error-unknown-command = No conozco /{ $command }. Prueba /help.
error-button-expired = Ese botón ha caducado. Vuelve a ejecutar el comando para obtener uno nuevo.
error-button-not-yours = Ese botón no es para ti.
error-button-dead = Ese botón ya no hace nada.
error-needs-community = /{ $command } funciona dentro de una comunidad: ejecútalo en tu servidor o grupo.
error-owners-only = Solo los operadores de este Spotter pueden usar /{ $command }.
error-moderators-only = Solo los moderadores de esta comunidad pueden usar /{ $command }.
error-profile-unfinished = Primero completa tu perfil con /setup: necesito tu zona, tus actividades y tu nivel.
notices-while-away = Mientras no estabas ({ $count })
