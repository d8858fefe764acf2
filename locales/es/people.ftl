# Perfiles: /setup, /profile, los comandos set-*, /notifications, /language, /link, /export, /delete-me.

profile-title-yours = Tu perfil: { $name }
profile-title-saved = Perfil guardado: { $name }
profile-title-so-far = Guardado hasta ahora: { $name }
profile-title-notifications = Notificaciones: { $name }
profile-field-activities = Actividades
profile-field-level = Nivel
profile-field-area = Zona
profile-field-zone = Zona horaria
profile-field-available = Disponible
profile-field-status = Estado
profile-field-notifications = Notificaciones
profile-field-record = Historial
profile-field-about = Sobre ti
profile-not-set = sin definir
profile-area = { $area } · a menos de { $km } km
profile-status-active = activo
profile-status-paused = en pausa (oculto en las coincidencias)
profile-alerts = avisos de coincidencias { $state ->
        [on] activados
       *[off] desactivados
    }
profile-quiet = silencio { $start }–{ $end }
profile-reminders = recordatorios { $times }
profile-reminders-default = recordatorios predeterminados
profile-reminders-off = recordatorios desactivados
profile-digest = resumen semanal { $state ->
        [on] activado
       *[off] desactivado
    }
profile-lead-days = { $count } d
profile-lead-hours = { $count } h
profile-lead-minutes = { $count } min
profile-record = { $attended } asistencias · racha { $streak } (mejor { $best }) · fiabilidad { $reliability } %
profile-missing = Para recibir coincidencias, añade { $missing } — o ejecuta /setup.
profile-missing-area = tu zona (/set-location)
profile-missing-activities = actividades (/set-activities)
profile-missing-level = tu nivel (/set-level)
profile-paused-hint = Tu perfil está en pausa: nadie te ve en las coincidencias. Ejecuta /resume para volver a aparecer.
profile-ready = Listo para buscar: prueba /match.
profile-button-match = Buscar compañeros
profile-button-sessions = Ver sesiones
profile-button-pause = Pausar
profile-button-resume = Reanudar
profile-button-edit = Editar con /setup
profile-button-export = Exportar mis datos
profile-choose-area = Elige tu zona
profile-place-ambiguous = Hay varios lugares llamados «{ $place }». ¿Cuál es?
profile-area-set = Tu zona ahora es **{ $area }** (coincidencias a menos de { $km } km). Los demás solo ven el nombre de la zona.
profile-area-set-zone = Tu zona ahora es **{ $area }** (coincidencias a menos de { $km } km). Los demás solo ven el nombre de la zona. Tu zona horaria ahora es { $zone }; cámbiala con /set-timezone si no es correcta.
profile-name-set = Aparecerás como { $name }
profile-name-platform = Un nombre necesita al menos una letra, así que aparecerás con tu nombre de { $platform ->
        [discord] Discord
        [telegram] Telegram
       *[other] la terminal
    }, { $name } Vuelve a probar /set-name con letras.
profile-bio-saved = Biografía guardada.
profile-level-set = Nivel: **{ $level }**.
profile-radius-set = Te emparejaremos con personas y sesiones a menos de **{ $km } km** cuyo propio radio también te alcance.
profile-zone-set = Zona horaria: **{ $zone }**. Verás las horas en esta zona.
profile-zone-set-from = Zona horaria: **{ $zone }** (por { $place }). Verás las horas en esta zona.
profile-activities-set = Actividades: **{ $activities }**.
profile-availability-set = Disponible **{ $when }** ({ $zone }). Las coincidencias comparan esto con otras personas, también entre zonas horarias.
profile-availability-cleared = Disponibilidad borrada.
profile-paused = En pausa: no aparecerás en las coincidencias ni recibirás avisos. Usa /resume cuando vuelvas.
profile-resumed = Hola de nuevo: vuelves a aparecer en las coincidencias.
profile-export-text = Aquí tienes todo lo que Spotter guarda sobre ti.
profile-gps-invalid = La ubicación compartida no es un punto válido de la Tierra.
profile-timezone-unknown = «{ $zone }» no es un lugar ni una zona horaria que conozca. Escribe una ciudad como Nueva York o Madrid, o un nombre IANA como Europe/Madrid.
profile-timezone-ambiguous = «{ $text }» abarca varias zonas horarias: { $zones }. Escribe la ciudad o uno de estos nombres.

setup-place-failed = { $problem } Defínela con /set-location.
setup-place-ambiguous = Todo lo demás está guardado. Hay varios lugares llamados «{ $place }»: ¿cuál es el tuyo?

prefs-saved = Guardado.
prefs-hint = Cámbialo por ejemplo con /notifications alerts: desactivado quiet: 22-7
prefs-quiet-invalid = Las horas de silencio se escriben como «22-7» o «22:30-06:30» (reloj de 24 horas), o «desactivado»; «{ $text }» no lo es.
prefs-lead-invalid = Los recordatorios se escriben como «24h,1h» o «30m» (de 5 minutos a 7 días), «predeterminado» o «desactivado»; «{ $text }» no lo es.
prefs-lead-too-many = Como máximo { $max } recordatorios.

lang-title = Idioma
lang-current = En uso: { $why }
    Elige uno abajo o escribe /language con un idioma (de, Deutsch, русский…). /language auto vuelve a seguir a tu app.
lang-why-chosen = { $language }, tu elección.
lang-why-platform = { $language }, según tu { $platform ->
        [discord] app de Discord
        [telegram] app de Telegram
       *[other] terminal
    }.
lang-why-community = { $language }, el idioma predeterminado de esta comunidad.
lang-why-default = { $language }: todavía no has elegido idioma y tu app no indica uno que Spotter hable.
lang-button-auto = Seguir a mi app
lang-set = Hecho: a partir de ahora Spotter te habla en { $language }.
lang-auto = Hecho: Spotter vuelve a seguir el idioma de tu app. En uso: { $why }
lang-unknown = Spotter no habla «{ $text }». Elige uno de estos: { $known }, o auto para seguir a tu app.

link-title = Vincular otra cuenta
link-code-made = En tu otra plataforma, envía **/link { $code }** al bot de Spotter en menos de { $minutes } minutos. Esa cuenta usará entonces este perfil (su propio perfil de Spotter, si lo tiene, se reemplaza).
link-done = Vinculada: esta cuenta ahora usa el perfil de **{ $name }**, con sus coincidencias, compañeros y sesiones.
link-code-shape = Un código de vinculación tiene 6 letras y cifras, como K7Q2MX.
link-code-own = Escribe este código en tu otra plataforma, no aquí.
link-profile-gone = El perfil que creó este código ya no existe.
link-platform-taken = Ese perfil ya tiene vinculada una { $platform }.
link-platform-discord = cuenta de Discord
link-platform-telegram = cuenta de Telegram
link-platform-console = cuenta de terminal

delete-button-yes = Sí, borrar todo
delete-ask-title = ¿Borrar todo?
delete-ask-text = Esto elimina al instante tu perfil, tus compañeros, mensajes y solicitudes, y cancela las sesiones que organizas (se avisa a todos sus participantes). Tu nombre se quita de los registros de moderación y se borra el texto de las denuncias que hiciste. Un baneo de una comunidad sigue vigente: se aplica a tus cuentas. No se puede deshacer.
delete-done = Hecho: todo lo tuyo está borrado{ $cancelled ->
        [0] {""}
        [one] {" "}y la sesión que organizabas se ha cancelado
       *[other] {" "}y las { $cancelled } sesiones que organizabas se han cancelado
    }.{ $told ->
        [0] {""}
        [one] {" "}Se avisó a { $told } persona.
       *[other] {" "}Se avisó a { $told } personas.
    } Vuelve cuando quieras.
delete-cancelled = Cancelado: no se ha borrado nada. Tu perfil sigue igual.
delete-notice-cancelled-title = Sesión cancelada
delete-notice-cancelled-text = **{ $title }** del { $when } se ha cancelado: quien la organizaba dejó Spotter.
delete-notice-seat-title = ¡Estás dentro!
delete-notice-seat-text = Se ha liberado una plaza en **{ $title }** y es tuya.
