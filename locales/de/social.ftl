# Trainingspartner (Anfragen, Antworten, Liste, Blockieren) und weitergeleitete Nachrichten.

buddy-error-cant-connect = Du kannst dich mit dieser Person nicht verbinden.
buddy-error-no-number = In deiner letzten Liste gibt es keine Nummer { $number }. Führe /buddies oder /match erneut aus und nimm eine Nummer daraus.
buddy-error-person-not-found = Ich finde diese Person nicht. Nimm ihre Nummer aus deiner letzten Liste (/buddies, /match) oder ihre ID.
buddy-error-self = Das bist du! Such dir jemand anderen aus, zum Beispiel über /match.
buddy-error-already-pending-or-connected = Du hast schon eine offene Anfrage oder eine Verbindung mit { $name }{ $dot ->
    [no] {""}
   *[yes] .
} Siehe /buddies.
buddy-error-already-buddies-say-hi = Du und { $name } seid schon Trainingspartner. Sag Hallo mit /msg.
buddy-error-still-pending = Deine Anfrage an { $name } ist noch offen. Du erfährst es, sobald geantwortet wird.
buddy-error-declined-cooldown = { $name } hat deine letzte Anfrage abgelehnt, daher kannst du noch nicht erneut fragen. Du kannst es ab { $until } wieder versuchen.
buddy-error-already-buddies = Du und { $name } seid schon Trainingspartner.
buddy-error-no-open-request = Es gibt keine offene Trainingspartner-Anfrage von { $name }{ $dot ->
    [no] {""}
   *[yes] .
}
buddy-error-not-connected = Du bist nicht mit { $name } verbunden{ $dot ->
    [no] .
   *[yes] .
}
buddy-error-block-self = Du kannst dich nicht selbst blockieren.
buddy-error-not-blocked = { $name } ist nicht blockiert.

msg-error-only-buddies = Du kannst nur Trainingspartner Nachrichten schicken. Verbinde dich zuerst mit /connect.
msg-error-empty = Die Nachricht darf nicht leer sein.
msg-error-too-long = Die Nachricht ist zu lang: Bleib unter { $max } Zeichen.

buddy-list-empty = Noch keine Trainingspartner. Finde mit /match Leute, die wie du trainieren, und dann /connect.
buddy-list-incoming = Möchten sich mit dir verbinden
buddy-list-buddies = Trainingspartner
buddy-list-outgoing = Warten auf Antwort
buddy-list-blocked = Blockiert
buddy-list-title = Deine Trainingspartner
buddy-button-accept-numbered = Annehmen #{ $number } { $name }
buddy-button-decline-numbered = Ablehnen #{ $number } { $name }
buddy-button-message-numbered = Nachricht #{ $number } { $name }
buddy-button-disconnect-numbered = Trennen #{ $number } { $name }
buddy-button-unblock-numbered = Entsperren #{ $number } { $name }

buddy-connect-incoming = { $person } möchte sich schon mit dir verbinden. Annehmen?
buddy-connect-sent = Trainingspartner-Anfrage an **{ $name }** gesendet{ $dot ->
    [no] .
   *[yes] .
} Ich sage dir Bescheid, sobald geantwortet wird.
buddy-accept-done = Du und **{ $name }** seid jetzt Trainingspartner. Sag Hallo und plant ein Training!
buddy-decline-done = Anfrage von **{ $name }** abgelehnt. Die Person wird dir eine Weile nicht vorgeschlagen.
buddy-block-done = **{ $name }** blockiert{ $dot ->
    [no] .
   *[yes] .
} Die Person erfährt es nicht. Ihr seht euch gegenseitig nicht mehr in Matches und könnt euch weder verbinden noch schreiben. Rückgängig mit /unblock.
buddy-unblock-done = **{ $name }** entsperrt{ $dot ->
    [no] .
   *[yes] .
} Ihr könnt euch wieder finden.
buddy-disconnect-done = Du und **{ $name }** seid keine Trainingspartner mehr.
buddy-disconnect-withdrawn = Die Trainingspartner-Anfrage zwischen dir und **{ $name }** ist zurückgezogen.
msg-sent = An **{ $name }** gesendet{ $dot ->
    [no] .
   *[yes] .
}
