## Mientras una sesión ocurre: «Ya estoy aquí», «Llego tarde», registrar asistencia desde /my-sessions

live-here-early = Puedes decir que ya estás aquí desde { $minutes } minutos antes de que empiece **{ $title }**: { $opens }.
live-missed-early = **{ $title }** empieza { $starts }: podrás decir que no fuiste cuando haya empezado. ¿Llegas tarde? Usa /running-late.
live-late-cancelled = **{ $title }** se canceló, así que nadie te está esperando.
live-late-not-seated = Solo quien organiza y quienes tienen plaza en **{ $title }** pueden avisar de que llegan tarde.
live-late-early = Aún es pronto para llegar tarde: desde { $minutes } minutos antes de que empiece **{ $title }** ({ $opens }) puedes avisar a los demás.
live-late-closed = **{ $title }** empezó hace más de { $minutes } minutos, así que el aviso llegaría demasiado tarde. Si llegaste, registra tu asistencia con /checkin.
live-late-minutes-range = Indica el retraso en minutos enteros, de { $min } a { $max }.
live-late-again = Acabas de avisar a los demás sobre **{ $title }**. Un aviso de retraso cada { $minutes } minutos: podrás enviar otro { $retry }.
live-late-title = Llega { $minutes } minutos tarde
live-late-text = **{ $who }** llegará unos { $minutes } minutos tarde a **{ $title }** ({ $at }).
live-late-text-host = **{ $who }** llegará unos { $minutes } minutos tarde a tu sesión **{ $title }** ({ $at }).
live-late-ask = ¿Cuánto tarde llegas a { $session }? Elige un número o escríbelo: /running-late minutes: 20 (de { $min } a { $max }).
live-late-button-minutes = { $minutes } min
live-late-sent = { $count ->
    [one] He avisado a la otra persona
   *[other] He avisado a las otras { $count } personas
} de { $session } de que llegas unos { $minutes } minutos tarde.
live-late-sent-nobody = Anotado: llegas unos { $minutes } minutos tarde a { $session }. No hay nadie más en ella a quien avisar.
live-late-none = No tienes ninguna sesión que empiece dentro de una hora o que esté en curso. Indica una: /running-late session: 2 (su número en /my-sessions).
live-late-choose = Tienes { $count } sesiones ahora mismo. ¿A cuál llegas tarde?
live-checkin-none = No tienes ninguna sesión en curso ni terminada en el último día. Indica una: /checkin session: 2 (su número en /my-sessions).
live-checkin-choose = Tienes { $count } sesiones ahora mismo. ¿Cuál quieres decir?
live-choose-placeholder = Elige la sesión
live-button-here = Ya estoy aquí
live-button-late = Llego tarde
live-button-here-number = Ya estoy aquí ({ $n })
live-button-made-it-number = Fui ({ $n })
live-button-missed-number = No fui ({ $n })
live-button-late-number = Llego tarde ({ $n })
live-note-now = en curso
live-note-soon = empieza { $relative }
live-note-ended = terminó { $relative }
live-note-answered = asistencia registrada
live-choice-now = en curso
live-choice-soon = empieza pronto
live-choice-ended = acaba de terminar
flow-label-the-minutes = Los minutos
cmd-running-late = Avisa a quien organiza y a los demás de que llegas tarde, con los minutos
cmd-running-late-session = La sesión (omítela para la que está a punto de empezar)
cmd-running-late-minutes = Cuántos minutos tarde (1–120)
