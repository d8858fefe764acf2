# Der Dispatcher: was jeder Befehl antworten kann, bevor er läuft.

error-internal = Entschuldige, bei uns ist etwas schiefgegangen. Es wurde protokolliert; versuch es gleich noch einmal.
error-unknown-command = /{ $command } kenne ich nicht. Probier /help.
error-button-expired = Diese Schaltfläche ist abgelaufen. Führ den Befehl noch einmal aus, um eine neue zu bekommen.
error-button-not-yours = Diese Schaltfläche ist nicht für dich.
error-button-dead = Diese Schaltfläche bewirkt nichts mehr.
error-needs-community = /{ $command } funktioniert nur in einer Community: Führ ihn auf deinem Server oder in deiner Gruppe aus.
error-owners-only = Nur die Betreiber dieser Spotter-Instanz können /{ $command } verwenden.
error-moderators-only = Nur Moderatoren dieser Community können /{ $command } verwenden.
error-profile-unfinished = Vervollständige zuerst dein Profil mit /setup: Ich brauche deine Gegend, deine Sportarten und dein Niveau.
notices-while-away = Während du weg warst ({ $count })

# Text außerhalb einer Frage, im privaten Chat.
freetext-match = Du suchst jemanden zum Trainieren? Ich zeige dir die Leute in deiner Nähe, die am besten passen.
freetext-sessions = Du suchst ein Training zum Mitmachen? Hier ist, was in deiner Nähe ansteht.
freetext-stop-alerts = Weniger Nachrichten? Damit schaltest du die Match-Hinweise aus; /notifications ändert den Rest.
freetext-cancel = Es ist keine Frage offen, die du abbrechen könntest. Deine Trainings und Anfragen findest du unter /my-sessions.
freetext-help = Das kann ich, Befehl für Befehl.
freetext-setup = Lass uns dein Profil einrichten: ein paar kurze Fragen.
freetext-hint = Das habe ich nicht verstanden. Falls du gerade eine Frage beantwortet hast: Sie ist abgelaufen, fang unten neu an. Oder wähle einen ersten Schritt:
freetext-button-match = Partner finden
freetext-button-sessions = Trainings in der Nähe
freetext-button-stop-alerts = Hinweise ausschalten
freetext-button-my-sessions = Meine Trainings
freetext-button-help = Hilfe
freetext-button-setup = Profil einrichten
