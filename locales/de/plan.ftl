# /plan — einen Termin für zwei finden

plan-error-cant-plan = Mit dieser Person kannst du keine Einheit planen.
plan-error-self = Das bist du! Wähle jemand anderen, zum Beispiel aus /match oder /buddies.
plan-error-no-activity = Lege zuerst mit /set-activities deine Sportarten fest, damit Spotter weiß, was ihr trainieren würdet.
plan-error-time-passed = Diese Zeit ist schon vorbei. Probier /plan noch einmal für neue Zeiten.
plan-error-busy-now = Einer von euch hat zu dieser Zeit inzwischen eine andere Einheit. Probier /plan noch einmal für neue Zeiten.
plan-error-being-booked = Gerade bucht der andere Knopf dieses Angebots die Session. Schau gleich in /my-sessions nach.
plan-error-no-area = Lege zuerst mit /set-location deine Gegend fest, damit die Einheit einen Ort hat.

plan-slot-line = • { $at } · { $length }
plan-slots-title = Zeiten für dich und { $name }
plan-slots-text = { $count ->
    [one] Die beste Zeit diese Woche für { $activity } mit **{ $name }**, wenn ihr beide frei seid:
   *[other] Die { $count } besten Zeiten diese Woche für { $activity } mit **{ $name }**, wenn ihr beide frei seid:
} Tippe auf eine, um nur diese anzubieten, oder biete alle an; { $name } wählt.
plan-button-offer-all = { $count ->
    [one] Anbieten
   *[other] Alle { $count } anbieten
}
plan-button-propose-time = Zeit vorschlagen
plan-none-shared = Du und **{ $name }** habt in den nächsten 7 Tagen keine gemeinsame freie Zeit (laut eurer Wochenverfügbarkeit und euren Einheiten). Schlag stattdessen selbst eine Zeit vor.
plan-none-me = Lege zuerst deine Wochenverfügbarkeit fest (/set-availability), damit Spotter Zeiten mit **{ $name }** finden kann — oder schlag selbst eine Zeit vor.
plan-none-them = **{ $name }** hat noch keine Wochenverfügbarkeit angegeben, also gibt es keine gemeinsame Zeit zu finden. Schlag stattdessen selbst eine Zeit vor.

plan-sent = { $count ->
    [one] An { $name } gesendet{ $dot ->
        [no] {""}
       *[yes] .
    } Du erfährst, wenn die Antwort kommt:
   *[other] { $count } Zeiten an { $name } gesendet{ $dot ->
        [no] {""}
       *[yes] .
    } Du erfährst, welche gewählt wird:
}

plan-proposal-title = { $name } möchte mit dir trainieren
plan-proposal-text = { $count ->
    [one] **{ $name }** schlägt gemeinsames { $activity } zu dieser Zeit vor (deine Zeit). Tippe darauf, um zuzusagen:
   *[other] **{ $name }** schlägt gemeinsames { $activity } zu einer dieser Zeiten vor (deine Zeit). Tippe auf die, die dir passt:
}
plan-proposal-counter-text = **{ $name }** schlägt stattdessen gemeinsames { $activity } zu dieser Zeit vor (deine Zeit). Tippe darauf, um zuzusagen:
plan-button-other-time = Andere Zeit vorschlagen

plan-booked-title = Einheit geplant
plan-booked-text = Du und **{ $name }** trainiert zusammen. Es ist eine private Einheit für euch zwei: Erinnerungen und Check-in wie immer, und sie steht in /my-sessions.
plan-booked-already = Diese Zeit mit **{ $name }** ist schon geplant. Sie steht in /my-sessions.

match-button-plan = Planen mit #{ $number } { $name }
