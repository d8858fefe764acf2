# Personas por su nombre y números que se refieren a la lista de la que vienen (/msg Anna, /join 2 tras /sessions).

people-not-found = No conozco a nadie llamado «{ $text }» entre las personas con las que has tenido trato. Prueba con el comienzo de su nombre o con su número de /buddies o /match.
people-several = Hay { $count } personas que encajan con «{ $text }». ¿A quién te refieres?
people-several-placeholder = Elige a la persona
people-buddy-list-help = Usa un número o un nombre en los comandos: /msg { $example } nos vemos a las 7, /disconnect { $example }, /block { $example }, /unblock { $example }.

refs-unshown-matches = Tu última lista de coincidencias no tiene el número { $number }. Usa { $command } para ver los números de tus coincidencias.
refs-unshown-buddies = Tu última lista de compañeros no tiene el número { $number }. Usa { $command } para ver los números de tus compañeros.
refs-unshown-sessions = Tu última lista de sesiones cercanas no tiene el número { $number }. Usa { $command } para ver sus números.
refs-unshown-my-sessions = Tu última lista de tus propias sesiones no tiene el número { $number }. Usa { $command } para ver sus números.
refs-unshown-requests = Tu última lista de solicitudes no tiene el número { $number }. Usa { $command } para ver los números de las solicitudes que te esperan.
refs-unshown-places = La última lista de puntos de encuentro que viste no tiene el número { $number }. Usa { $command } para ver sus números.
refs-unshown-reports = Tu última lista de denuncias no tiene el número { $number }. Usa { $command } para ver los números de las denuncias abiertas.
