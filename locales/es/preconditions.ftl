# Las respuestas de las condiciones previas que declara un comando, antes de ejecutarlo.

error-private-only = /{ $command } funciona en un chat privado conmigo, donde nadie más lo lee: abre uno y ejecútalo allí.
error-host-only = Solo quien organiza **{ $title }** puede usar /{ $command } con ella.
help-section-rounds = Rondas de parejas
