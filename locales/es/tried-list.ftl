# A confirmation's button pressed a second time (a double click, or after its Cancel).
error-button-used = Ya está hecho: esta pregunta ya tiene respuesta y sus botones solo funcionan una vez.
