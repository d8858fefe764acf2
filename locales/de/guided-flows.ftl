## Geführte Abläufe: Antworten werden sofort behalten, Auswahl angeboten, ferne Orte bestätigt (Issue #12, Punkte 5 und 6).

guided-other = Woanders
guided-choose = Wähle eins
guided-keeps = Überspringen behält: { $value }
guided-keeps-seats = { $count ->
    [one] { $count } Platz
   *[other] { $count } Plätze
}
guided-keeps-levels = alle Niveaus
guided-keeps-minutes = { $minutes } Minuten
guided-keeps-one-off = einmalig
guided-place-other-ask = Welcher Ort? Schreib seinen Namen oder seine Adresse, „Breite, Länge“ oder einen Kartenlink – oder teile einen Standort.
guided-setup-welcome-back = Willkommen zurück – { $done } von { $total } erledigt. Hier ist, was noch fehlt.
guided-setup-complete = Dein Profil ist vollständig. Was möchtest du ändern?
guided-setup-change-activities = Aktivitäten
guided-setup-change-level = Niveau
guided-setup-change-place = Gebiet
guided-setup-change-radius = Umkreis
guided-setup-change-availability = Verfügbarkeit
guided-setup-change-bio = Über mich
guided-setup-place-ambiguous = Es gibt mehrere Orte namens „{ $place }“. Welcher ist deiner?
guided-far-community = **{ $place }** ist etwa { NUMBER($km) } km von **{ $from }** entfernt, wo sich diese Community trifft. Trotzdem dort anlegen?
guided-far-members = **{ $place }** ist weit weg von dort, wo die Mitglieder dieser Community trainieren. Trotzdem dort anlegen?
guided-far-home = **{ $place }** ist etwa { NUMBER($km) } km von deinem Gebiet ({ $from }) entfernt, weiter als die { NUMBER($radius) } km, die du fährst. Trotzdem dort anlegen?
guided-far-create = Dort anlegen
guided-far-cancelled = Nicht angelegt: Es wurde nichts gespeichert.
flow-label-the-answer = Die Antwort
cmd-session-create-far = Legt eine Session an einem weit entfernten Ort an, sobald ihr Host zugestimmt hat
cmd-session-create-far-go = Dort anlegen (ja) oder gar nicht (nein)
cmd-session-create-far-confirm = Der Anlegen-Button, den das Abbrechen zurückzieht
cmd-session-create-far-activity = Was du machst, z. B. Laufen, Yoga, Klettern
cmd-session-create-far-when = Wann es losgeht, in deiner Zeit: "morgen 7 Uhr", "Sa 9:30"
cmd-session-create-far-place = Treffpunkt: einer der Orte dieser Community oder ein beliebiges Gebiet
cmd-session-create-far-capacity = Plätze für andere, 1 bis 50 (Standard 4)
cmd-session-create-far-levels = Für wen: Alle Niveaus, Anfänger, Fortgeschritten bis Profi… (Standard: Alle Niveaus)
cmd-session-create-far-duration = Wie lange: "45 min", "1h30" (Standard 1 h)
cmd-session-create-far-title = Ein kurzer Titel (Standard: die Aktivität)
cmd-session-create-far-notes = Hinweise: Tempo, was mitbringen (bis 500 Zeichen)
cmd-session-create-far-weekly = Jede Woche zur selben Zeit wiederholen
