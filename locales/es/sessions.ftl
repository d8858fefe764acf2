# Sesiones de entrenamiento: crear, buscar, unirse, organizar, recordatorios y check-ins.
# $ends es "stop" cuando un título ya termina una frase ("¡Corre!"): entonces no sigue ningún punto.

## Palabras comunes

session-someone = Alguien
session-levels-all = todos los niveles
session-levels-range = { $min }–{ $max }
session-seats-cancelled = cancelada
session-seats-ended = terminada
session-seats-left = { $left } de { $capacity ->
        [one] { $capacity } plaza libre
       *[other] { $capacity } plazas libres
    }
session-seats-full = completa
session-seats-waiting = { $count } en espera
session-duration-hm = { $hours } h { $minutes } min
session-duration-h = { $hours } h
session-duration-m = { $minutes } min
session-distance-under-1 = a menos de 1 km
session-distance-about = ~{ $km } km
session-ref = **{ $title }** ({ $at })
session-line-title = **{ $n }. { $title }**
session-at = { $at }
session-when-relative = { $at } ({ $relative })
session-weekly = semanal
session-repeats-weekly = se repite cada semana
session-level-not-set = nivel sin indicar
session-default-title = Sesión de { $activity }
session-day-label = { $weekday ->
        [1] lun
        [2] mar
        [3] mié
        [4] jue
        [5] vie
        [6] sáb
       *[7] dom
    } { $day } { $month ->
        [1] ene
        [2] feb
        [3] mar
        [4] abr
        [5] may
        [6] jun
        [7] jul
        [8] ago
        [9] sept
        [10] oct
        [11] nov
       *[12] dic
    }

## Campos y botones

session-field-when = Cuándo
session-field-where = Dónde
session-field-level = Nivel
session-field-seats = Plazas
session-field-notes = Notas
session-field-activity = Actividad
session-field-host = Organiza
session-field-going = Van
session-going-nobody = nadie todavía
session-button-join = Pedir unirme
session-button-withdraw = Retirar solicitud
session-button-leave = Salir
session-button-calendar = Añadir al calendario
session-button-calendar-all = Añadir todas al calendario
session-button-view = Ver
session-button-requests = Solicitudes ({ $count })
session-button-number = #{ $n }
session-button-withdraw-number = Retirar #{ $n }
session-button-accept-number = Aceptar #{ $n }
session-button-decline-number = Rechazar #{ $n }
session-button-previous = ◀ Anterior
session-button-next = Siguiente ▶
session-button-attended = Estuve allí
session-button-missed = No pude ir

## El anuncio y la vista de detalle

session-title-cancelled = Cancelada: { $title }
session-announce-cancelled = Esta sesión se ha cancelado.
session-announce-ended = Esta sesión ha terminado.
session-announce-lead = { $activity } con **{ $host }**{ $ends ->
        [stop] {""}
       *[open] .
    } Pide unirte y quien organiza te responderá.
session-where-distance = { $place } · a { $distance } de ti
session-role-host = Organizas esta sesión.
session-role-host-requests = Organizas esta sesión. { $count ->
        [one] { $count } solicitud espera
       *[other] { $count } solicitudes esperan
    }: /requests.
session-role-participant = Estás dentro.
session-role-waitlisted = Estás en la lista de espera (#{ $position }).
session-role-requested = Pediste unirte; aún no hay respuesta.
session-role-none = Pide unirte y quien organiza te responderá.
session-status-is = Esta sesión está { $status ->
        [cancelled] cancelada
        [completed] terminada
        [full] completa
       *[open] abierta
    }.

## Listas

session-my-role-host = organizas tú
session-my-role-participant = estás dentro
session-my-role-waitlisted = lista de espera #{ $position }
session-my-role-requested = solicitada — esperando respuesta
session-mine-title = Tus sesiones ({ $count })
session-mine-intro = /session <número> muestra una, /leave <número> te saca de ella, /session-edit <número> cambia una que organizas.
session-mine-intro-asked = /session <número> muestra una, /leave <número> te saca de ella (o retira tu solicitud), /session-edit <número> cambia una que organizas.
session-mine-none = No tienes sesiones próximas. Busca una con /sessions o crea la tuya con /session-create.
session-filter-level = para { $level }
session-filter-day = el { $day }
session-browse-none-title = No se encontraron sesiones
session-browse-none = Ahora mismo no hay sesiones a menos de { $km } km. Busca más lejos con distance: … o crea una con /session-create.
session-browse-none-filtered = Ahora mismo no hay sesiones ({ $what }) a menos de { $km } km. Busca más lejos con distance: … o crea una con /session-create.
session-browse-title = Sesiones cerca de ti · página { $page } de { $pages }
session-browse-intro = { $count } { $count ->
        [one] sesión
       *[other] sesiones
    } a menos de { $km } km. /join <número> pide unirte; /session <número> muestra una.
session-browse-intro-filtered = { $count } { $count ->
        [one] sesión
       *[other] sesiones
    } ({ $what }) a menos de { $km } km. /join <número> pide unirte; /session <número> muestra una.
session-pages-only = { $pages ->
        [one] Solo hay 1 página de { $what ->
            [matches] coincidencias
           *[sessions] sesiones
        }.
       *[other] Solo hay { $pages } páginas de { $what ->
            [matches] coincidencias
           *[sessions] sesiones
        }.
    }
session-pages-last = { $pages ->
        [one] Mostrarla
       *[other] Mostrar la página { $pages }
    }
session-requests-none = No tienes solicitudes pendientes.
session-requests-who = { $name } ({ $level })
session-requests-line = **{ $n }. { $who }** para **{ $title }** { $at }
session-requests-title = Solicitudes para unirse ({ $count })
session-requests-footer = Responde con los botones, o con /request-accept <número> y /request-decline <número>.

## Respuestas a comandos

session-created-title = Sesión creada: { $title }
session-created-when = { $at } ({ $relative }) en **{ $place }**
session-created-where = { $where ->
        [announced] Está anunciada en la comunidad; la gente puede pedir unirse allí o con /sessions.
        [no-channel] Esta comunidad no tiene canal de anuncios, pero la gente cercana la encuentra con /sessions.
       *[private] No está anunciada en ningún sitio porque la creaste en un chat privado; la gente cercana la encuentra con /sessions.
    } Te enviaré cada solicitud para que la aceptes o la rechaces.
session-place-ambiguous = Hay varios lugares llamados «{ $name }». ¿Cuál quieres decir?
session-place-choose = Elige el punto de encuentro
session-updated-title = Actualizada: { $title }
session-updated-promoted = { $count } { $count ->
        [one] persona subió
       *[other] personas subieron
    } desde la lista de espera.
session-updated-now = Empieza { $at } en { $place }. { $told ->
        [yes] Se ha avisado a todos los que están dentro.
       *[no] Todavía no se ha unido nadie.
    }
session-cancel-done = Cancelada { $session }.{ $told ->
        [0] {""}
        [one] {" "}Se ha avisado a { $told } persona.
       *[other] {" "}Se ha avisado a { $told } personas.
    } Las solicitudes pendientes se han cerrado.
session-remove-not-found = No encuentro esa sesión. Usa su número de tu última lista o su id.
session-remove-done = Eliminada **{ $title }**{ $ends ->
        [stop] {""}
       *[open] .
    } Se ha avisado a { $told } { $told ->
        [one] persona
       *[other] personas
    }.
session-join-sent-title = Solicitud enviada
session-join-sent-full-title = Solicitud enviada: la sesión está completa
session-join-sent = He pedido que te dejen unirte a **{ $title }** ({ $at }, { $place }). Te avisaré en cuanto respondan.
session-join-sent-full = He pedido que te dejen unirte a **{ $title }** ({ $at }, { $place }). Está completa, así que si te aceptan pasas a la lista de espera{ $position ->
        [1] , la primera en la fila
       *[other] {" "}en el puesto { $position }
    } y tendrás plaza cuando se libere una. Te avisaré en cuanto respondan.
session-left-seat = Saliste de { $session }. Tu plaza queda libre para otra persona.
session-left-seat-promoted = Saliste de { $session }. La primera persona de la lista de espera se ha quedado con tu plaza.
session-left-waitlist = Saliste de la lista de espera de { $session }.
session-left-withdrawn = Retiraste tu solicitud para unirte a { $session }.
session-accepted-seated = **{ $name }** está dentro de { $session }. Plazas: { $seats }.
session-accepted-waitlisted = { $session } está completa, así que **{ $name }** está en la lista de espera (#{ $position }) y subirá cuando se libere una plaza.
session-declined-done = Rechazaste la solicitud de **{ $name }** para { $session }. Se le ha avisado.
session-checked-in = Check-in hecho para { $session }. Racha: { $streak } (mejor { $best }).
session-checked-in-missed = Gracias por contarlo sobre { $session }. Tu racha empieza de nuevo con la próxima sesión a la que vayas.
session-places-this-community = Esta comunidad
session-places-none = **{ $community }** aún no tiene puntos de encuentro seleccionados. Los moderadores los añaden con /place-add.
session-places-title = Puntos de encuentro de { $community }
session-places-footer = Lugares públicos y conocidos para quedar: elige uno como lugar de una sesión.
session-place-add-ambiguous = Varios lugares coinciden con «{ $name }». ¿Cuál? (Un enlace de mapa es lo más preciso.)
session-place-add-choose = Elige el lugar
session-place-added = Añadido **{ $name }** (en { $area }) como punto de encuentro — { $count } en total. La gente solo ve su nombre; dónde está queda dentro de Spotter.
session-place-removed = Eliminado **{ $name }** de los puntos de encuentro.

## Rechazos

session-not-found = No encuentro esa sesión. Usa su número de /sessions o /my-sessions, o su id.
session-join-own = Organizas **{ $title }**: ya estás dentro.
session-join-closed = { $state ->
        [cancelled] **{ $title }** se ha cancelado.
       *[over] **{ $title }** ya ha empezado o terminado.
    } No puede admitir a nadie más.
session-accept-closed = { $state ->
        [cancelled] **{ $title }** se ha cancelado.
       *[over] **{ $title }** ya ha empezado o terminado.
    } Ya no se pueden aceptar sus solicitudes.
session-edit-closed = { $state ->
        [cancelled] **{ $title }** se ha cancelado.
       *[over] **{ $title }** ya ha empezado o terminado.
    } Ya no se puede editar.
session-already-in = Ya estás dentro de **{ $title }**{ $ends ->
        [stop] {""}
       *[open] .
    }
session-already-waitlisted = Ya estás en la lista de espera de **{ $title }** (#{ $position }).
session-already-asked = Ya pediste unirte a **{ $title }**; aún no hay respuesta. /leave retira la solicitud.
session-level-unset = **{ $title }** es para { $levels }. Indica primero tu nivel con /set-level.
session-level-mismatch = **{ $title }** es para { $levels } y tu nivel es { $level }, así que no puedo enviar esta solicitud. Busca una que encaje con /sessions level: { $typed }.
session-request-not-found = No encuentro esa solicitud. /requests muestra las que esperan tu respuesta.
session-request-not-host = Solo quien organiza **{ $title }** puede { $verb ->
        [accept] aceptar
       *[decline] rechazar
    } sus solicitudes.
session-request-answered = La solicitud de { $name } { $status ->
        [accepted] ya fue aceptada
        [declined] ya fue rechazada
        [withdrawn] fue retirada por { $name }
       *[expired] ha caducado
    }.
session-request-raced = Esa solicitud se respondió o se retiró mientras tanto.
session-closed-meanwhile = **{ $title }** se cerró mientras tanto.
session-requests-not-host = Solo quien organiza **{ $title }** puede ver sus solicitudes.
session-leave-own = Organizas **{ $title }**{ $ends ->
        [stop] {""}
       *[open] .
    } Para cancelarla, usa /session-cancel.
session-leave-over = **{ $title }** está { $state ->
        [cancelled] cancelada
       *[over] terminada
    }; no hay nada que dejar.
session-leave-not-in = No estás en **{ $title }** ni has pedido unirte.
session-capacity-range = La capacidad debe ser un número entero de { $min } a { $max }.
session-capacity-below-seated = { $count ->
        [one] { $count } persona ya tiene plaza en **{ $title }**, así que su capacidad no puede bajar de { $count }.
       *[other] { $count } personas ya tienen plaza en **{ $title }**, así que su capacidad no puede bajar de { $count }.
    }
session-text-empty = { $what ->
        [title] El título no puede
        [notes] Las notas no pueden
        [message] El mensaje no puede
       *[reason] El motivo no puede
    } estar vacío.
session-text-too-long = { $what ->
        [title] El título es demasiado largo: que tenga menos de { $max } caracteres.
        [notes] Las notas son demasiado largas: que tengan menos de { $max } caracteres.
        [message] El mensaje es demasiado largo: que tenga menos de { $max } caracteres.
       *[reason] El motivo es demasiado largo: que tenga menos de { $max } caracteres.
    }
session-place-pick-range = Solo hay { $count } lugares llamados «{ $name }»: elige del #1 al #{ $count }.
session-day-unreadable = No pude leer «{ $text }» como un día. Prueba "today", "tomorrow", "sat" o "2026-12-05".
session-day-passed = El { $day } ya pasó. Elige hoy o un día próximo.
session-edit-not-host = Solo quien organiza **{ $title }** puede editarla.
session-edit-nothing = Nada que cambiar: indica un nuevo when, place, capacity, duration, title, notes, levels o weekly.
session-gone = Esa sesión ya no existe.
session-seats-busy = Las plazas de **{ $title }** están cambiando ahora mismo; vuelve a probar la capacidad en un momento.
session-cancel-not-host = Solo quien organiza **{ $title }** puede cancelarla.
session-already-closed = **{ $title }** ya está { $state ->
        [cancelled] cancelada
       *[over] terminada
    }.
session-check-in-cancelled = **{ $title }** se canceló, así que no hay check-in que hacer.
session-check-in-closed = El check-in de **{ $title }** se cerró { $days } días después de que terminara.
session-check-in-not-seated = Solo quien tenía plaza en **{ $title }** puede hacer check-in.
session-check-in-twice = Ya hiciste check-in para **{ $title }**{ $ends ->
        [stop] {""}
       *[open] .
    }
session-browse-no-area = Indica primero tu zona con /set-location: busco sesiones cerca de ella.
session-calendar-none = No tienes sesiones próximas para poner en un calendario. Busca una con /sessions.

## Notificaciones

session-join-request-title = Solicitud para unirse
session-join-request-text = **{ $name }** ({ $about }) quiere unirse a **{ $title }** el { $at }.
session-join-request-seats = Plazas: { $seats }.
session-showed-up = asistió { $attended }/{ $total }
session-new-to-sessions = nuevo en las sesiones de Spotter
session-seated-title = Estás dentro
session-seated-accepted = Aceptaron tu solicitud: ¡estás dentro de **{ $title }**!
session-seated-promoted = Se liberó una plaza en **{ $title }** y es tuya: ¡estás dentro!
session-seated-where = { $at } en { $place }. ¿Al final no puedes ir? Sal para que otra persona ocupe la plaza.
session-waitlisted-title = Estás en la lista de espera
session-waitlisted-text = Aceptaron tu solicitud para **{ $title }** ({ $at }), pero está completa: estás en la lista de espera (#{ $position }). Te avisaré en cuanto se libere una plaza.
session-declined-title = Solicitud rechazada
session-declined-text = Quien organiza **{ $title }** ({ $at }) no puede aceptarte esta vez. Echa un vistazo a /sessions para ver otras cerca.
session-cancelled-title = Sesión cancelada
session-cancelled-by-host = **{ $title }** del { $at } ha sido cancelada por quien la organiza.
session-cancelled-by-moderator = **{ $title }** del { $at } ha sido cancelada por un moderador.
session-cancelled-reason = Motivo: { $reason }
session-changed-title = Sesión modificada
session-changed-lead = Quien organiza ha cambiado **{ $title }**:
session-changed-now = Ahora empieza { $at } en { $place }.
session-change-title = título: ahora «{ $title }»
session-change-notes = notas actualizadas
session-change-time = hora: ahora { $to } (antes { $from })
session-change-length = duración: ahora { $length }
session-change-place = lugar: ahora { $to } (antes { $from })
session-change-levels = nivel: ahora { $levels }
session-change-weekly-on = ahora se repite cada semana
session-change-weekly-off = ya no se repite
session-change-capacity = capacidad: ahora { $to } (antes { $from })
session-member-left-title = Alguien salió de tu sesión
session-member-left-text = **{ $who }** salió de **{ $title }** ({ $at }).
session-member-left-promoted = **{ $name }** subió desde la lista de espera.
session-member-left-seats = Plazas: { $seats }.
session-check-in-title = ¿Pudiste ir?
session-check-in-text = **{ $title }** del { $at } terminó { $ended }. Dime si estuviste: así tu racha es honesta.
session-reminder-title = Recordatorio: { $title }
session-reminder-hosting = **{ $title }**, que organizas tú, empieza { $relative } ({ $at }) en **{ $place }**.
session-reminder-going-to = **{ $title }**, a la que vas, empieza { $relative } ({ $at }) en **{ $place }**.
session-reminder-going = { $count } { $count ->
        [one] va
       *[other] van
    }
session-reminder-see-you = ¡nos vemos allí!
session-reminder-footer = (tu recordatorio de { $lead } antes — cámbialos con /notifications)
session-lead-days = { $count } días
session-lead-hours = { $count ->
        [one] { $count } hora
       *[other] { $count } horas
    }
session-lead-minutes = { $count ->
        [one] { $count } minuto
       *[other] { $count } minutos
    }
session-request-expired-title = Solicitud caducada
session-request-expired-text = **{ $title }** ({ $at }) ha empezado y no respondieron a tu solicitud a tiempo. Echa un vistazo a /sessions para la próxima.
session-waitlist-closed-title = Esta vez no hubo plaza
session-waitlist-closed-text = **{ $title }** ({ $at }) ha empezado y no se liberó ninguna plaza, así que te saqué de su lista de espera. Echa un vistazo a /sessions para la próxima.
session-digest-title = Tu semana de entrenamientos
session-digest-lead = Sesiones cerca de ti en los próximos 7 días:
session-digest-footer = Únete a una con /join y su número. (Resumen semanal: desactívalo con /notifications.)
