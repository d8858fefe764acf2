# /stats y /community-stats: respuestas, imágenes y su texto alternativo.

stats-calendar-title = Calendario de entrenamiento de { $name }
stats-date-range = { $first } – { $last } · { $zone }
stats-row-monday = lun
stats-row-wednesday = mié
stats-row-friday = vie
stats-sessions-on-days = { $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    } en { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
stats-no-sessions-yet = Aún no hay sesiones: únete a una con /sessions y registra tu asistencia después
stats-less = Menos
stats-more = Más
stats-current-streak = racha actual
stats-best-streak = mejor racha
stats-tile-show-up = asistencia ({ $attended } de { $total })
stats-tile-show-up-none = asistencia: aún sin registros
stats-show-up-value = { $percent } % ({ $attended } de { $total })
stats-show-up-percent = Asistencia, %
stats-no-check-ins = aún sin registros
stats-buddies-line = { $buddies ->
        [one] { $buddies } compañero
       *[other] { $buddies } compañeros
    }, { $together ->
        [one] { $together } sesión juntos
       *[other] { $together } sesiones juntos
    }
stats-tile-buddies = { $buddies ->
        [one] compañero
       *[other] compañeros
    }, { $together ->
        [one] { $together } sesión juntos
       *[other] { $together } sesiones juntos
    }
stats-top-activities = Actividades principales
stats-top-line = Actividades principales: { $top }
stats-activity-count = { $label } { $count }
stats-none-yet = ninguna aún
stats-community-title = { $name }: las últimas { $weeks } semanas
stats-weeks-from = semanas desde el lunes { $first } · { $zone }
stats-sessions-held = Sesiones realizadas
stats-people-active = Personas activas
stats-in-total = { $count } en total
stats-max-in-week = máx. { $count }
stats-overall = { $rate } en total
stats-this-week = esta semana
stats-no-answers = –
stats-percent = { $percent } %
stats-calendar-alt = Calendario de entrenamiento de { $name }, { $range }: { $total }. Por mes: { $byMonth }. Racha actual { $streak }, mejor { $best }. Asistencia { $showUp }. { $buddies }. Actividades principales: { $top }.
stats-community-alt = { $title }, { $range }, de la semana más antigua a la más reciente. Sesiones realizadas: { $held }. Personas activas: { $people }. Asistencia: { $showUp }.

stats-record-title = Historial de entrenamiento de { $name }
stats-streak-going = { $streak ->
        [one] { $streak } sesión seguida: ¡sigue así!
       *[other] { $streak } sesiones seguidas: ¡sigue así!
    }
stats-every-session-counts = Cada sesión a la que vas cuenta.
stats-start-streak = Únete a una sesión con /sessions y registra tu asistencia después para empezar una racha.
stats-field-streak = Racha
stats-streak-value = { $streak } (mejor { $best })
stats-field-show-up = Asistencia
stats-field-buddies = Compañeros
stats-field-hosted = Organizadas
stats-field-joined = Unidas
stats-field-coming-up = Próximas
stats-field-attended = Sesiones asistidas, { $range }

stats-this-community = esta comunidad
stats-community-title-reply = Estadísticas: { $name }
stats-field-people = Personas
stats-field-created-this-week = Sesiones creadas esta semana
stats-field-join-requests = Solicitudes para unirse, últimos { $days } días
stats-join-requests-value = { $accepted } aceptadas · { $declined } rechazadas · { $expired } caducadas · { $pending } pendientes · { $withdrawn } retiradas
stats-field-acceptance = Tasa de aceptación
stats-acceptance-none = n/d (aún ninguna decidida)
stats-field-open-reports = Denuncias abiertas
stats-field-bans = Expulsiones
stats-field-places = Lugares de encuentro
stats-field-weeks = Últimas { $weeks } semanas, de la más antigua ({ $range })
stats-weeks-held = Sesiones realizadas: { $held } ({ $total })
stats-weeks-people = Personas activas: { $people } ({ $total })
stats-weeks-show-up = Asistencia: { $showUp } ({ $overall })

# /community-stats: whether people show up and meet (src/core/health.ts).
stats-field-health = Asistencia (últimos { $days } días)
stats-health-show-up = Asistieron: { $rate } de { $seats } { $seats ->
    [one] plaza ocupada
   *[other] plazas ocupadas
  }
stats-health-no-shows = No se presentaron: { $rate } ({ $count })
stats-health-none = Asistencia: aún no hay sesiones terminadas con plazas ocupadas
stats-health-pairs = Parejas que entrenaron juntas esta semana: { $pairs }
stats-health-met = Parejas nuevas que entrenaron juntas en { $days } días: { $rate } ({ $met } de { $pairs })
stats-health-met-none = Parejas nuevas que entrenaron juntas: aún ninguna que valorar
stats-health-participation = Miembros de ronda con pareja: { $rate } ({ $paired } de { $members })
stats-health-participation-none = Miembros de ronda con pareja: aún no hay rondas
