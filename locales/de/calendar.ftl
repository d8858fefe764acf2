# Kalenderdateien (.ics): was darin steht, und die Antwort, die sie bringt.

ics-calendar-name = Meine Spotter-Sessions
ics-open-one = Öffne die Datei, um die Session in deinen Kalender einzutragen.
ics-open-all = Öffne die Datei, um deine kommenden Sessions in deinen Kalender einzutragen.
