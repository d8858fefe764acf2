# The level ranges a session suits: menu choices, guided-flow buttons and what people type.
level-range-all = Alle Niveaus
level-range-beginner = Anfänger
level-range-intermediate = Fortgeschritten
level-range-advanced = Profi
level-range-beginner-intermediate = Anfänger bis Fortgeschritten
level-range-intermediate-advanced = Fortgeschritten bis Profi
