# Wörter, die viele Nachrichten teilen: Schaltflächen, Sportarten, Niveaus.

button-accept = Annehmen
button-decline = Ablehnen
button-message = Nachricht
button-reply = Antworten
button-reply-form = Deine Antwort
button-report = Melden
button-block = Blockieren
button-cancel = Abbrechen

activity-running = Laufen
activity-cycling = Radfahren
activity-gym = Fitnessstudio / Kraft
activity-yoga = Yoga
activity-swimming = Schwimmen
activity-hiking = Wandern
activity-climbing = Klettern
activity-hiit = HIIT
activity-walking = Gehen
activity-tennis = Tennis
activity-football = Fußball
activity-basketball = Basketball
activity-martial-arts = Kampfsport
activity-dance = Tanzen
activity-rowing = Rudern
activity-skating = Skaten

level-beginner = Anfänger
level-intermediate = Fortgeschritten
level-advanced = Erfahren
