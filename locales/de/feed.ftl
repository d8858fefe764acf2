# Der Live-Kalender (/calendar-feed) und seine Termine.

feed-name = Spotter: { $name }
feed-summary-cancelled = Abgesagt: { $title }
feed-summary-requested = Angefragt: { $title }
feed-what = { $activity }, { $from } bis { $to }
feed-you-host = Du leitest dieses Training.
feed-host = Leitung: { $name }
feed-role-seated = Du hast einen Platz.
feed-role-waitlisted = Du stehst auf der Warteliste.
feed-role-requested = Deine Anfrage wartet auf die Antwort der Leitung.
feed-role-looking = Du hast noch keinen Platz: frag in Spotter danach.

feed-unavailable = Dieses Spotter hat keine Webadresse für Kalender-Abos. Nutze stattdessen die Schaltfläche „Zum Kalender hinzufügen“ bei einem Training, um eine Datei zu bekommen.
feed-title = Dein Kalender-Abo
feed-made = Abonniere diese Adresse in Google Kalender (Weitere Kalender → Per URL), Apple Kalender (Ablage → Neues Kalenderabonnement) oder Outlook (Kalender hinzufügen → Aus dem Internet abonnieren):
    { $url }
    Es zeigt die Trainings, die du leitest oder bei denen du einen Platz hast, deine Wartelistenplätze und noch offene Anfragen. Halte sie privat: Wer die Adresse kennt, kann ihn lesen. Ich zeige sie nicht noch einmal; /calendar-feed reset erstellt eine neue.
feed-reset = Hier ist deine neue Adresse; die alte funktioniert nicht mehr:
    { $url }
    Abonniere sie in deiner Kalender-App neu und entferne das alte Abo.
feed-exists = Dein Kalender-Abo ist seit { $since } aktiv. Ich speichere nur einen Fingerabdruck der Adresse und kann sie daher nicht noch einmal zeigen: Setze sie zurück, um eine neue zu bekommen, oder schalte das Abo aus.
feed-off = Dein Kalender-Abo ist aus. Die Adresse funktioniert nicht mehr.
feed-was-off = Du hast kein Kalender-Abo. /calendar-feed erstellt eins.
feed-button-reset = Neue Adresse
feed-button-off = Ausschalten
