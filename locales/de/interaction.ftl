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
