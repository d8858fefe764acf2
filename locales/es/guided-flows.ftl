## Flujos guiados: cada respuesta se guarda al darla, se ofrecen opciones y se confirman los lugares lejanos (issue #12, puntos 5 y 6).

guided-other = En otro sitio
guided-choose = Elige uno
guided-keeps = Si omites, queda: { $value }
guided-keeps-seats = { $count ->
    [one] { $count } plaza
   *[other] { $count } plazas
}
guided-keeps-levels = todos los niveles
guided-keeps-minutes = { $minutes } minutos
guided-keeps-one-off = una sola vez
guided-place-other-ask = ¿Qué lugar? Escribe su nombre o dirección, «lat, lng» o un enlace de mapa, o comparte una ubicación.
guided-setup-welcome-back = Bienvenido de nuevo: { $done } de { $total } hechos. Esto es lo que falta.
guided-setup-complete = Tu perfil está completo. ¿Qué quieres cambiar?
guided-setup-change-activities = Actividades
guided-setup-change-level = Nivel
guided-setup-change-place = Zona
guided-setup-change-radius = Radio
guided-setup-change-availability = Disponibilidad
guided-setup-change-bio = Bio
guided-setup-place-ambiguous = Hay varios lugares llamados «{ $place }». ¿Cuál es el tuyo?
guided-far-community = **{ $place }** está a unos { NUMBER($km) } km de **{ $from }**, donde se reúne esta comunidad. ¿Crearla allí de todos modos?
guided-far-members = **{ $place }** está lejos de donde entrenan los miembros de esta comunidad. ¿Crearla allí de todos modos?
guided-far-home = **{ $place }** está a unos { NUMBER($km) } km de tu zona ({ $from }), más lejos de los { NUMBER($radius) } km que recorres. ¿Crearla allí de todos modos?
guided-far-create = Crear allí
guided-far-cancelled = No se ha creado: no se guardó nada.
flow-label-the-answer = La respuesta
cmd-session-create-far = Crea una sesión en un lugar lejano, una vez que su anfitrión dijo que sí
cmd-session-create-far-go = Crearla allí (sí) o no crearla (no)
cmd-session-create-far-confirm = El botón Crear que retira la cancelación
cmd-session-create-far-activity = Qué harás, p. ej. correr, yoga, escalada
cmd-session-create-far-when = Cuándo empieza, en tu hora: "mañana 7:00", "sáb 9:30"
cmd-session-create-far-place = Dónde quedar: un punto de encuentro de esta comunidad o cualquier zona
cmd-session-create-far-capacity = Plazas para otros, de 1 a 50 (por defecto 4)
cmd-session-create-far-levels = Para quién: Todos los niveles, Principiante, De intermedio a avanzado… (por defecto: todos)
cmd-session-create-far-duration = Cuánto dura: "45 min", "1h30" (por defecto 1 h)
cmd-session-create-far-title = Un título corto (por defecto: la actividad)
cmd-session-create-far-notes = Notas: ritmo, qué llevar (hasta 500 caracteres)
cmd-session-create-far-weekly = Repetirla cada semana a la misma hora
