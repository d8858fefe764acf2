# Was Leute eingeben: Verfügbarkeit, Startzeiten, Dauer, Orte. Englische Wörter werden auch verstanden.

parse-availability-example = „wochentags abends, Sa morgens“ oder „Mo/Mi 6-8“
parse-time-unreadable = „{ $text }“ kann ich nicht als Uhrzeit lesen. Schreib Zeiten wie „6 Uhr“, „18:30“ oder „18-20“.
parse-availability-bad-char = Ich verstehe „{ $char }“ in deiner Verfügbarkeit nicht. Versuch es mit { parse-availability-example }.
parse-availability-unknown = Ich verstehe „{ $word }“ in deiner Verfügbarkeit nicht. Versuch es zum Beispiel mit { parse-availability-example }.
parse-availability-unknown-suggest = Ich verstehe „{ $word }“ in deiner Verfügbarkeit nicht. Meintest du „{ $suggestion }“? Versuch es zum Beispiel mit { parse-availability-example }.
parse-availability-empty = Sag mir, wann du normalerweise Zeit hast, z. B. { parse-availability-example }. Schick „keine“, um es zu löschen.
parse-availability-too-long = Das sind { $length } Zeichen; bitte bleib unter { $max }, z. B. { parse-availability-example }.
parse-availability-nothing = Ich habe in „{ $text }“ keine Tage oder Uhrzeiten gefunden. Versuch es mit { parse-availability-example }.
parse-availability-too-many = Das ergibt { $count } einzelne Zeitfenster; ich kann höchstens { $max } speichern. Nimm größere, z. B. „wochentags abends“.
parse-availability-before-midnight = „vor Mitternacht“ ist jeder Abend; versuch „abends“ oder „ab 18 Uhr“.

parse-when-examples = „morgen 7 Uhr“, „Sa 9:30“ oder „2026-12-01 07:00“
parse-when-empty = Sag mir, wann es losgeht, z. B. { parse-when-examples }.
parse-when-too-long = Das ist zu lang für eine Startzeit; versuch es z. B. mit { parse-when-examples }.
parse-when-not-found = Ich habe in „{ $text }“ kein Datum und keine Uhrzeit gefunden. Versuch es mit { parse-when-examples }.
parse-when-needs-time = „{ $text }“ braucht noch eine Uhrzeit, z. B. „{ $found } 7 Uhr“ oder „{ $found } 18:30“.
parse-when-no-date = Aus „{ $text }“ konnte ich kein Datum ablesen. Versuch es mit { parse-when-examples }.
parse-when-not-real = „{ $text }“ ist kein echtes Datum. Versuch es mit { parse-when-examples }.
parse-when-passed = { $when } ist schon vorbei. Wähl eine Zeit in der Zukunft, z. B. „morgen 7 Uhr“.
parse-when-too-far = { $when } ist mehr als { $days } Tage entfernt; Sessions können bis zu { $days } Tage im Voraus geplant werden.

parse-duration-examples = z. B. „45“, „90 min“, „1 h“ oder „1h30“
parse-duration-empty = Sag mir, wie lange es dauert, { parse-duration-examples }.
parse-duration-unreadable = „{ $text }“ kann ich nicht als Dauer lesen; { parse-duration-examples }.
parse-duration-out-of-range = Eine Session dauert zwischen { $min } Minuten und { $maxHours } Stunden; „{ $text }“ sind { $minutes } Minuten. Versuch es { parse-duration-examples }.

parse-location-examples = „Berlin“, „Frankfurt, Oder“, Koordinaten wie „52.52, 13.40“ oder einen Google-Maps-Link
parse-coordinates-not-numbers = Koordinaten müssen Zahlen sein, z. B. „52.52, 13.40“ (zuerst Breitengrad, dann Längengrad).
parse-latitude-out-of-range = Der Breitengrad muss zwischen -90 und 90 liegen, war aber { $value }. Schick zuerst den Breitengrad, dann den Längengrad, z. B. „52.52, 13.40“.
parse-longitude-out-of-range = Der Längengrad muss zwischen -180 und 180 liegen, war aber { $value }. Schick zuerst den Breitengrad, dann den Längengrad, z. B. „52.52, 13.40“.
parse-location-empty = Nenn mir eine Stadt oder Gegend, z. B. { parse-location-examples }.
parse-link-too-long = Dieser Link ist zu lang zum Lesen. Schick stattdessen Koordinaten, z. B. „52.52, 13.40“.
parse-location-too-long = Das sind { $length } Zeichen; ein Ort darf höchstens { $max } haben. Die Stadt reicht, z. B. „Berlin“ oder „Paris, Frankreich“.
parse-coordinates-malformed = „{ $text }“ kann ich nicht als Koordinaten lesen. Schick Breiten- und Längengrad als Dezimalzahlen, z. B. „52.52, 13.40“ oder „52.52 N, 13.40 E“.
parse-link-unreadable = Diesen Link kann ich nicht lesen. Füg den vollständigen Kartenlink ein oder schick Koordinaten wie „52.52, 13.40“.
parse-link-short = Kurze Kartenlinks (wie maps.app.goo.gl/…) kann ich hier nicht öffnen. Öffne den Link im Browser und füg die vollständige Adresse aus der Adressleiste ein, oder schick Koordinaten wie „52.52, 13.40“.
parse-link-no-location = In diesem Link habe ich keinen Ort gefunden. Füg einen Google-Maps-, OpenStreetMap- oder Apple-Karten-Link mit Stecknadel ein, oder schick Koordinaten wie „52.52, 13.40“.
parse-link-no-place = In diesem Link habe ich keinen Ort gefunden. Schick den Namen der Stadt oder Koordinaten wie „52.52, 13.40“.
parse-place-unknown-qualifier = „{ $qualifier }“ kenne ich nicht als Land, Bundesland oder Stadt. Versuch einen Ländernamen oder -code, z. B. „{ $name }, Frankreich“ oder „{ $name }, DE“.
parse-place-none-near = Ich kenne Orte namens „{ $name }“, aber keinen in oder bei „{ $qualifier }“. Prüf die Schreibweise oder versuch nur „{ $name }“.
parse-place-unknown = Ich habe keinen Ort namens „{ $name }“ gefunden. Prüf die Schreibweise oder nenn das Land dazu, z. B. „Paris, Frankreich“, oder schick Koordinaten wie „52.52, 13.40“.

# Warum zwei Wochen zusammenpassen: der Teil des Tages, in den die meiste gemeinsame Zeit fällt.
parse-overlap-none = noch keine gemeinsamen Zeiten
parse-overlap-minutes = { $minutes } Min. gemeinsame Zeit pro Woche
parse-overlap-hours = { $hours } Std. gemeinsame Zeit pro Woche
parse-overlap-morning = { $count ->
        [one] { $count } gemeinsamer Morgen
       *[other] { $count } gemeinsame Morgen
    }
parse-overlap-afternoon = { $count ->
        [one] { $count } gemeinsamer Nachmittag
       *[other] { $count } gemeinsame Nachmittage
    }
parse-overlap-evening = { $count ->
        [one] { $count } gemeinsamer Abend
       *[other] { $count } gemeinsame Abende
    }
parse-overlap-night = { $count ->
        [one] { $count } gemeinsame Nacht
       *[other] { $count } gemeinsame Nächte
    }

# Eine Wochenverfügbarkeit in Worten: „wochentags abends, Sa morgens“, „Mo/Mi 6–8“, „täglich 7–9“.
parse-describe-not-set = nicht angegeben
parse-describe-comma = { $a }, { $b }
parse-describe-and = { $a } & { $b }
parse-describe-slash = { $a }/{ $b }
parse-describe-run = { $from }–{ $to }
parse-describe-every = täglich { $parts }
parse-describe-weekday = wochentags { $parts }
parse-describe-weekend = am Wochenende { $parts }
parse-describe-days = { $days } { $parts }
parse-describe-every-all-day = jeden Tag
parse-describe-weekday-all-day = wochentags
parse-describe-weekend-all-day = am Wochenende
parse-describe-days-all-day = { $days } ganztags
parse-describe-every-ranges = täglich { $ranges }
parse-describe-weekday-ranges = wochentags { $ranges }
parse-describe-weekend-ranges = am Wochenende { $ranges }
parse-describe-days-ranges = { $days } { $ranges }
parse-weekday-short-1 = Mo
parse-weekday-short-2 = Di
parse-weekday-short-3 = Mi
parse-weekday-short-4 = Do
parse-weekday-short-5 = Fr
parse-weekday-short-6 = Sa
parse-weekday-short-7 = So
parse-part-early-morning-one = früh morgens
parse-part-early-morning-many = früh morgens
parse-part-morning-one = morgens
parse-part-morning-many = morgens
parse-part-late-morning-one = vormittags
parse-part-late-morning-many = vormittags
parse-part-lunchtime-one = mittags
parse-part-lunchtime-many = mittags
parse-part-afternoon-one = nachmittags
parse-part-afternoon-many = nachmittags
parse-part-evening-one = abends
parse-part-evening-many = abends
parse-part-night-one = nachts
parse-part-night-many = nachts
parse-availability-negative = „{ $text }“ wäre eine negative Stunde. Schreib Uhrzeiten von 0 bis 24, etwa { parse-availability-example }.
parse-availability-numbers-only = „{ $text }“ nennt Stunden, aber keine Tage. Sag auch, an welchen Tagen oder zu welcher Tageszeit, etwa { parse-availability-example }.
