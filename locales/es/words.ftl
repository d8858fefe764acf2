# Palabras que comparten muchos mensajes: botones, actividades, niveles.

button-accept = Aceptar
button-decline = Rechazar
button-message = Mensaje
button-reply = Responder
button-reply-form = Tu respuesta
button-report = Denunciar
button-block = Bloquear
button-cancel = Cancelar

activity-running = Correr
activity-cycling = Ciclismo
activity-gym = Gimnasio / fuerza
activity-yoga = Yoga
activity-swimming = Natación
activity-hiking = Senderismo
activity-climbing = Escalada
activity-hiit = HIIT
activity-walking = Caminar
activity-tennis = Tenis
activity-football = Fútbol
activity-basketball = Baloncesto
activity-martial-arts = Artes marciales
activity-dance = Baile
activity-rowing = Remo
activity-skating = Patinaje

level-beginner = principiante
level-intermediate = intermedio
level-advanced = avanzado
