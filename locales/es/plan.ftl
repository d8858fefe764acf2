# /plan — encontrar un momento para dos

plan-error-cant-plan = No puedes planear una sesión con esta persona.
plan-error-self = ¡Eres tú! Elige a otra persona, por ejemplo de /match o /buddies.
plan-error-no-activity = Primero indica tus actividades con /set-activities, para que Spotter sepa qué entrenaríais.
plan-error-time-passed = Esa hora ya pasó. Vuelve a usar /plan para ver horas nuevas.
plan-error-busy-now = Uno de vosotros ya tiene otra sesión a esa hora. Vuelve a usar /plan para ver horas nuevas.
plan-error-being-booked = El otro botón de esta oferta está reservando la sesión ahora mismo. Mira /my-sessions en un momento.
plan-error-no-area = Primero indica tu zona con /set-location, para que la sesión tenga un lugar.

plan-slot-line = • { $at } · { $length }
plan-slots-title = Horas para ti y { $name }
plan-slots-text = { $count ->
    [one] La mejor hora de esta semana para { $activity } con **{ $name }**, cuando los dos estáis libres:
   *[other] Las { $count } mejores horas de esta semana para { $activity } con **{ $name }**, cuando los dos estáis libres:
} Toca una para ofrecer solo esa, u ofrécelas todas; { $name } elige.
plan-button-offer-all = { $count ->
    [one] Ofrecerla
   *[other] Ofrecer las { $count }
}
plan-button-propose-time = Proponer una hora
plan-none-shared = Tú y **{ $name }** no tenéis tiempo libre en común en los próximos 7 días (según vuestra disponibilidad semanal y vuestras sesiones). Propón una hora tú mismo.
plan-none-me = Primero indica tu disponibilidad semanal (/set-availability), para que Spotter encuentre horas en común con **{ $name }**, o propón una hora tú mismo.
plan-none-them = **{ $name }** aún no ha indicado su disponibilidad semanal, así que no hay tiempo en común que buscar. Propón una hora tú mismo.

plan-sent = { $count ->
    [one] Enviado a { $name }{ $dot ->
        [no] {""}
       *[yes] .
    } Te avisaremos cuando responda:
   *[other] { $count } horas enviadas a { $name }{ $dot ->
        [no] {""}
       *[yes] .
    } Te avisaremos cuando elija una:
}

plan-proposal-title = { $name } quiere entrenar contigo
plan-proposal-text = { $count ->
    [one] **{ $name }** propone { $activity } juntos a esta hora (tu hora). Tócala para aceptar:
   *[other] **{ $name }** propone { $activity } juntos a una de estas horas (tu hora). Toca la que te venga bien:
}
plan-proposal-counter-text = **{ $name }** propone { $activity } juntos a esta otra hora (tu hora). Tócala para aceptar:
plan-button-other-time = Proponer otra hora

plan-booked-title = Sesión planeada
plan-booked-text = Tú y **{ $name }** vais a entrenar juntos. Es una sesión privada para los dos: recordatorios y check-in como siempre, y está en /my-sessions.
plan-booked-already = Esta hora con **{ $name }** ya está planeada. Está en /my-sessions.

match-button-plan = Planear con #{ $number } { $name }
