# A confirmation's button pressed a second time (a double click, or after its Cancel).
error-button-used = Schon erledigt: Diese Frage ist beantwortet, ihre Knöpfe wirken nur einmal.

## /session-edit to a place far away: the same question as /session-create asks.
session-edit-far-community = **{ $place }** ist etwa { NUMBER($km) } km von **{ $from }** entfernt, wo sich diese Community trifft. Die Session trotzdem dorthin verlegen?
session-edit-far-members = **{ $place }** ist weit weg von dort, wo die Mitglieder dieser Community trainieren. Die Session trotzdem dorthin verlegen?
session-edit-far-home = **{ $place }** ist etwa { NUMBER($km) } km von deinem Gebiet ({ $from }) entfernt, weiter als die { NUMBER($radius) } km, die du fährst. Die Session trotzdem dorthin verlegen?
session-edit-far-move = Dorthin verlegen
session-edit-far-cancelled = Nicht geändert: Die Session bleibt, wie sie war, und niemand wurde benachrichtigt.

## The hidden answer of the question above: the menu words of its options.
cmd-session-edit-far = Verlegt eine Session an einen weit entfernten Ort, sobald ihr Host zugestimmt hat
cmd-session-edit-far-go = Dorthin verlegen (ja) oder lassen (nein)
cmd-session-edit-far-session = Die ID der Session
cmd-session-edit-far-confirm = Der Verlegen-Button, den das Abbrechen zurückzieht
cmd-session-edit-far-when = Neuer Beginn, in deiner Zeit: "Sa 10 Uhr"
cmd-session-edit-far-place = Neuer Treffpunkt
cmd-session-edit-far-capacity = Neue Anzahl Plätze, 1 bis 50
cmd-session-edit-far-duration = Neue Dauer: "45 min", "1h30"
cmd-session-edit-far-title = Neuer Titel
cmd-session-edit-far-notes = Neue Hinweise für Teilnehmende (bis 500 Zeichen)
cmd-session-edit-far-levels = Neue Niveaus: Alle Niveaus, Anfänger, Fortgeschritten bis Profi…
cmd-session-edit-far-weekly = Jede Woche wiederholen
