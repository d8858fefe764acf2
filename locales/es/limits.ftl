# Límites: qué se limita, cuánto se permite y cuándo se puede volver a intentar.

limit-retry-minute = en un minuto
limit-retry-minutes = en { $minutes } minutos
limit-retry-hours = en { $hours ->
    [one] 1 hora
   *[other] { $hours } horas
}
limit-retry-hours-minutes = en { $hours ->
    [one] 1 hora
   *[other] { $hours } horas
} y { $minutes ->
    [one] 1 minuto
   *[other] { $minutes } minutos
}
limit-retry-about-hours = en unas { $hours } horas
limit-retry-days = en { $days } días

limit-span-day = un día
limit-span-hour = una hora
limit-span-days = { $count ->
    [one] 1 día
   *[other] { $count } días
}
limit-span-hours = { $count ->
    [one] 1 hora
   *[other] { $count } horas
}
limit-span-minutes = { $count ->
    [one] 1 minuto
   *[other] { $count } minutos
}

limit-per-day = al día
limit-per-hour = por hora
limit-every-days = cada { $count ->
    [one] día
   *[other] { $count } días
}
limit-every-hours = cada { $count ->
    [one] hora
   *[other] { $count } horas
}
limit-every-minutes = cada { $count ->
    [one] minuto
   *[other] { $count } minutos
}

limit-hit-session-create = Puedes crear hasta { $points ->
    [one] 1 sesión
   *[other] { $points } sesiones
} { $window }, y ya llegaste a ese límite. Podrás crear la siguiente { $retry }.
limit-hit-connect = Puedes enviar hasta { $points ->
    [one] 1 solicitud de compañero
   *[other] { $points } solicitudes de compañero
} { $window }, y ya llegaste a ese límite. Podrás enviar la siguiente { $retry }.
limit-hit-report = Puedes presentar hasta { $points ->
    [one] 1 denuncia
   *[other] { $points } denuncias
} { $window }, y ya llegaste a ese límite. Podrás presentar la siguiente { $retry }. Si alguien te está molestando ahora mismo, bloquéalo con /block: funciona al instante.
limit-hit-browse = Puedes buscar hasta { $points ->
    [one] 1 vez
   *[other] { $points } veces
} { $window } con /match y /sessions (páginas incluidas), y ya llegaste a ese límite. Podrás volver a buscar { $retry }.
limit-hit-message = Puedes enviar hasta { $points ->
    [one] 1 mensaje
   *[other] { $points } mensajes
} { $window }, y ya llegaste a ese límite. Podrás enviar el siguiente { $retry }.

limit-link-locked = Demasiados códigos de vinculación incorrectos ({ $wrong } en { $window }), así que /link está bloqueado para ti. Podrás intentarlo de nuevo { $retry }.
limit-wrong-link-code = Ese código no existe o ha caducado. Ejecuta /link en tu otra cuenta para obtener uno nuevo.
limit-wrong-link-code-warning = Ese código no existe o ha caducado. Ejecuta /link en tu otra cuenta para obtener uno nuevo. { $left ->
    [one] 1 código incorrecto más
   *[other] { $left } códigos incorrectos más
} y /link se bloquea durante { $lock }.
