# The level ranges a session suits: menu choices, guided-flow buttons and what people type.
level-range-all = Todos los niveles
level-range-beginner = Principiante
level-range-intermediate = Intermedio
level-range-advanced = Avanzado
level-range-beginner-intermediate = De principiante a intermedio
level-range-intermediate-advanced = De intermedio a avanzado
