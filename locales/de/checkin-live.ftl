## Während eine Session läuft: „Ich bin da“, „Ich verspäte mich“, Check-in aus /my-sessions

live-here-early = Dass du da bist, kannst du ab { $minutes } Minuten vor dem Start von **{ $title }** sagen: { $opens }.
live-missed-early = **{ $title }** beginnt { $starts }: Dass du sie verpasst hast, kannst du sagen, sobald sie begonnen hat. Du verspätest dich? Nutze /running-late.
live-late-cancelled = **{ $title }** wurde abgesagt, also wartet niemand auf dich.
live-late-not-seated = Nur die Gastgeberin oder der Gastgeber und Leute mit einem Platz in **{ $title }** können sagen, dass sie sich verspäten.
live-late-early = Zum Zuspätkommen ist es noch zu früh: Ab { $minutes } Minuten vor dem Start von **{ $title }** ({ $opens }) kannst du den anderen Bescheid geben.
live-late-closed = **{ $title }** hat vor mehr als { $minutes } Minuten begonnen, eine Verspätungsnachricht käme jetzt zu spät. Wenn du es geschafft hast, checke mit /checkin ein.
live-late-minutes-range = Gib die Verspätung in ganzen Minuten an, von { $min } bis { $max }.
live-late-again = Du hast den anderen gerade erst wegen **{ $title }** Bescheid gegeben. Eine Verspätungsnachricht pro { $minutes } Minuten: Die nächste kannst du { $retry } schicken.
live-late-title = { $minutes } Minuten später
live-late-text = **{ $who }** kommt etwa { $minutes } Minuten später zu **{ $title }** ({ $at }).
live-late-text-host = **{ $who }** kommt etwa { $minutes } Minuten später zu deiner Session **{ $title }** ({ $at }).
live-late-ask = Wie viel später kommst du zu { $session }? Wähle eine Zahl oder tippe sie ein: /running-late minutes: 20 (von { $min } bis { $max }).
live-late-button-minutes = { $minutes } Min.
live-late-sent = { $count ->
    [one] Der anderen Person
   *[other] Den { $count } anderen
} in { $session } habe ich gesagt, dass du etwa { $minutes } Minuten später kommst.
live-late-sent-nobody = Notiert: Du kommst etwa { $minutes } Minuten später zu { $session }. Sonst ist niemand dabei, dem ich es sagen könnte.
live-late-none = Du hast keine Session, die innerhalb einer Stunde beginnt oder gerade läuft. Nenne eine: /running-late session: 2 (ihre Nummer in /my-sessions).
live-late-choose = Du hast gerade { $count } Sessions. Zu welcher kommst du später?
live-checkin-none = Du hast keine Session, die gerade läuft oder in den letzten 24 Stunden geendet hat. Nenne eine: /checkin session: 2 (ihre Nummer in /my-sessions).
live-checkin-choose = Du hast gerade { $count } Sessions. Welche meinst du?
live-choose-placeholder = Session auswählen
live-button-here = Ich bin da
live-button-late = Ich verspäte mich
live-button-here-number = Ich bin da ({ $n })
live-button-made-it-number = Ich war da ({ $n })
live-button-missed-number = Verpasst ({ $n })
live-button-late-number = Ich verspäte mich ({ $n })
live-note-now = läuft gerade
live-note-soon = beginnt { $relative }
live-note-ended = endete { $relative }
live-note-answered = eingecheckt
live-choice-now = läuft gerade
live-choice-soon = beginnt gleich
live-choice-ended = gerade vorbei
flow-label-the-minutes = Die Minuten
cmd-running-late = Sag der Gastgeberin oder dem Gastgeber und den anderen, dass du dich verspätest, mit Minuten
cmd-running-late-session = Die Session (weglassen für die, die gleich beginnt)
cmd-running-late-minutes = Wie viele Minuten später (1–120)
