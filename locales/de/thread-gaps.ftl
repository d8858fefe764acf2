## Die letzten Lücken der Session-Chats: /say, wo der Bot einen Thread nicht lesen kann, und verweigerte Orte in den Worten jeder Plattform

cmd-say = Im Thread eines Session-Chats: so schreiben, dass Mitglieder in anderen Apps es auch lesen
cmd-say-message = Deine Nachricht an die Gruppe
chat-say-error-not-in-place = Nutze /say im eigenen Thread eines Session-Chats. Überall sonst schreibst du mit /session-chat in den Chat einer Session.
chat-place-elsewhere = Jemand im Chat von **{ $title }** nutzt Spotter in einer anderen App. Spotter kann diesen Thread nicht mitlesen, deshalb liest diese Person nur, was du mit **/say** schickst: Tippe hier /say und deine Nachricht. Ihre Nachrichten erscheinen hier unter ihrem Namen.
chat-place-topic-rights-missing-text = Die Neuigkeiten jeder Session bekommen im Forum von { $community } kein eigenes Thema, und ihr Chat läuft weiter über private Nachrichten: Spotter ist dort kein Admin mit dem Recht „Themen verwalten“. So erteilst du es: Gruppe öffnen → Bearbeiten → Administratoren → Spotter, „Themen verwalten“ einschalten und speichern.
