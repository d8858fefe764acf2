## Der eigene Ort eines Session-Chats auf der Plattform der Community (Discord: ein privater Thread)

chat-place-opened = Der Chat von **{ $title }** ({ $at }) ist offen: Hier reden die Gastgeberin oder der Gastgeber und alle mit einem Platz. Wer eine andere App nutzt, liest ihn im privaten Chat mit Spotter, und ihre Nachrichten erscheinen hier unter ihrem Namen.
chat-place-opened-how = Schreib hier wie in jedem Kanal. Der Chat schließt einen Tag nach der Session.
chat-place-seat-joined = **{ $who }** hat jetzt einen Platz und ist im Chat dabei.
chat-place-seat-left = **{ $who }** hat den Platz aufgegeben und den Chat verlassen.
chat-place-reminder = Erinnerung: **{ $title }** beginnt { $at }.
chat-place-message = **{ $name }**: { $body }
chat-place-closed = **{ $title }** war vor einem Tag: Dieser Chat ist jetzt geschlossen. Danke fürs gemeinsame Training!
chat-place-closed-cancelled = **{ $title }** wurde abgesagt: Dieser Chat ist jetzt geschlossen.
chat-place-permission-missing-title = Spotter kann in { $community } keine Session-Chats eröffnen
chat-place-permission-missing-text = Der Chat jeder Session läuft weiter über private Nachrichten, bekommt aber keinen privaten Thread im Server: Spotter fehlt die Berechtigung „Private Threads erstellen“, „Nachrichten in Threads senden“ oder „Threads verwalten“. So erteilst du sie: Servereinstellungen → Rollen → Spotters Rolle → Berechtigungen, diese drei einschalten und speichern.
chat-place-board-opened = **{ $title }** ({ $at }) hat den ersten Platz vergeben: Neuigkeiten dazu kommen hierher. Gastgeber und alle mit Platz reden in ihren privaten Chats mit Spotter.
chat-place-board-seat-joined = Ein weiterer Platz in **{ $title }** ist vergeben.
chat-place-board-seat-left = Ein Platz in **{ $title }** ist wieder frei.
