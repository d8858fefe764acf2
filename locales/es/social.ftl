# Compañeros (solicitudes, respuestas, lista, bloqueos) y mensajes reenviados.

buddy-error-cant-connect = No puedes conectar con esta persona.
buddy-error-no-number = No hay ningún número { $number } en tu última lista. Vuelve a ejecutar /buddies o /match y usa un número de ahí.
buddy-error-person-not-found = No encuentro a esa persona. Usa su número de tu última lista (/buddies, /match) o su id.
buddy-error-self = ¡Esa persona eres tú! Elige a otra, por ejemplo de /match.
buddy-error-already-pending-or-connected = Ya tienes una solicitud pendiente o una conexión con { $name }{ $dot ->
    [no] {""}
   *[yes] .
} Mira /buddies.
buddy-error-already-buddies-say-hi = { $name } y tú ya sois compañeros. Salúdalo con /msg.
buddy-error-still-pending = Tu solicitud a { $name } sigue pendiente. Te enterarás en cuanto responda.
buddy-error-declined-cooldown = { $name } rechazó tu última solicitud, así que todavía no puedes volver a pedirlo. Podrás intentarlo de nuevo a partir de { $until }.
buddy-error-already-buddies = { $name } y tú ya sois compañeros.
buddy-error-no-open-request = No hay ninguna solicitud de compañero abierta de { $name }{ $dot ->
    [no] {""}
   *[yes] .
}
buddy-error-not-connected = No estás conectado con { $name }{ $dot ->
    [no] {""}
   *[yes] .
}
buddy-error-block-self = No puedes bloquearte a ti mismo.
buddy-error-not-blocked = { $name } no está bloqueado.

msg-error-only-buddies = Solo puedes escribir a tus compañeros. Conecta primero con /connect.
msg-error-empty = El mensaje no puede estar vacío.
msg-error-too-long = El mensaje es demasiado largo: no pases de { $max } caracteres.

buddy-list-empty = Todavía no tienes compañeros. Encuentra gente que entrena como tú con /match y luego usa /connect.
buddy-list-incoming = Quieren conectar contigo
buddy-list-buddies = Compañeros
buddy-list-outgoing = Esperando respuesta
buddy-list-blocked = Bloqueados
buddy-list-title = Tus compañeros
buddy-button-accept-numbered = Aceptar #{ $number } { $name }
buddy-button-decline-numbered = Rechazar #{ $number } { $name }
buddy-button-message-numbered = Escribir #{ $number } { $name }
buddy-button-disconnect-numbered = Desconectar #{ $number } { $name }
buddy-button-unblock-numbered = Desbloquear #{ $number } { $name }

buddy-connect-incoming = { $person } ya te pidió conectar. ¿Aceptas?
buddy-connect-sent = Solicitud de compañero enviada a **{ $name }**{ $dot ->
    [no] {""}
   *[yes] .
} Te aviso cuando responda.
buddy-accept-done = **{ $name }** y tú ya sois compañeros. ¡Salúdalo y planead un entrenamiento!
buddy-decline-done = Rechazaste la solicitud de **{ $name }**. No te lo sugeriremos durante un tiempo.
buddy-block-done = Bloqueaste a **{ $name }**{ $dot ->
    [no] {""}
   *[yes] .
} No se le avisará. Ninguno de los dos verá al otro en las coincidencias ni podrá conectar o escribir. Deshazlo con /unblock.
buddy-unblock-done = Desbloqueaste a **{ $name }**{ $dot ->
    [no] {""}
   *[yes] .
} Podéis volver a encontraros.
buddy-disconnect-done = **{ $name }** y tú ya no sois compañeros.
buddy-disconnect-withdrawn = La solicitud de compañero entre **{ $name }** y tú se ha retirado.
msg-sent = Enviado a **{ $name }**{ $dot ->
    [no] {""}
   *[yes] .
}
