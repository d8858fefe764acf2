# Archivos de calendario (.ics): lo que llevan dentro y la respuesta que los entrega.

ics-calendar-name = Mis sesiones de Spotter
ics-open-one = Abre el archivo para añadir la sesión a tu calendario.
ics-open-all = Abre el archivo para añadir tus próximas sesiones a tu calendario.
