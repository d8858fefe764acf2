# Solicitudes de compañero, respuestas y mensajes reenviados.

buddy-request-title = Nueva solicitud de compañero
buddy-request-text = { $person } quiere entrenar contigo.
buddy-accepted-title = Solicitud aceptada
buddy-accepted-text = **{ $name }** aceptó tu solicitud. ¡Salúdale y planead un entrenamiento!
buddy-declined-text = **{ $name }** rechazó tu solicitud. No pasa nada: prueba /match para ver más gente cerca.
buddy-message-title = Mensaje de { $name }
