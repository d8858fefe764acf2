## Rondas semanales de parejas (/rounds)

rounds-error-needs-community = Las rondas de parejas son de una comunidad: úsalo en tu servidor o grupo.
rounds-error-zone = No conozco la zona horaria «{ $zone }». Usa un nombre como Europe/Madrid o America/Mexico_City.
rounds-error-hour = La hora debe ser un número entero de 0 a 23.
rounds-error-setup-needs = Indica el día y la hora en la primera configuración, p. ej. weekday: mon hour: 9.
rounds-error-off = Esta comunidad no tiene rondas de parejas en marcha. Un moderador puede iniciarlas con /rounds setup.
rounds-error-profile = Completa antes tu perfil (dónde, qué y tu nivel) con /setup, para que pueda emparejarte bien.
rounds-error-activity = Estas rondas son de { $activity }; añádelo a tus actividades para participar.
rounds-error-already = Ya estás en las rondas de parejas de aquí.
rounds-error-not-member = No estás en las rondas de parejas de aquí. Únete con /rounds join.
rounds-error-already-skipping = Ya te saltas la próxima ronda.

rounds-weekday-1 = los lunes
rounds-weekday-2 = los martes
rounds-weekday-3 = los miércoles
rounds-weekday-4 = los jueves
rounds-weekday-5 = los viernes
rounds-weekday-6 = los sábados
rounds-weekday-7 = los domingos
rounds-schedule = { $weekday } a las { $hour }:00 ({ $zone })
rounds-schedule-activity = { $schedule }, solo { $activity }

rounds-setup-on = Las rondas de parejas están activas: { $schedule }. La próxima ronda es el { $when }; { $members ->
        [one] por ahora hay { $members } miembro.
       *[other] por ahora hay { $members } miembros.
    } Los miembros se unen con /rounds join.
rounds-setup-off = Las rondas de parejas están desactivadas. Se guardan los miembros y las rondas pasadas; actívalas de nuevo con /rounds setup.
rounds-joined = ¡Estás dentro! La próxima ronda es el { $when }: entonces te presentaré a un compañero de entrenamiento.
rounds-left = Has dejado las rondas de parejas de aquí. Vuelve cuando quieras con /rounds join.
rounds-skipped = Te saltarás la ronda del { $skipped }. Vuelves a partir del { $back }.

rounds-status-title = Rondas de parejas en { $community }
rounds-status-none = { $community } aún no tiene rondas de parejas. Un moderador puede iniciarlas con /rounds setup.
rounds-status-on = Activas: { $schedule }
rounds-status-off = Desactivadas por ahora.
rounds-status-members = { $count ->
        [one] { $count } miembro
       *[other] { $count } miembros
    }
rounds-status-you-in = Estás dentro.
rounds-status-you-skipping = Estás dentro y te saltas la próxima ronda.
rounds-status-you-out = No estás dentro: únete con /rounds join.
rounds-status-next = Próxima ronda: { $when } ({ $relative })
rounds-status-rounds = Últimas rondas: emparejados · planificados · se vieron
rounds-status-figures = { $date }: { $paired } emparejados en { $groups ->
        [one] { $groups } grupo
       *[other] { $groups } grupos
    } · { $planned } planificados · { $met } se vieron{ $unpaired ->
        [0] {""}
       *[other] {" "}· { $unpaired } sin pareja
    }

rounds-intro-title = { $trio ->
        [yes] Tu trío de entrenamiento esta semana ({ $community })
       *[other] Tu compañero de entrenamiento esta semana ({ $community })
    }
rounds-intro-text = { $trio ->
        [yes] La ronda de esta semana os ha juntado a los tres:
       *[other] La ronda de esta semana te ha emparejado con:
    }

    { $partners }

    Buscad un momento para entrenar juntos antes del { $ends }.
rounds-button-find-time = Buscar hora con { $name }
rounds-nudge-title = ¿Aún nada planificado?
rounds-nudge-text = Tú y { $names } ({ $community }) aún no habéis planificado ninguna sesión. La ronda termina { $ends }: buscad un momento ahora.
