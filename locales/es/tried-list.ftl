# A confirmation's button pressed a second time (a double click, or after its Cancel).
error-button-used = Ya está hecho: esta pregunta ya tiene respuesta y sus botones solo funcionan una vez.

## /session-edit to a place far away: the same question as /session-create asks.
session-edit-far-community = **{ $place }** está a unos { NUMBER($km) } km de **{ $from }**, donde se reúne esta comunidad. ¿Trasladar la sesión allí de todos modos?
session-edit-far-members = **{ $place }** está lejos de donde entrenan los miembros de esta comunidad. ¿Trasladar la sesión allí de todos modos?
session-edit-far-home = **{ $place }** está a unos { NUMBER($km) } km de tu zona ({ $from }), más lejos de los { NUMBER($radius) } km que recorres. ¿Trasladar la sesión allí de todos modos?
session-edit-far-move = Trasladar allí
session-edit-far-cancelled = Sin cambios: la sesión sigue como estaba y no se avisó a nadie.

## The hidden answer of the question above: the menu words of its options.
cmd-session-edit-far = Traslada una sesión a un lugar lejano, una vez que su anfitrión dijo que sí
cmd-session-edit-far-go = Trasladarla allí (sí) o dejarla (no)
cmd-session-edit-far-session = El id de la sesión
cmd-session-edit-far-confirm = El botón Trasladar que retira la cancelación
cmd-session-edit-far-when = Nuevo inicio, en tu hora: "sáb 10:00"
cmd-session-edit-far-place = Nuevo punto de encuentro
cmd-session-edit-far-capacity = Nuevo número de plazas, de 1 a 50
cmd-session-edit-far-duration = Nueva duración: "45 min", "1h30"
cmd-session-edit-far-title = Nuevo título
cmd-session-edit-far-notes = Nuevas notas para los participantes (hasta 500 caracteres)
cmd-session-edit-far-levels = Nuevo rango de niveles: Todos los niveles, Principiante, De intermedio a avanzado…
cmd-session-edit-far-weekly = Repetir cada semana
