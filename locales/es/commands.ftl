# Menús de comandos: la descripción de cada comando, de sus opciones y de sus valores, tal como
# las muestran las plataformas (description_localizations de Discord, menús por idioma de Telegram).

cmd-audit = Acciones recientes de moderación en esta comunidad (moderadores)
cmd-audit-count = Cuántas entradas (1–50, por defecto 20)

cmd-ban = Vetar a alguien de Spotter en esta comunidad (moderadores)
cmd-ban-person = Quién: su nombre (un miembro o alguien de /reports) o su id
cmd-ban-reason = Por qué (queda en el registro de moderación)

cmd-block = Bloquear a alguien: en silencio, en ambos sentidos, al instante
cmd-block-person = Quién: su nombre o su número en tu última lista de /buddies o /match

cmd-buddies = Tus compañeros y solicitudes de compañero

cmd-buddy-accept = Aceptar una solicitud de compañero
cmd-buddy-accept-person = Quién lo pidió: su nombre o su número en /buddies

cmd-buddy-decline = Rechazar una solicitud de compañero
cmd-buddy-decline-person = Quién lo pidió: su nombre o su número en /buddies

cmd-calendar = Obtén un archivo de calendario (.ics) de una sesión o de todas las tuyas
cmd-calendar-session = Una sesión (su número o id); omítela para todas tus próximas sesiones

cmd-checkin = Dile a Spotter si fuiste a una sesión a la que te uniste
cmd-checkin-session = La sesión: su número en /my-sessions o su id
cmd-checkin-attended = ¿Estuviste? sí o no

cmd-community-stats = Cómo le va a Spotter en esta comunidad, con gráficos de las últimas 12 semanas (moderadores)

cmd-connect = Pídele a alguien que sea tu compañero de entrenamiento
cmd-connect-person = Quién: su nombre o su número en tu última lista de /match o /buddies
cmd-connect-message = Una nota breve para acompañar tu solicitud (opcional)

cmd-delete-me = Borra tu perfil y todo lo que es tuyo (pide confirmación)

cmd-delete-me-cancel = Cancela /delete-me
cmd-delete-me-cancel-confirm = El botón de confirmación que cancela

cmd-delete-me-confirm = Confirma /delete-me

cmd-disconnect = Dejar de ser compañeros o retirar una solicitud
cmd-disconnect-person = Quién: su nombre o su número en /buddies

cmd-export = Descarga todo lo que Spotter guarda sobre ti (JSON)

cmd-help = Qué hace Spotter y qué comandos usar
cmd-help-command = Un comando que explicar

cmd-join = Pide al anfitrión que te deje unirte a una sesión
cmd-join-session = La sesión: su número en /sessions o su id
cmd-join-message = Unas palabras para el anfitrión (opcional)

cmd-leave = Sal de una sesión (tu plaza o lista de espera) o retira tu solicitud
cmd-leave-session = La sesión: su número en /my-sessions o su id

cmd-link = Un perfil en Discord y Telegram: consigue un código aquí y escríbelo en el otro
cmd-link-code = El código de /link en tu otra cuenta

cmd-match = Encuentra compañeros de entrenamiento cerca, ordenados y explicados
cmd-match-page = Página de resultados

cmd-mod-settings = Ver o cambiar los ajustes de Spotter de esta comunidad (moderadores)
cmd-mod-settings-announce-channel = El canal donde se anuncian las sesiones
cmd-mod-settings-moderator-role = El rol cuyos miembros moderan Spotter aquí
cmd-mod-settings-clear = Dejar de anunciar, o dejar de usar un rol de moderación
cmd-mod-settings-clear-announce-channel = Canal de anuncios
cmd-mod-settings-clear-moderator-role = Rol de moderación
cmd-mod-settings-radius = Radio de búsqueda por defecto en km (1–200)

cmd-msg = Envía un mensaje a un compañero, use la plataforma que use
cmd-msg-person = Qué compañero: su nombre o su número en /buddies
cmd-msg-text = Tu mensaje
cmd-msg-reply-to = El mensaje al que respondes (lo pone el botón Responder)

cmd-my-sessions = Tus próximas sesiones: como anfitrión, apuntado, en espera, solicitadas

cmd-notifications = Avisos de coincidencias, horas de silencio, recordatorios y resumen semanal
cmd-notifications-alerts = Avisos cuando aparece una buena coincidencia o sesión (on/off)
cmd-notifications-quiet = Horas de silencio como "22-7" o "22:30-06:30"; "desactivado" para borrar
cmd-notifications-reminders = Antelación de recordatorios como "24h,1h" o "30m"; "predeterminado" o "desactivado"
cmd-notifications-digest = Resumen semanal de sesiones cerca de ti (on/off)

cmd-pause = Ocúltate de las coincidencias y avisos por ahora

cmd-place-add = Añade un punto de encuentro público a esta comunidad (moderadores)
cmd-place-add-name = El nombre que verá la gente, p. ej. "Puerta principal del Retiro"
cmd-place-add-location = Dónde está: un enlace de mapa, "lat, lng" o una zona (nunca se muestra)

cmd-place-remove = Quita un punto de encuentro de esta comunidad (moderadores)
cmd-place-remove-name = El lugar: su número o su nombre, como lo muestra /places

cmd-places = Los puntos de encuentro públicos seleccionados de esta comunidad

cmd-profile = Muestra tu perfil (solo tú lo ves)

cmd-report = Denuncia a una persona, sesión o mensaje a los moderadores de la comunidad
cmd-report-reason = ¿Qué pasó? Los moderadores lo leerán
cmd-report-person = Una persona: su nombre o su número en tu última lista de /match o /buddies
cmd-report-session = Una sesión: su número en /sessions o /my-sessions o su id
cmd-report-message = Un mensaje que te enviaron (lo pone su botón Denunciar)

cmd-report-open = Abre una denuncia que te enviaron (moderadores)
cmd-report-open-report = El id de la denuncia

cmd-report-resolve = Resuelve una denuncia con una nota de lo que se hizo (moderadores)
cmd-report-resolve-report = La denuncia: su número en /reports
cmd-report-resolve-note = Qué hiciste al respecto (para el registro)

cmd-reports = Denuncias abiertas en esta comunidad, las más antiguas primero (moderadores)

cmd-request-accept = Acepta una solicitud para unirse a una sesión que organizas
cmd-request-accept-request = La solicitud: su número en /requests

cmd-request-decline = Rechaza una solicitud para unirse a una sesión que organizas
cmd-request-decline-request = La solicitud: su número en /requests

cmd-requests = Solicitudes para unirse que esperan tu respuesta
cmd-requests-session = Solo para esta sesión (su número en /my-sessions o su id)

cmd-resume = Vuelve a aparecer en las coincidencias

cmd-session = Muestra una sesión: cuándo, dónde, nivel, plazas
cmd-session-session = La sesión: su número en /sessions o /my-sessions o su id

cmd-session-cancel = Cancela una sesión que organizas; se avisa a todos los apuntados
cmd-session-cancel-session = La sesión: su número en /my-sessions o su id
cmd-session-cancel-reason = Por qué, en pocas palabras (lo verán los participantes)

cmd-session-create = Crea una sesión de entrenamiento a la que la gente cercana puede pedir unirse
cmd-session-create-activity = Qué harás, p. ej. correr, yoga, escalada
cmd-session-create-when = Cuándo empieza, en tu hora: "mañana 7:00", "sáb 9:30"
cmd-session-create-place = Dónde quedar: un punto de encuentro de esta comunidad o cualquier zona
cmd-session-create-capacity = Plazas para otros, de 1 a 50 (por defecto 4)
cmd-session-create-levels = Para quién: Todos los niveles, Principiante, De intermedio a avanzado… (por defecto: todos)
cmd-session-create-duration = Cuánto dura: "45 min", "1h30" (por defecto 1 h)
cmd-session-create-title = Un título corto (por defecto: la actividad)
cmd-session-create-notes = Notas: ritmo, qué llevar (hasta 500 caracteres)
cmd-session-create-weekly = Repetirla cada semana a la misma hora

cmd-session-edit = Cambia una sesión que organizas; se avisa a todos de lo que cambió
cmd-session-edit-session = La sesión: su número en /my-sessions o su id
cmd-session-edit-when = Nuevo inicio, en tu hora: "sáb 10:00"
cmd-session-edit-place = Nuevo punto de encuentro
cmd-session-edit-capacity = Nuevo número de plazas, de 1 a 50
cmd-session-edit-duration = Nueva duración: "45 min", "1h30"
cmd-session-edit-title = Nuevo título
cmd-session-edit-notes = Nuevas notas para los participantes (hasta 500 caracteres)
cmd-session-edit-levels = Nuevo rango de niveles: Todos los niveles, Principiante, De intermedio a avanzado…
cmd-session-edit-weekly = Repetir cada semana

cmd-session-remove = Quita una sesión de esta comunidad y avisa a todos los apuntados (moderadores)
cmd-session-remove-session = La sesión: su número en /sessions o su id
cmd-session-remove-reason = Por qué (se le dice al anfitrión)

cmd-sessions = Explora sesiones de entrenamiento cerca de ti, con filtros
cmd-sessions-activity = Solo esta actividad, p. ej. correr
cmd-sessions-day = Solo este día: "hoy", "mañana", "sáb", "2026-12-05"
cmd-sessions-level = Solo sesiones adecuadas para este nivel
cmd-sessions-level-beginner = Principiante
cmd-sessions-level-intermediate = Intermedio
cmd-sessions-level-advanced = Avanzado
cmd-sessions-distance = Hasta dónde buscar, en km (por defecto: tu radio)
cmd-sessions-page = Página de resultados

cmd-set-activities = Indica las actividades que entrenas, p. ej. "correr, yoga"
cmd-set-activities-activities = Actividades separadas por comas (correr, ciclismo, gimnasio, yoga, escalada…)

cmd-set-availability = Cuándo puedes entrenar cada semana, en palabras: "tardes entre semana, sáb por la mañana"
cmd-set-availability-when = p. ej. "tardes entre semana, sáb mañana" o "lun/mié 6-8"; "ninguno" lo borra

cmd-set-bio = Unas palabras sobre cómo te gusta entrenar
cmd-set-bio-bio = Una bio corta (hasta 300 caracteres)

cmd-set-level = Indica tu nivel: principiante, intermedio o avanzado
cmd-set-level-level = Tu nivel: principiante, intermedio o avanzado
cmd-set-level-level-beginner = Principiante
cmd-set-level-level-intermediate = Intermedio
cmd-set-level-level-advanced = Avanzado

cmd-set-location = Indica tu zona: una ciudad o zona, "lat, lng", un enlace de mapa o comparte tu ubicación
cmd-set-location-place = Tu ciudad o zona (p. ej. "Malasaña, Madrid"), "lat, lng" o un enlace de mapa

cmd-set-name = El nombre que ven los demás
cmd-set-name-name = Tu nombre visible (hasta 40 caracteres)

cmd-set-radius = Hasta dónde te desplazas para entrenar, en km
cmd-set-radius-km = Radio de desplazamiento en km (1–200)

cmd-set-timezone = Confirma o cambia tu zona horaria (se deduce de tu zona)
cmd-set-timezone-zone = Una ciudad o un país (Nueva York, Madrid) o una zona IANA como Europe/Madrid

cmd-setup = Configura tu perfil deportivo paso a paso
cmd-setup-activities = ¿Qué entrenas? p. ej. "correr, yoga"
cmd-setup-level = Tu nivel: principiante, intermedio o avanzado
cmd-setup-level-beginner = Principiante
cmd-setup-level-intermediate = Intermedio
cmd-setup-level-advanced = Avanzado
cmd-setup-place = ¿Dónde entrenas? Ciudad o zona, "lat, lng", enlace de mapa, o comparte tu ubicación
cmd-setup-radius = ¿Hasta dónde te desplazas, en km? (1–200)
cmd-setup-availability = ¿Cuándo puedes entrenar? p. ej. "tardes entre semana, sáb por la mañana"
cmd-setup-bio = Unas palabras sobre cómo te gusta entrenar

cmd-stats = Tu calendario de entrenamiento, rachas, asistencia, compañeros y actividades top

cmd-unban = Levanta un veto en esta comunidad (moderadores)
cmd-unban-person = Quién: su nombre (un miembro o alguien de /reports) o su id

cmd-unblock = Desbloquea a alguien que bloqueaste
cmd-unblock-person = Quién: su nombre o su número en /buddies
cmd-calendar-feed = Una dirección de calendario privada con tus sesiones, siempre al día
cmd-calendar-feed-action = on (ver o crear tu dirección), reset (una nueva; la anterior deja de ir), off
cmd-calendar-feed-action-on = Activar
cmd-calendar-feed-action-reset = Restablecer
cmd-calendar-feed-action-off = Desactivar
cmd-language = El idioma en que Spotter te habla: en, de, es, ru o auto para seguir a tu app
cmd-language-language = Un idioma (de, Deutsch, german, ru, русский…) o "auto" para seguir a tu app
cmd-mod-settings-language = Idioma de lo que se publica en la comunidad; "auto" lo quita
cmd-mod-settings-language-en = English
cmd-mod-settings-language-de = Deutsch
cmd-mod-settings-language-es = Español
cmd-mod-settings-language-ru = Русский
cmd-mod-settings-language-auto = Automático

cmd-rounds = Rondas semanales de parejas: un compañero de entrenamiento cada semana
cmd-rounds-setup = Configura las rondas semanales de parejas: día, hora, actividad, activadas o no (moderadores)
cmd-rounds-setup-weekday = El día de la semana en que empiezan las rondas
cmd-rounds-setup-weekday-mon = Lunes
cmd-rounds-setup-weekday-tue = Martes
cmd-rounds-setup-weekday-wed = Miércoles
cmd-rounds-setup-weekday-thu = Jueves
cmd-rounds-setup-weekday-fri = Viernes
cmd-rounds-setup-weekday-sat = Sábado
cmd-rounds-setup-weekday-sun = Domingo
cmd-rounds-setup-hour = La hora en que empiezan las rondas, 0–23, según el reloj de la comunidad
cmd-rounds-setup-activity = Emparejar solo a quien hace esto, para ello (por defecto: cualquier actividad en común)
cmd-rounds-setup-state = on (por defecto) u off
cmd-rounds-setup-state-on = Activadas
cmd-rounds-setup-state-off = Desactivadas
cmd-rounds-setup-timezone = La zona horaria de la hora, p. ej. Europe/Madrid (por defecto: la tuya)
cmd-rounds-setup-clear = Volver a emparejar por cualquier actividad compartida
cmd-rounds-setup-clear-activity = La actividad
cmd-rounds-join = Participa en las rondas semanales de parejas de esta comunidad
cmd-rounds-leave = Deja de participar en las rondas de parejas de esta comunidad
cmd-rounds-skip = Sáltate solo la próxima ronda de parejas
cmd-rounds-status = Rondas de parejas aquí: horario, tu estado y, para moderadores, las cifras de cada ronda
cmd-met = Responder «¿entrenasteis juntos?»
cmd-met-question = Qué pregunta (de sus botones)
cmd-met-answer = yes, not-yet o no (no funcionó)
cmd-met-answer-yes = Sí
cmd-met-answer-not-yet = Todavía no
cmd-met-answer-no = No funcionó
cmd-plan = Busca hora con un compañero o alguien de /connect: las mejores horas en común de la semana
cmd-plan-person = Quién: su nombre o su número en tu última lista de /match o /buddies
cmd-plan-time = Propón tu propia hora, p. ej. «sábado 9:00» (opcional)
cmd-plan-offer = Ofrece a la otra persona las horas encontradas por /plan
cmd-plan-offer-person = Para quién son las horas
cmd-plan-offer-slots = Las horas ofrecidas
cmd-plan-offer-activity = La actividad
cmd-plan-propose = Propone tu propia hora para entrenar con alguien
cmd-plan-propose-person = Para quién es la hora
cmd-plan-propose-time = ¿Cuándo? p. ej. «sábado 9:00», «mañana 18:30»
cmd-plan-propose-activity = La actividad
cmd-plan-accept = Acepta una hora que alguien te ofreció con /plan
cmd-plan-accept-person = Quién la ofreció
cmd-plan-accept-slot = La hora elegida
cmd-plan-accept-offer = La oferta a la que pertenece la hora
cmd-plan-accept-activity = La actividad

cmd-attendance-toggle = Cambia a un participante entre «vino» y «no se presentó» en tu lista de asistencia
cmd-attendance-toggle-session = El id de la sesión
cmd-attendance-toggle-person = El id del participante
cmd-attendance-done = Confirma tu lista de asistencia tal como está
cmd-attendance-done-session = El id de la sesión
cmd-attendance-appeal = Pide a los moderadores que revisen tu pausa por ausencias
cmd-report-resolve-clear = Para una apelación de una pausa por ausencias: levantada, termina la pausa
