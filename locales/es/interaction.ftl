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

# Texto escrito fuera de una pregunta, en un chat privado.
freetext-match = ¿Buscas a alguien con quien entrenar? Te muestro a las personas cercanas que mejor encajan.
freetext-sessions = ¿Buscas una sesión a la que unirte? Esto es lo que viene cerca de ti.
freetext-stop-alerts = ¿Quieres menos mensajes? Esto desactiva los avisos de coincidencias; /notifications cambia el resto.
freetext-cancel = No hay ninguna pregunta abierta que cancelar. Tus sesiones y solicitudes están en /my-sessions.
freetext-help = Esto es lo que puedo hacer, comando por comando.
freetext-setup = Vamos a configurar tu perfil: unas pocas preguntas rápidas.
freetext-hint = No lo he entendido. Si estabas respondiendo a una pregunta, ha caducado; vuelve a empezar abajo. O elige un primer paso:
freetext-button-match = Buscar compañeros
freetext-button-sessions = Sesiones cerca
freetext-button-stop-alerts = Desactivar avisos
freetext-button-my-sessions = Mis sesiones
freetext-button-help = Ayuda
freetext-button-setup = Configurar mi perfil
