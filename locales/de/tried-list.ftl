# A confirmation's button pressed a second time (a double click, or after its Cancel).
error-button-used = Schon erledigt: Diese Frage ist beantwortet, ihre Knöpfe wirken nur einmal.
