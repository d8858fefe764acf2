# Archivos de calendario (.ics): lo que llevan dentro y la respuesta que los entrega.

ics-invalid-session = La sesión «{ $title }» no tiene una hora de inicio o una duración válidas, así que no puede ir en un archivo de calendario.
ics-build-failed = No pude crear el archivo de calendario: { $problem }.
ics-all-levels = todos los niveles
ics-level-range = { $min }–{ $max }
ics-description = { $activity } · { $levels } · organiza { $host }
ics-calendar-name = Mis sesiones de Spotter
ics-open-one = Abre el archivo para añadir la sesión a tu calendario.
ics-open-all = Abre el archivo para añadir tus próximas sesiones a tu calendario.
