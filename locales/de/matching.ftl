# Matching (/match) und Benachrichtigungen über neue Matches.

match-error-paused = Dein Profil ist pausiert, daher ist das Matching aus. Setze es fort, um Matches zu sehen.
match-error-incomplete = Vervollständige zuerst dein Profil: Ich brauche deine Gegend, Aktivitäten und dein Level, um Trainingspartner zu finden.

match-verb-running = Laufen
match-verb-cycling = Radfahren
match-verb-gym = Krafttraining
match-verb-yoga = Yoga
match-verb-swimming = Schwimmen
match-verb-hiking = Wandern
match-verb-climbing = Klettern
match-verb-hiit = HIIT
match-verb-walking = Spazierengehen
match-verb-tennis = Tennis
match-verb-football = Fußball
match-verb-basketball = Basketball
match-verb-martial-arts = Kampfsport
match-verb-dance = Tanzen
match-verb-rowing = Rudern
match-verb-skating = Skaten

match-reason-both = ihr beide: { $verbs }
match-reason-same-level = beide { $level }
match-overlap-night = { $count ->
    [one] 1 Nacht gemeinsam
   *[other] { $count } Nächte gemeinsam
}
match-overlap-morning = { $count ->
    [one] 1 Vormittag gemeinsam
   *[other] { $count } Vormittage gemeinsam
}
match-overlap-afternoon = { $count ->
    [one] 1 Nachmittag gemeinsam
   *[other] { $count } Nachmittage gemeinsam
}
match-overlap-evening = { $count ->
    [one] 1 Abend gemeinsam
   *[other] { $count } Abende gemeinsam
}
match-overlap-minutes = { $minutes } Min. pro Woche gemeinsam
match-overlap-hours = { $hours } Std. pro Woche gemeinsam
match-distance-under-1 = unter 1 km
match-distance-about = ~{ $km } km
match-reason-distance = { $distance } entfernt
match-reason-showed-up = { $attended }/{ $total } Mal erschienen
match-reason-streak = Serie von { $sessions } Sessions

match-list-title = Trainingspartner in deiner Nähe · Seite { $page } von { $pages }
match-list-fits = { $count ->
    [one] { $count } Person passt
   *[other] { $count } Personen passen
}. Verbinde dich, um ins Gespräch zu kommen; sie erfahren nur deine Gegend, nie deinen Standort.
match-footer-best = Die besten { $count } von { $qualified } Personen in Reichweite.
match-footer-range = #{ $from }–{ $to } der besten { $total }, von { $qualified } Personen in Reichweite.
match-none-title = Noch keine Matches
match-none-text = Im Umkreis von { $km } km teilt gerade niemand deine Aktivitäten. Versuch einen größeren /set-radius, füge Aktivitäten hinzu oder schau in /sessions. Ich sage dir Bescheid, wenn jemand Neues passt.
match-page-out-of-range = { $pages ->
    [one] Es gibt nur 1 Seite mit Matches.
   *[other] Es gibt nur { $pages } Seiten mit Matches.
}
match-button-last-page = { $pages ->
    [one] Anzeigen
   *[other] Seite { $pages } anzeigen
}
match-someone = Jemand
match-button-connect = Verbinden mit #{ $number } { $name }
match-button-previous = ◀ Zurück
match-button-next = Weiter ▶

alert-match-title = Neues Trainingspartner-Match
alert-match-text = { $person }
    { $reasons }

    Sag Hallo mit einer Trainingspartner-Anfrage oder sieh dir alle mit /match an.
alert-button-connect = Trainingspartner-Anfrage senden
alert-session-title = Eine Session in deiner Nähe
alert-levels-all = alle Level
alert-levels-range = { $min }–{ $max }
alert-session-text = **{ $title }** · { $activity } · { $levels }
    { $when } ({ $relative }) bei **{ $place }**, { $distance } entfernt
    Gastgeber: **{ $host }**
alert-session-text-weekly = **{ $title }** · { $activity } · { $levels }
    { $when } ({ $relative }) bei **{ $place }**, { $distance } entfernt
    Gastgeber: **{ $host }** · jede Woche
alert-button-join = Teilnahme anfragen
alert-digest-title = Heutige neue Matches
alert-digest-session = **{ $title }** · { $when } · { $place }
alert-digest-text = Du hast heute das Limit für sofortige Benachrichtigungen erreicht, hier ist der Rest in einer Nachricht:
    { $lines }{ $more ->
        [0] {""}
       *[other] {"\u000A"}…und { $more } weitere.
    }

    Alle findest du mit /match und /sessions.
