# Coincidencias (/match) y avisos de nuevas coincidencias.

match-error-paused = Tu perfil está en pausa, así que las coincidencias están desactivadas. Reactívalo para verlas.
match-error-incomplete = Primero completa tu perfil: necesito tu zona, tus actividades y tu nivel para encontrar compañeros.

match-verb-running = correr
match-verb-cycling = ciclismo
match-verb-gym = pesas
match-verb-yoga = yoga
match-verb-swimming = natación
match-verb-hiking = senderismo
match-verb-climbing = escalada
match-verb-hiit = HIIT
match-verb-walking = caminar
match-verb-tennis = tenis
match-verb-football = fútbol
match-verb-basketball = baloncesto
match-verb-martial-arts = artes marciales
match-verb-dance = baile
match-verb-rowing = remo
match-verb-skating = patinaje

match-reason-both = a los dos: { $verbs }
match-reason-same-level = los dos { $level }
match-overlap-night = { $count ->
    [one] 1 noche en común
   *[other] { $count } noches en común
}
match-overlap-morning = { $count ->
    [one] 1 mañana en común
   *[other] { $count } mañanas en común
}
match-overlap-afternoon = { $count ->
    [one] 1 tarde en común
   *[other] { $count } tardes en común
}
match-overlap-evening = { $count ->
    [one] 1 tarde-noche en común
   *[other] { $count } tardes-noches en común
}
match-overlap-minutes = { $minutes } min a la semana en común
match-overlap-hours = { $hours } h a la semana en común
match-distance-under-1 = menos de 1 km
match-distance-about = ~{ $km } km
match-reason-distance = a { $distance }
match-reason-showed-up = asistió { $attended }/{ $total }
match-reason-streak = racha de { $sessions } sesiones

match-list-title = Compañeros cerca de ti · página { $page } de { $pages }
match-list-fits = { $count ->
    [one] { $count } persona encaja
   *[other] { $count } personas encajan
}. Conecta para empezar a hablar; solo conocerán tu zona, nunca tu ubicación.
match-footer-best = Las { $count } mejores de { $qualified } personas a tu alcance.
match-footer-range = #{ $from }–{ $to } de las { $total } mejores, de { $qualified } personas a tu alcance.
match-none-title = Aún no hay coincidencias
match-none-text = Nadie a menos de { $km } km comparte tus actividades ahora mismo. Prueba un /set-radius mayor, añade actividades o mira /sessions. Te avisaré cuando alguien nuevo encaje.
match-page-out-of-range = { $pages ->
    [one] Solo hay 1 página de coincidencias.
   *[other] Solo hay { $pages } páginas de coincidencias.
}
match-button-last-page = { $pages ->
    [one] Mostrarla
   *[other] Mostrar la página { $pages }
}
match-someone = Alguien
match-button-connect = Conectar con #{ $number } { $name }
match-button-previous = ◀ Anterior
match-button-next = Siguiente ▶

alert-match-title = Nueva coincidencia de compañero de entrenamiento
alert-match-text = { $person }
    { $reasons }

    Salúdalo con una solicitud de compañero o mira a todos con /match.
alert-button-connect = Enviar solicitud de compañero
alert-session-title = Una sesión cerca de ti
alert-levels-all = todos los niveles
alert-levels-range = { $min }–{ $max }
alert-session-text = **{ $title }** · { $activity } · { $levels }
    { $when } ({ $relative }) en **{ $place }**, a { $distance }
    Organiza **{ $host }**
alert-session-text-weekly = **{ $title }** · { $activity } · { $levels }
    { $when } ({ $relative }) en **{ $place }**, a { $distance }
    Organiza **{ $host }** · cada semana
alert-button-join = Pedir unirme
alert-digest-title = Nuevas coincidencias de hoy
alert-digest-session = **{ $title }** · { $when } · { $place }
alert-digest-text = Llegaste al límite de avisos instantáneos de hoy, así que aquí tienes el resto en un solo mensaje:
    { $lines }{ $more ->
        [0] {""}
       *[other] {"\u000A"}…y { $more } más.
    }

    Míralos todos con /match y /sessions.
