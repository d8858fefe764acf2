# /help y la bienvenida.

help-welcome-title = Te damos la bienvenida a Spotter
help-welcome-text =
    Spotter encuentra gente cerca de ti que entrena como tú, y sesiones de entrenamiento a las que puedes unirte.
    Empieza por tu perfil y luego conoce compañeros o elige una sesión. /help muestra los comandos.
help-button-setup = Crear mi perfil
help-button-sessions = Sesiones cercanas
help-no-such-command = No existe /{ $command }. Prueba /help para ver la lista.
help-title = Spotter — encuentra compañeros de entrenamiento cerca
help-intro = Crea tu perfil con /setup, luego usa /match para conocer gente que entrena como tú, o /sessions para unirte a un entrenamiento cercano. /help <command> explica un comando.
help-intro-private =
    Crea tu perfil con /setup, luego usa /match para conocer gente que entrena como tú, o /sessions para unirte a un entrenamiento cercano. /help <command> explica un comando.

    Los comandos propios de una comunidad (sus lugares de encuentro y la moderación para sus moderadores) aparecen cuando preguntas dentro de ella.
help-section-profile = Perfil
help-section-buddies = Compañeros
help-section-sessions = Sesiones
help-section-moderators = Moderación
help-section-more = Más
help-options = Opciones (escríbelas como nombre: valor):
help-options-positional = Opciones (escríbelas como nombre: valor, o en este orden: { $positional }):
help-option-optional = { $option } (opcional)
