# „Habt ihr zusammen trainiert?“ und Buddy-Serien.

meeting-question-title = { $count ->
        [one] Habt ihr zwei zusammen trainiert?
       *[other] Habt ihr drei zusammen trainiert?
    }
meeting-question-connection = Du und { $names } seid seit einer Woche Buddys. Habt ihr schon zusammen trainiert?
meeting-question-round = Die Paarungsrunde mit { $names } ist vorbei. Habt ihr zusammen trainiert?
meeting-question-last = Wie versprochen frage ich noch einmal: Das ist das letzte Mal.
meeting-someone = Jemand
meeting-button-yes = Ja
meeting-button-not-yet = Noch nicht
meeting-button-no = Hat nicht geklappt
meeting-answered-yes = Super, danke! Gemeinsames Training hält dran.
meeting-answered-yes-together = { $count ->
        [one] Ihr habt beide Ja gesagt: Deine Buddy-Serie mit { $names } hat begonnen. Halte sie jede Woche am Laufen; du siehst sie in /buddies und /stats.
       *[other] Ihr habt alle Ja gesagt: Deine Buddy-Serien mit { $names } haben begonnen. Halte sie jede Woche am Laufen; du siehst sie in /buddies und /stats.
    }
meeting-answered-not-yet-again = Kein Problem. Ich frage in { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    } noch einmal.
meeting-answered-not-yet-last = Kein Problem, ich frage nicht mehr. Schreib deinem Buddy über /buddies, wann immer du so weit bist.
meeting-answered-no-ended = Danke für die Rückmeldung. Du und { $names } seid keine Buddys mehr. Ihnen wird nichts mitgeteilt. Mit /match findest du neue Leute.
meeting-answered-no = Danke für die Rückmeldung. Mit /match findest du neue Leute.
meeting-error-not-asked = Hier gibt es keine Frage an dich zu beantworten.
meeting-error-answered = Du hast diese Frage schon beantwortet.
meeting-streaks-title = Buddy-Serien
meeting-streak-plain = { $current ->
        [0] gerade keine Serie (Bestwert { $best })
        [one] { $current } Woche in Folge (Bestwert { $best })
       *[other] { $current } Wochen in Folge (Bestwert { $best })
    }
meeting-streak = { $current ->
        [0] { meeting-streak-plain }
       *[other] 🔥 { meeting-streak-plain }
    }
meeting-streak-line = **{ $name }**: { meeting-streak }
meeting-streak-named = { $name }: { meeting-streak-plain }
