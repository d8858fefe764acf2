## Ein Chat für jede Session: Gastgeber und Teilnehmende mit Platz, über private Chats weitergeleitet.

cmd-session-chat = Schreib in den Chat einer Session, die du leitest oder in der du einen Platz hast
cmd-session-chat-session = Welche Session: ihre Nummer in deiner letzten Liste oder ihre ID
cmd-session-chat-message = Deine Nachricht an die Gruppe
cmd-session-chat-reply-to = Die Nachricht, auf die du antwortest (setzt der Antworten-Knopf)

session-chat-opened-title = Chat offen: { $title }
session-chat-opened-text = **{ $title }** ({ $at }) hat jetzt einen Chat: der Gastgeber und alle mit einem Platz. Nachrichten erreichen jede und jeden von euch hier, egal mit welcher App.
session-chat-opened-members = Im Chat: { $names }.
session-chat-opened-how = Drück „An die Gruppe schreiben“ oder antworte auf eine Chat-Nachricht mit „Antworten“.
session-chat-button-write = An die Gruppe schreiben
session-chat-button-write-form = Deine Nachricht an die Gruppe
session-chat-seat-joined = **{ $who }** hat jetzt einen Platz in **{ $title }** und ist im Chat dabei.
session-chat-seat-left = **{ $who }** hat den Platz in **{ $title }** freigegeben und den Chat verlassen.
session-chat-message-title = { $name } in { $title }
session-chat-sent = An den Chat von **{ $title }** geschickt.

session-chat-error-not-member = Der Chat von **{ $title }** ist für den Gastgeber und alle mit einem Platz.
session-chat-error-waitlisted = Du stehst auf der Warteliste für **{ $title }**: Der Chat öffnet sich für dich, sobald du einen Platz bekommst.
session-chat-error-closed = Der Chat von **{ $title }** ist geschlossen: Die Session wurde abgesagt oder ist seit über einem Tag vorbei.
session-chat-error-alone = In **{ $title }** hat noch niemand einen Platz: Der Chat öffnet sich mit dem ersten Platz.
