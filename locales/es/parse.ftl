# Lo que la gente escribe: disponibilidad, horas de inicio, duraciones, lugares. También se entienden las palabras en inglés.

parse-availability-example = «entre semana por la tarde, sáb por la mañana» o «lun/mié 6-8»
parse-time-unreadable = No puedo leer «{ $text }» como una hora. Usa horas como «6:00», «18:30» o «18-20».
parse-availability-bad-char = No entiendo «{ $char }» en tu disponibilidad. Prueba con { parse-availability-example }.
parse-availability-unknown = No entiendo «{ $word }» en tu disponibilidad. Prueba algo como { parse-availability-example }.
parse-availability-unknown-suggest = No entiendo «{ $word }» en tu disponibilidad. ¿Quisiste decir «{ $suggestion }»? Prueba algo como { parse-availability-example }.
parse-availability-empty = Dime cuándo sueles estar libre, p. ej. { parse-availability-example }. Envía «nada» para borrarlo.
parse-availability-too-long = Son { $length } caracteres; no pases de { $max }, p. ej. { parse-availability-example }.
parse-availability-nothing = No encontré días ni horas en «{ $text }». Prueba con { parse-availability-example }.
parse-availability-too-many = Eso da { $count } franjas horarias distintas; puedo guardar como máximo { $max }. Prueba con franjas más amplias, p. ej. «entre semana por la tarde».
parse-availability-before-midnight = «antes de medianoche» es cada noche; prueba con «por la noche» o «después de las 18».

parse-when-examples = «mañana a las 7», «sáb 9:30» o «2026-12-01 07:00»
parse-when-empty = Dime cuándo empieza, p. ej. { parse-when-examples }.
parse-when-too-long = Es demasiado largo para una hora de inicio; prueba algo como { parse-when-examples }.
parse-when-not-found = No encontré una fecha ni una hora en «{ $text }». Prueba con { parse-when-examples }.
parse-when-needs-time = A «{ $text }» le falta la hora, p. ej. «{ $found } 7:00» o «{ $found } 18:30».
parse-when-no-date = No pude sacar una fecha de «{ $text }». Prueba con { parse-when-examples }.
parse-when-not-real = «{ $text }» no es una fecha real. Prueba con { parse-when-examples }.
parse-when-passed = { $when } ya pasó. Elige una hora en el futuro, p. ej. «mañana a las 7».
parse-when-too-far = { $when } está a más de { $days } días; las sesiones se pueden planear con hasta { $days } días de antelación.

parse-duration-examples = p. ej. «45», «90 min», «1 h» o «1h30»
parse-duration-empty = Dime cuánto dura, { parse-duration-examples }.
parse-duration-unreadable = No pude leer «{ $text }» como una duración; { parse-duration-examples }.
parse-duration-out-of-range = Una sesión dura entre { $min } minutos y { $maxHours } horas; «{ $text }» son { $minutes } minutos. Prueba { parse-duration-examples }.

parse-location-examples = «Madrid», «Valencia, Venezuela», coordenadas como «40.42, -3.70» o un enlace de Google Maps
parse-coordinates-not-numbers = Las coordenadas deben ser números, p. ej. «52.52, 13.40» (primero la latitud, luego la longitud).
parse-latitude-out-of-range = La latitud debe estar entre -90 y 90, pero era { $value }. Envía primero la latitud y luego la longitud, p. ej. «52.52, 13.40».
parse-longitude-out-of-range = La longitud debe estar entre -180 y 180, pero era { $value }. Envía primero la latitud y luego la longitud, p. ej. «52.52, 13.40».
parse-location-empty = Dime una ciudad o zona, p. ej. { parse-location-examples }.
parse-link-too-long = Ese enlace es demasiado largo para leerlo. Envía coordenadas en su lugar, p. ej. «52.52, 13.40».
parse-location-too-long = Son { $length } caracteres; un lugar puede tener como máximo { $max }. Basta con la ciudad, p. ej. «Madrid» o «París, Francia».
parse-coordinates-malformed = No pude leer «{ $text }» como coordenadas. Envía latitud y longitud en decimales, p. ej. «52.52, 13.40» o «52.52 N, 13.40 E».
parse-link-unreadable = No pude leer ese enlace. Pega el enlace completo del mapa o envía coordenadas como «52.52, 13.40».
parse-link-short = Los enlaces cortos de mapas (como maps.app.goo.gl/…) no se pueden abrir aquí. Abre el enlace en tu navegador y pega la dirección completa de la barra de direcciones, o envía coordenadas como «52.52, 13.40».
parse-link-no-location = No encontré una ubicación en ese enlace. Pega un enlace de Google Maps, OpenStreetMap o Apple Maps que muestre un marcador, o envía coordenadas como «52.52, 13.40».
parse-link-no-place = No encontré una ubicación en ese enlace. Envía el nombre de la ciudad o coordenadas como «52.52, 13.40».
parse-place-unknown-qualifier = No conozco «{ $qualifier }» como país, estado o ciudad. Prueba con el nombre o el código de un país, p. ej. «{ $name }, Francia» o «{ $name }, ES».
parse-place-none-near = Conozco lugares llamados «{ $name }», pero ninguno en «{ $qualifier }» ni cerca. Revisa la ortografía o prueba solo «{ $name }».
parse-place-unknown = No encontré ningún lugar llamado «{ $name }». Revisa la ortografía o añade el país, p. ej. «París, Francia», o envía coordenadas como «52.52, 13.40».

# Por qué encajan dos semanas: la parte del día en la que cae la mayor parte del tiempo compartido.
parse-overlap-none = aún no hay horarios en común
parse-overlap-minutes = { $minutes } min a la semana en común
parse-overlap-hours = { $hours } h a la semana en común
parse-overlap-morning = { $count ->
        [one] { $count } mañana en común
       *[other] { $count } mañanas en común
    }
parse-overlap-afternoon = { $count ->
        [one] { $count } tarde en común
       *[other] { $count } tardes en común
    }
parse-overlap-evening = { $count ->
        [one] { $count } noche en común
       *[other] { $count } noches en común
    }
parse-overlap-night = { $count ->
        [one] { $count } madrugada en común
       *[other] { $count } madrugadas en común
    }

# Una disponibilidad semanal en palabras: «entre semana por la tarde, sáb por la mañana», «lun/mié 6–8».
parse-describe-not-set = sin indicar
parse-describe-comma = { $a }, { $b }
parse-describe-and = { $a } y { $b }
parse-describe-slash = { $a }/{ $b }
parse-describe-run = { $from }–{ $to }
parse-describe-every = todos los días { $parts }
parse-describe-weekday = entre semana { $parts }
parse-describe-weekend = los fines de semana { $parts }
parse-describe-days = { $days } { $parts }
parse-describe-every-all-day = todos los días
parse-describe-weekday-all-day = entre semana
parse-describe-weekend-all-day = los fines de semana
parse-describe-days-all-day = { $days } todo el día
parse-describe-every-ranges = a diario { $ranges }
parse-describe-weekday-ranges = entre semana { $ranges }
parse-describe-weekend-ranges = los fines de semana { $ranges }
parse-describe-days-ranges = { $days } { $ranges }
parse-weekday-short-1 = lun
parse-weekday-short-2 = mar
parse-weekday-short-3 = mié
parse-weekday-short-4 = jue
parse-weekday-short-5 = vie
parse-weekday-short-6 = sáb
parse-weekday-short-7 = dom
parse-part-early-morning-one = a primera hora
parse-part-early-morning-many = a primera hora
parse-part-morning-one = por la mañana
parse-part-morning-many = por la mañana
parse-part-late-morning-one = a media mañana
parse-part-late-morning-many = a media mañana
parse-part-lunchtime-one = a mediodía
parse-part-lunchtime-many = a mediodía
parse-part-afternoon-one = por la tarde
parse-part-afternoon-many = por la tarde
parse-part-evening-one = por la noche
parse-part-evening-many = por la noche
parse-part-night-one = a última hora de la noche
parse-part-night-many = a última hora de la noche
parse-availability-negative = «{ $text }» sería una hora negativa. Escribe horas del día de 0 a 24, como { parse-availability-example }.
parse-availability-numbers-only = «{ $text }» tiene horas pero no días. Di también qué días o en qué momento del día, como { parse-availability-example }.
