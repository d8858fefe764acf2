# Trainingspartner-Anfragen, Antworten und weitergeleitete Nachrichten.

buddy-request-title = Neue Trainingspartner-Anfrage
buddy-request-text = { $person } möchte mit dir trainieren.
buddy-accepted-title = Anfrage angenommen
buddy-accepted-text = **{ $name }** hat deine Anfrage angenommen. Sag Hallo und plant ein Training!
buddy-declined-text = **{ $name }** hat deine Anfrage abgelehnt. Kein Problem — mit /match findest du weitere Leute in der Nähe.
buddy-message-title = Nachricht von { $name }
