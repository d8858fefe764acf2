# A confirmation's button pressed a second time (a double click, or after its Cancel).
error-button-used = Already done: this question was answered, and its buttons work only once.
