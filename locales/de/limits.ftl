# Begrenzungen: was begrenzt ist, wie viel erlaubt ist und wann es wieder geht.

limit-retry-minute = in einer Minute
limit-retry-minutes = in { $minutes } Minuten
limit-retry-hours = in { $hours ->
    [one] 1 Stunde
   *[other] { $hours } Stunden
}
limit-retry-hours-minutes = in { $hours ->
    [one] 1 Stunde
   *[other] { $hours } Stunden
} und { $minutes ->
    [one] 1 Minute
   *[other] { $minutes } Minuten
}
limit-retry-about-hours = in etwa { $hours } Stunden
limit-retry-days = in { $days } Tagen

limit-span-day = einem Tag
limit-span-hour = einer Stunde
limit-span-days = { $count ->
    [one] 1 Tag
   *[other] { $count } Tagen
}
limit-span-hours = { $count ->
    [one] 1 Stunde
   *[other] { $count } Stunden
}
limit-span-minutes = { $count ->
    [one] 1 Minute
   *[other] { $count } Minuten
}

limit-per-day = pro Tag
limit-per-hour = pro Stunde
limit-every-days = alle { $count ->
    [one] 1 Tag
   *[other] { $count } Tage
}
limit-every-hours = alle { $count ->
    [one] 1 Stunde
   *[other] { $count } Stunden
}
limit-every-minutes = alle { $count ->
    [one] 1 Minute
   *[other] { $count } Minuten
}

limit-hit-session-create = Du kannst bis zu { $points ->
    [one] 1 Session
   *[other] { $points } Sessions
} { $window } erstellen, und das hast du erreicht. Die nächste kannst du { $retry } erstellen.
limit-hit-connect = Du kannst bis zu { $points ->
    [one] 1 Trainingspartner-Anfrage
   *[other] { $points } Trainingspartner-Anfragen
} { $window } senden, und das hast du erreicht. Die nächste kannst du { $retry } senden.
limit-hit-report = Du kannst bis zu { $points ->
    [one] 1 Meldung
   *[other] { $points } Meldungen
} { $window } abgeben, und das hast du erreicht. Die nächste kannst du { $retry } abgeben. Wenn dich gerade jemand belästigt, blockiere die Person mit /block: Das wirkt sofort.
limit-hit-browse = Du kannst { $window } bis zu { $points ->
    [one] 1 Mal
   *[other] { $points } Mal
} mit /match und /sessions suchen (Seiten eingeschlossen), und das hast du erreicht. Du kannst { $retry } wieder suchen.
limit-hit-message = Du kannst bis zu { $points ->
    [one] 1 Nachricht
   *[other] { $points } Nachrichten
} { $window } senden, und das hast du erreicht. Die nächste kannst du { $retry } senden.

limit-link-locked = Zu viele falsche Verknüpfungscodes ({ $wrong } innerhalb von { $window }), daher ist /link für dich gesperrt. Du kannst es { $retry } wieder versuchen.
limit-wrong-link-code = Dieser Code ist unbekannt oder abgelaufen. Führe /link in deinem anderen Konto aus, um einen neuen zu bekommen.
limit-wrong-link-code-warning = Dieser Code ist unbekannt oder abgelaufen. Führe /link in deinem anderen Konto aus, um einen neuen zu bekommen. Noch { $left ->
    [one] 1 falscher Code
   *[other] { $left } falsche Codes
}, und /link wird für { $lock } gesperrt.
