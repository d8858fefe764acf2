# Moderación: ajustes, denuncias, expulsiones, registro y lo que se comunica a los afectados.

mod-this-community = esta comunidad
mod-error-forbidden = Solo los moderadores de esta comunidad pueden hacer eso.
mod-error-needs-community = Ejecuta esto dentro de tu comunidad (servidor o grupo).
mod-error-unknown-community = Spotter no conoce esta comunidad.
mod-error-bad-announce-channel = El canal de anuncios debe ser un id (como 123456789012345678), una mención de él o "ninguno".
mod-error-bad-moderator-role = El rol de moderador debe ser un id (como 123456789012345678), una mención de él o "ninguno".
mod-error-bad-radius = El radio predeterminado debe ser un número entero de 1 a 200 km.
mod-error-nothing-to-change = Nada que cambiar: indica announce-channel, moderator-role, radius o language.
mod-error-place-name-empty = El nombre del lugar no puede estar vacío.
mod-error-place-name-too-long = El nombre del lugar es demasiado largo: no pases de { $max } caracteres.
mod-error-place-name-coordinates = Pon al lugar un nombre que la gente reconozca, como "Entrada principal del Retiro": los nombres los ve todo el mundo, así que nada de coordenadas.
mod-error-place-exists = Ya hay un lugar llamado "{ $name }". Quítalo primero con /place-remove para moverlo.
mod-error-places-full = Esta comunidad ya tiene { $max } lugares, el máximo permitido. Quita uno primero con /place-remove.
mod-error-no-such-place = No hay ningún lugar llamado "{ $name }". /places los muestra.

mod-settings-title = Ajustes de la comunidad: { $community }
mod-settings-saved-title = Guardado: { $community }
mod-settings-help = Cámbialos con /mod-settings announce-channel: … moderator-role: … radius: … language: … events: on|off ("ninguno" borra un canal o un rol, "auto" el idioma; "events: off" deja las sesiones fuera de la pestaña Eventos del servidor).
mod-settings-announce-channel = Canal de anuncios
mod-settings-announce-channel-none = ninguno (la propia comunidad)
mod-settings-moderator-role = Rol de moderador
mod-settings-moderator-role-none = ninguno (solo administradores)
mod-settings-radius = Radio predeterminado
mod-settings-radius-value = { $km } km
mod-settings-places = Puntos de encuentro
mod-settings-language = Idioma
mod-settings-language-none = automático (el de cada lector; inglés en la comunidad)

mod-audit-empty = Todavía no hay acciones de moderación en **{ $community }**.
mod-audit-title = Registro: { $community } (lo más reciente primero)
mod-audit-line = { $when } · **{ $actor }** { $action }{ $target }
mod-audit-line-detail = { $when } · **{ $actor }** { $action }{ $target } — { $detail }
mod-audit-action-settings-update = cambió los ajustes
mod-audit-action-place-add = añadió un lugar
mod-audit-action-place-remove = quitó un lugar
mod-audit-action-report-resolve = resolvió una denuncia
mod-audit-action-session-remove = quitó una sesión
mod-audit-action-member-ban = expulsó a
mod-audit-action-member-unban = readmitió a


report-error-reason-empty = El motivo no puede estar vacío.
report-error-reason-too-long = El motivo es demasiado largo: no pases de { $max } caracteres.
report-error-self = No puedes denunciarte a ti mismo.
report-error-person-not-found = No encuentro a esa persona.
report-error-session-not-found = No encuentro esa sesión. Usa su número de /sessions o su id.
report-error-message-not-found = No encuentro ese mensaje. Solo se pueden denunciar mensajes enviados a ti, durante { $days } días.
report-error-no-community = No sé a qué moderadores avisar: ejecuta /report dentro de tu servidor o grupo.
report-error-already-reported = Ya lo denunciaste; los moderadores lo revisarán.
report-error-report-not-found = No encuentro esa denuncia. Los moderadores ven las abiertas con /reports en su comunidad.
report-error-note-empty = La nota de resolución no puede estar vacía.
report-error-not-found-here = No encuentro esa denuncia aquí. /reports muestra las abiertas.
report-error-already-resolved = Esa denuncia ya está resuelta.
report-error-session-not-here = No encuentro esa sesión en esta comunidad.
report-error-not-in-list = No encuentro esa denuncia. Usa su número de tu última lista de /reports.
report-error-say-what = Di qué denuncias: person: <número>, session: <número>, o usa el botón Denunciar bajo un mensaje.
report-error-one-at-a-time = Denuncia una cosa cada vez: una persona, una sesión o un mensaje.
report-error-session-not-in-list = No encuentro esa sesión. Usa su número de tu última lista de /sessions, o su id.
report-error-message-use-button = No encuentro ese mensaje. Usa el botón Denunciar que tiene debajo.
report-filed = Gracias: tu denuncia ha llegado en privado a los moderadores de la comunidad. No se ha publicado nada y la persona no sabrá quién la denunció. Si no te sientes seguro, también puedes bloquearla con /block.
report-resolved = Denuncia resuelta. Se ha avisado a quien la presentó de que se revisó.

report-someone-who-left = alguien que se fue
report-who = **{ $name }** (id { $id })
report-subject-person = Persona: { $who }
report-subject-message = Mensaje de { $who }: «{ $excerpt }»
report-subject-session = Sesión: **{ $title }** (id { $id }, { $when }, { $status }) organizada por { $host }
report-subject-session-gone = Sesión { $id } (ya no existe)
report-session-status-open = abierta
report-session-status-full = completa
report-session-status-cancelled = cancelada
report-session-status-completed = terminada

report-arrived-title = Nueva denuncia en { $community }
report-arrived-text = { $reporter } denunció { $when }.
report-field-about = Sobre
report-field-reason = Motivo
report-button-open = Abrir denuncia
report-reviewed-text = Un moderador de **{ $community }** ha revisado tu denuncia. Gracias por ayudar a mantenerla segura.
report-open-title = Denuncia en { $community }
report-open-open = Abierta. En { $community }, /reports la muestra con un botón Resolver; /ban person: <id> reason: … expulsa.
report-open-resolved = Ya resuelta { $when }: { $resolution }
report-field-reported = Denunciada { $when } por { $reporter }

report-list-empty = No hay denuncias abiertas. 🎉
report-list-entry = #{ $number } · denunciada { $when } por { $reporter }
report-list-reason = Motivo: { $reason }
report-list-title = Denuncias abiertas ({ $count }, las más antiguas primero)
report-list-help = Resuelve una con su botón o con /report-resolve report: 1 note: …; expulsa con /ban person: <id> reason: …
report-button-resolve = Resolver #{ $number }

ban-error-banned-from = Te han expulsado de **{ $community }**, así que ya no puedes participar allí: sus sesiones, coincidencias, solicitudes de compañero y mensajes están cerrados para ti.
ban-error-banned-here = Te han expulsado de esta comunidad, así que ya no puedes participar allí: sus sesiones, coincidencias, solicitudes de compañero y mensajes están cerrados para ti.
ban-error-self = No puedes expulsarte a ti mismo.
ban-error-owner = Esa persona gestiona este despliegue de Spotter y no se la puede expulsar.
ban-error-not-banned = { $name } no está expulsado aquí.
ban-notice-title = Ya no puedes participar aquí
ban-notice-text = Te han expulsado de **{ $community }** en Spotter: sus sesiones, coincidencias, solicitudes de compañero y mensajes están cerrados para ti. Tus próximas sesiones allí se cancelaron y tus plazas y solicitudes para unirte allí se retiraron. Las demás comunidades no se ven afectadas.
ban-done = Expulsado **{ $name }** (id { $id }). Ya no puede aparecer en coincidencias, conectar, escribir ni publicar aquí, ni siquiera con un perfil nuevo en las mismas cuentas.
ban-done-updated = Actualizada la expulsión de **{ $name }** (id { $id }). Ya no puede aparecer en coincidencias, conectar, escribir ni publicar aquí, ni siquiera con un perfil nuevo en las mismas cuentas.
ban-done-also = Además: { $effects }.
ban-done-told = Se le avisó en privado, sin tu nombre.
ban-effect-cancelled = { $count ->
    [one] se canceló { $count } sesión que organizaba
   *[other] se cancelaron { $count } sesiones que organizaba
} (participantes avisados)
ban-effect-left = { $count ->
    [one] se liberó { $count } plaza o puesto en lista de espera
   *[other] se liberaron { $count } plazas y puestos en lista de espera
}
ban-effect-withdrawn = { $count ->
    [one] se retiró { $count } solicitud para unirse
   *[other] se retiraron { $count } solicitudes para unirse
}
ban-button-undo = Deshacer (readmitir)
ban-lifted = Se levantó la expulsión de **{ $name }**{ $dot ->
    [no] {""}
   *[yes] .
}
