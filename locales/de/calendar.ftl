# Kalenderdateien (.ics): was darin steht, und die Antwort, die sie bringt.

ics-invalid-session = Die Session „{ $title }“ hat keine gültige Startzeit oder Dauer und kann deshalb nicht in eine Kalenderdatei.
ics-build-failed = Ich konnte die Kalenderdatei nicht erstellen: { $problem }.
ics-all-levels = alle Levels
ics-level-range = { $min }–{ $max }
ics-description = { $activity } · { $levels } · veranstaltet von { $host }
ics-calendar-name = Meine Spotter-Sessions
ics-open-one = Öffne die Datei, um die Session in deinen Kalender einzutragen.
ics-open-all = Öffne die Datei, um deine kommenden Sessions in deinen Kalender einzutragen.
