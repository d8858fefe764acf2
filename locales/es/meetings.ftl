# «¿Entrenasteis juntos?» y rachas con compañeros.

meeting-question-title = { $count ->
        [one] ¿Entrenasteis juntos los dos?
       *[other] ¿Entrenasteis juntos los tres?
    }
meeting-question-connection = Tú y { $names } sois compañeros desde hace una semana. ¿Ya habéis entrenado juntos?
meeting-question-round = La ronda de parejas con { $names } ha terminado. ¿Entrenasteis juntos?
meeting-question-last = Dije que volvería a preguntar: esta es la última vez.
meeting-someone = Alguien
meeting-button-yes = Sí
meeting-button-not-yet = Todavía no
meeting-button-no = No funcionó
meeting-answered-yes = ¡Genial, gracias! Entrenar juntos es lo que mantiene la constancia.
meeting-answered-yes-together = { $count ->
        [one] Los dos dijisteis que sí: tu racha con { $names } ha empezado. Mantenla cada semana; la verás en /buddies y /stats.
       *[other] Todos dijisteis que sí: tus rachas con { $names } han empezado. Mantenlas cada semana; las verás en /buddies y /stats.
    }
meeting-answered-not-yet-again = Sin problema. Volveré a preguntar dentro de { $days ->
        [one] { $days } día
       *[other] { $days } días
    }.
meeting-answered-not-yet-last = Sin problema, no volveré a preguntar. Escribe a tu compañero desde /buddies cuando quieras.
meeting-answered-no-ended = Gracias por contármelo. Tú y { $names } ya no sois compañeros. No se les envía nada. Prueba /match para encontrar a alguien nuevo.
meeting-answered-no = Gracias por contármelo. Prueba /match para encontrar a alguien nuevo.
meeting-error-not-asked = Aquí no tienes ninguna pregunta que responder.
meeting-error-answered = Ya has respondido a esta pregunta.
meeting-streaks-title = Rachas con compañeros
meeting-streak-plain = { $current ->
        [0] ninguna racha ahora (mejor: { $best })
        [one] { $current } semana seguidas (mejor: { $best })
       *[other] { $current } semanas seguidas (mejor: { $best })
    }
meeting-streak = { $current ->
        [0] { meeting-streak-plain }
       *[other] 🔥 { meeting-streak-plain }
    }
meeting-streak-line = **{ $name }**: { meeting-streak }
meeting-streak-named = { $name }: { meeting-streak-plain }
