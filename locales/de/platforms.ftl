# Was die Plattform-Adapter selbst sagen: Discord, Telegram und das Terminal rund um die
# Antworten der Befehle (Formulare, Entschuldigungen, Tastaturen, Begrüßungen, Terminal-Hilfe).

## Discord

discord-apology = Sorry, bei uns ist beim Antworten etwas schiefgelaufen. Bitte versuch es gleich noch einmal.
discord-nothing-more = Hier gibt es nichts mehr zu tun.
discord-command-gone = Diesen Befehl gibt es nicht mehr. Probier /help.
discord-form-expired = Dieses Formular ist abgelaufen. Bitte führe den Befehl noch einmal aus.
discord-not-handled = Darum kümmert sich Spotter nicht.
discord-answer-button = Antworten
discord-answer-title = Deine Antwort

## Telegram

telegram-unreadable = Ich lese Befehle, getippte Antworten und geteilte Standorte. Schick /help, um zu sehen, was ich kann.
telegram-choices-expired = Diese Auswahl ist abgelaufen. Führe den Befehl noch einmal aus, um eine neue zu bekommen.
telegram-group-hello = 👋 Hallo { $group }! Ich bin <b>Spotter</b>: Ich finde Trainings-Buddys und Sessions in eurer Nähe.
telegram-group-steps = Öffne einen privaten Chat mit mir und schick /setup für dein Profil, dann /match, um Leute zu treffen, die wie du trainieren. Sessions für diese Gruppe werden hier angekündigt.
telegram-group-moderators = Die Admins der Gruppe sind hier die Spotter-Moderation. /help zeigt alles.
telegram-open-spotter = Spotter öffnen
telegram-start-first = { $name }, darauf antworte ich im privaten Chat, und dort haben wir noch nicht geschrieben. Tippe auf den Knopf, drücke <b>Starten</b> und führe den Befehl dann noch einmal aus.
telegram-got-it = Alles klar.
telegram-share-location = 📍 Meinen Standort teilen
telegram-share-location-placeholder = Oder tippe eine Stadt oder ein Gebiet
telegram-share-location-below = Oder tippe unten auf <b>{ $button }</b>.
telegram-more-fields = … und { $count } weitere

## Terminal

console-help-title = Spotter im Terminal: Du handelst offline als Leute vor Ort.
console-help-command-syntax = /befehl argumente
console-help-command = einen Befehl ausführen (/help listet sie), z. B. /set-location Berlin
console-help-press = einen nummerierten Knopf oder eine Auswahl drücken (die zuletzt gezeigten bleiben nutzbar, bis sie ablaufen)
console-help-any-text = anderer Text
console-help-answer = beantwortet die aktuelle Frage
console-help-as = zu NAME werden (beim ersten Mal angelegt); :who listet alle Leute
console-help-in = in einer Community handeln (:in - zum Verlassen); :mod schaltet Moderationsrechte um
console-help-in-more = (jede Person behält ihre eigenen; eine neue Person beginnt im privaten Chat)
console-help-quit = beenden
console-memory-only = ⚠ Daten liegen nur im Speicher und gehen VERLOREN, wenn Spotter stoppt ({ $reason }).
console-memory-only-fix = Um sie zu behalten, setze MONGODB_URI auf einen MongoDB-Server oder installiere mongod und starte neu.
console-notification-for = 📨 für { $name }:
console-announcement-in = 📣 in { $community }:
console-announcement-updated = 📣 (aktualisiert) { $text }
console-picture-saved = (Bild gespeichert als { $path }, { $width }×{ $height })
console-moderator-on = Moderationsrechte für { $name } an.
console-moderator-off = Moderationsrechte für { $name } aus.
console-now-in-community = Du bist jetzt { $name } in der Community "{ $community }".
console-now-in-community-new = Du bist jetzt { $name }, neu hier, in der Community "{ $community }".
console-now-moderating = Du bist jetzt { $name } in der Community "{ $community }" mit Moderationsrechten.
console-now-moderating-new = Du bist jetzt { $name }, neu hier, in der Community "{ $community }" mit Moderationsrechten.
console-now-private = Du bist jetzt { $name } in einem privaten Chat.
console-now-private-new = Du bist jetzt { $name }, neu hier, in einem privaten Chat.
console-waiting = 📨 { $count ->
    [one] Eine Benachrichtigung
   *[other] { $count } Benachrichtigungen
  }, während du weg warst:
console-acts-in = { $name } handelt jetzt in der Community "{ $community }".
console-private-chat = { $name } ist jetzt in einem privaten Chat.
console-unknown = Unbekannt: { $command }.
console-no-button = { $count ->
    [1] Es gibt keinen Knopf { $number } auf dem Bildschirm: Die zuletzt gezeigte Nachricht hat nur einen Knopf, die 1.
   *[other] Es gibt keinen Knopf { $number } auf dem Bildschirm: Die zuletzt gezeigten Knöpfe sind von 1 bis { $count } nummeriert.
}
console-ignored = (Tippe einen /befehl – /help listet sie – oder :help für das Terminal.)
console-file = (Datei { $name }, { $bytes } Bytes – gespeichert als ./{ $name })
console-type-place = (tippe einen Ort, "lat, lng" oder einen Kartenlink)
console-waiting-count = { $count } warten
