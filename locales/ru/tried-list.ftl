# A confirmation's button pressed a second time (a double click, or after its Cancel).
error-button-used = Уже сделано: на этот вопрос уже ответили, его кнопки срабатывают только один раз.
