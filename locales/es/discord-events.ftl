## Sesiones como eventos propios de la comunidad (la pestaña Eventos de Discord)

event-description-lead = { $activity } con { $host }
event-description-level = Nivel: { $levels }
event-description-seats = Plazas: { $seats }
event-description-how = Para pedir una plaza, pulsa «Me interesa»: Spotter te enviará un botón «Pedir unirme». O usa el que hay bajo el anuncio.
event-interest-lead = Te interesa esta sesión en { $community }. Pide una plaza a quien la organiza:
event-permission-missing-title = Spotter no puede crear eventos en { $community }
event-permission-missing-text = Las sesiones se siguen anunciando, pero no aparecen en la pestaña Eventos del servidor: a Spotter le falta el permiso «Crear eventos» (o «Gestionar eventos»). Para concederlo: Ajustes del servidor → Roles → el rol de Spotter → Permisos → Crear eventos, y guarda. Para desactivar los eventos: /mod-settings events: off.

mod-settings-events = Eventos del servidor
mod-settings-events-on = activados
mod-settings-events-off = desactivados
cmd-mod-settings-events = Si las sesiones anunciadas aparecen también como eventos del servidor
cmd-mod-settings-events-on = Activados
cmd-mod-settings-events-off = Desactivados
