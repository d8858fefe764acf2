# Befehlsmenüs: die Beschreibung jedes Befehls, seiner Optionen und Auswahlwerte, wie die
# Plattformen sie zeigen (Discords description_localizations, Telegrams Menüs je Sprache).

cmd-audit = Letzte Aktionen der Moderation in dieser Community (Moderation)
cmd-audit-count = Wie viele Einträge (1–50, Standard 20)

cmd-ban = Jemanden in dieser Community von Spotter sperren (Moderation)
cmd-ban-person = Wer: der Name (ein Mitglied oder jemand aus /reports) oder die ID
cmd-ban-reason = Warum (wird im Protokoll festgehalten)

cmd-block = Jemanden blockieren: still, in beide Richtungen, sofort
cmd-block-person = Wer: der Name oder die Nummer aus deiner letzten /buddies- oder /match-Liste

cmd-buddies = Deine Buddys und Buddy-Anfragen

cmd-buddy-accept = Eine Buddy-Anfrage annehmen
cmd-buddy-accept-person = Wer gefragt hat: der Name oder die Nummer aus /buddies

cmd-buddy-decline = Eine Buddy-Anfrage ablehnen
cmd-buddy-decline-person = Wer gefragt hat: der Name oder die Nummer aus /buddies

cmd-calendar = Eine Kalenderdatei (.ics) für eine Session oder alle deine
cmd-calendar-session = Eine Session (Nummer oder ID); weglassen für alle kommenden Sessions

cmd-checkin = Sag Spotter, ob du bei einer Session warst, der du beigetreten bist
cmd-checkin-session = Die Session: ihre Nummer aus /my-sessions oder ihre ID
cmd-checkin-attended = Warst du da? Ja oder nein

cmd-community-stats = Wie es Spotter in dieser Community geht, mit Diagrammen der letzten 12 Wochen (Moderation)

cmd-connect = Jemanden fragen, ob ihr Trainings-Buddys werdet
cmd-connect-person = Wer: der Name oder die Nummer aus deiner letzten /match- oder /buddies-Liste
cmd-connect-message = Eine kurze Nachricht zu deiner Anfrage (optional)

cmd-delete-me = Dein Profil und alles, was dir gehört, löschen (mit Rückfrage)

cmd-delete-me-cancel = Bricht /delete-me ab
cmd-delete-me-cancel-confirm = Der Bestätigungsknopf, den es abbricht

cmd-delete-me-confirm = Bestätigt /delete-me

cmd-disconnect = Keine Buddys mehr sein oder eine Anfrage zurückziehen
cmd-disconnect-person = Wer: der Name oder die Nummer aus /buddies

cmd-export = Alles herunterladen, was Spotter über dich speichert (JSON)

cmd-help = Was Spotter kann und welche Befehle es gibt
cmd-help-command = Ein Befehl, der erklärt werden soll

cmd-join = Den Host bitten, dich an einer Session teilnehmen zu lassen
cmd-join-session = Die Session: ihre Nummer in /sessions oder ihre ID
cmd-join-message = Ein paar Worte an den Host (optional)

cmd-leave = Eine Session verlassen (Platz oder Warteliste) oder deine Anfrage zurückziehen
cmd-leave-session = Die Session: ihre Nummer aus /my-sessions oder ihre ID

cmd-link = Ein Profil für Discord und Telegram: hier Code holen, im anderen eingeben
cmd-link-code = Der Code von /link in deinem anderen Konto

cmd-match = Trainings-Buddys in deiner Nähe finden, gereiht und erklärt
cmd-match-page = Ergebnisseite

cmd-mod-settings = Spotter-Einstellungen dieser Community zeigen oder ändern (Moderation)
cmd-mod-settings-announce-channel = Der Kanal, in dem Sessions angekündigt werden
cmd-mod-settings-moderator-role = Die Rolle, deren Mitglieder Spotter hier moderieren
cmd-mod-settings-clear = Ankündigungen beenden oder keine Moderationsrolle mehr nutzen
cmd-mod-settings-clear-announce-channel = Ankündigungskanal
cmd-mod-settings-clear-moderator-role = Moderationsrolle
cmd-mod-settings-radius = Standard-Suchradius in km (1–200)

cmd-msg = Einem Buddy schreiben, egal auf welcher Plattform
cmd-msg-person = Welcher Partner: der Name oder die Nummer aus /buddies
cmd-msg-text = Deine Nachricht
cmd-msg-reply-to = Die Nachricht, auf die du antwortest (setzt der Antworten-Knopf)

cmd-my-sessions = Deine kommenden Sessions: als Host, dabei, Warteliste, angefragt

cmd-notifications = Match-Hinweise, Ruhezeiten, Session-Erinnerungen und der Wochenüberblick
cmd-notifications-alerts = Hinweise bei neuen guten Matches oder Sessions (on/off)
cmd-notifications-quiet = Ruhezeiten wie "22-7" oder "22:30-06:30"; "aus" zum Löschen
cmd-notifications-reminders = Erinnerungen vorher, z. B. "24h,1h" oder "30m"; "standard" oder "aus"
cmd-notifications-digest = Wöchentlicher Überblick über Sessions in deiner Nähe (on/off)

cmd-pause = Dich vorerst vor Matches und Hinweisen verbergen

cmd-place-add = Einen öffentlichen Treffpunkt zu dieser Community hinzufügen (Moderation)
cmd-place-add-name = Der Name, den alle sehen, z. B. "Tiergarten Haupttor"
cmd-place-add-location = Wo er ist: Kartenlink, "lat, lng" oder ein Gebiet (wird nie gezeigt)

cmd-place-remove = Einen Treffpunkt aus dieser Community entfernen (Moderation)
cmd-place-remove-name = Der Ort: seine Nummer oder sein Name, wie /places ihn zeigt

cmd-places = Die ausgewählten öffentlichen Treffpunkte dieser Community

cmd-profile = Dein Profil zeigen (nur du siehst es)

cmd-report = Eine Person, Session oder Nachricht der Moderation melden
cmd-report-reason = Was ist passiert? Die Moderation liest das
cmd-report-person = Eine Person: der Name oder die Nummer aus deiner letzten /match- oder /buddies-Liste
cmd-report-session = Eine Session: ihre Nummer aus /sessions oder /my-sessions oder ihre ID
cmd-report-message = Eine Nachricht an dich (setzt ihr Melden-Knopf)

cmd-report-open = Öffnet eine Meldung, die dir geschickt wurde (Moderation)
cmd-report-open-report = Die ID der Meldung

cmd-report-resolve = Eine Meldung mit einer Notiz zum Ergebnis abschließen (Moderation)
cmd-report-resolve-report = Die Meldung: ihre Nummer in /reports
cmd-report-resolve-note = Was du unternommen hast (für das Protokoll)

cmd-reports = Offene Meldungen in dieser Community, älteste zuerst (Moderation)

cmd-request-accept = Eine Teilnahmeanfrage für deine Session annehmen
cmd-request-accept-request = Die Anfrage: ihre Nummer in /requests

cmd-request-decline = Eine Teilnahmeanfrage für deine Session ablehnen
cmd-request-decline-request = Die Anfrage: ihre Nummer in /requests

cmd-requests = Teilnahmeanfragen, die auf deine Antwort warten
cmd-requests-session = Nur für diese Session (ihre Nummer aus /my-sessions oder ihre ID)

cmd-resume = Wieder bei Matches erscheinen

cmd-session = Eine Session zeigen: wann, wo, Niveau, Plätze
cmd-session-session = Die Session: ihre Nummer aus /sessions oder /my-sessions oder ihre ID

cmd-session-cancel = Eine Session absagen, die du hostest; alle Teilnehmenden erfahren es
cmd-session-cancel-session = Die Session: ihre Nummer in /my-sessions oder ihre ID
cmd-session-cancel-reason = Warum, in wenigen Worten (für die Teilnehmenden)

cmd-session-create = Eine Trainings-Session anlegen, der Leute in der Nähe beitreten können
cmd-session-create-activity = Was du machst, z. B. Laufen, Yoga, Klettern
cmd-session-create-when = Wann es losgeht, in deiner Zeit: "morgen 7 Uhr", "Sa 9:30"
cmd-session-create-place = Treffpunkt: einer der Orte dieser Community oder ein beliebiges Gebiet
cmd-session-create-capacity = Plätze für andere, 1 bis 50 (Standard 4)
cmd-session-create-levels = Für wen: Alle Niveaus, Anfänger, Fortgeschritten bis Profi… (Standard: Alle Niveaus)
cmd-session-create-duration = Wie lange: "45 min", "1h30" (Standard 1 h)
cmd-session-create-title = Ein kurzer Titel (Standard: die Aktivität)
cmd-session-create-notes = Hinweise: Tempo, was mitbringen (bis 500 Zeichen)
cmd-session-create-weekly = Jede Woche zur selben Zeit wiederholen

cmd-session-edit = Eine Session ändern, die du hostest; alle erfahren, was sich geändert hat
cmd-session-edit-session = Die Session: ihre Nummer in /my-sessions oder ihre ID
cmd-session-edit-when = Neuer Beginn, in deiner Zeit: "Sa 10 Uhr"
cmd-session-edit-place = Neuer Treffpunkt
cmd-session-edit-capacity = Neue Anzahl Plätze, 1 bis 50
cmd-session-edit-duration = Neue Dauer: "45 min", "1h30"
cmd-session-edit-title = Neuer Titel
cmd-session-edit-notes = Neue Hinweise für Teilnehmende (bis 500 Zeichen)
cmd-session-edit-levels = Neue Niveaus: Alle Niveaus, Anfänger, Fortgeschritten bis Profi…
cmd-session-edit-weekly = Jede Woche wiederholen

cmd-session-remove = Eine Session aus dieser Community entfernen und alle darin informieren (Moderation)
cmd-session-remove-session = Die Session: ihre Nummer aus /sessions oder ihre ID
cmd-session-remove-reason = Warum (der Host erfährt es)

cmd-sessions = Trainings-Sessions in deiner Nähe durchsuchen, mit Filtern
cmd-sessions-activity = Nur diese Aktivität, z. B. Laufen
cmd-sessions-day = Nur dieser Tag: "heute", "morgen", "Sa", "2026-12-05"
cmd-sessions-level = Nur Sessions, die zu diesem Niveau passen
cmd-sessions-level-beginner = Anfänger
cmd-sessions-level-intermediate = Fortgeschritten
cmd-sessions-level-advanced = Erfahren
cmd-sessions-distance = Wie weit suchen, in km (Standard: dein Radius)
cmd-sessions-page = Ergebnisseite

cmd-set-activities = Deine Sportarten festlegen, z. B. "Laufen, Yoga"
cmd-set-activities-activities = Aktivitäten, durch Komma getrennt (Laufen, Radfahren, Gym, Yoga, Klettern…)

cmd-set-availability = Wann du jede Woche trainieren kannst, in Worten: "werktags abends, Sa morgens"
cmd-set-availability-when = z. B. "werktags abends, Sa morgens" oder "Mo/Mi 6-8 Uhr"; "keine" leert es

cmd-set-bio = Ein paar Worte dazu, wie du gern trainierst
cmd-set-bio-bio = Eine kurze Bio (bis 300 Zeichen)

cmd-set-level = Dein Fitnessniveau festlegen: Anfänger, Fortgeschritten oder Erfahren
cmd-set-level-level = Dein Niveau: Anfänger, Fortgeschritten oder Erfahren
cmd-set-level-level-beginner = Anfänger
cmd-set-level-level-intermediate = Fortgeschritten
cmd-set-level-level-advanced = Erfahren

cmd-set-location = Dein Gebiet festlegen: Stadt oder Gebiet, "lat, lng", Kartenlink oder Standort teilen
cmd-set-location-place = Deine Stadt oder dein Gebiet (z. B. "Kreuzberg, Berlin"), "lat, lng" oder ein Kartenlink

cmd-set-name = Der Name, den andere sehen
cmd-set-name-name = Dein Anzeigename (bis 40 Zeichen)

cmd-set-radius = Wie weit du zum Training fährst, in km
cmd-set-radius-km = Umkreis in km (1–200)

cmd-set-timezone = Deine Zeitzone bestätigen oder ändern (wird aus deinem Gebiet ermittelt)
cmd-set-timezone-zone = Eine Stadt oder ein Land (New York, Berlin) oder eine IANA-Zone wie Europe/Berlin

cmd-setup = Dein Fitnessprofil Schritt für Schritt einrichten
cmd-setup-activities = Was trainierst du? z. B. "Laufen, Yoga"
cmd-setup-level = Dein Niveau: Anfänger, Fortgeschritten oder Erfahren
cmd-setup-level-beginner = Anfänger
cmd-setup-level-intermediate = Fortgeschritten
cmd-setup-level-advanced = Erfahren
cmd-setup-place = Wo trainierst du? Stadt oder Gebiet, "lat, lng", Kartenlink – oder Standort teilen
cmd-setup-radius = Wie weit fährst du, in km? (1–200)
cmd-setup-availability = Wann kannst du trainieren? z. B. "werktags abends, Sa morgens"
cmd-setup-bio = Ein paar Worte dazu, wie du gern trainierst

cmd-stats = Dein Trainingskalender, Serien, Erscheinungsquote, Buddys und Top-Aktivitäten

cmd-unban = Eine Sperre in dieser Community aufheben (Moderation)
cmd-unban-person = Wer: der Name (ein Mitglied oder jemand aus /reports) oder die ID

cmd-unblock = Jemanden entsperren, den du blockiert hast
cmd-unblock-person = Wer: der Name oder die Nummer aus /buddies
cmd-calendar-feed = Eine private Kalenderadresse mit deinen Trainings, immer aktuell
cmd-calendar-feed-action = on (Adresse zeigen oder erstellen), reset (neue Adresse; die alte endet), off
cmd-calendar-feed-action-on = An
cmd-calendar-feed-action-reset = Zurücksetzen
cmd-calendar-feed-action-off = Aus
cmd-language = Die Sprache, in der Spotter mit dir spricht: en, de, es, ru oder auto (wie deine App)
cmd-language-language = Eine Sprache (de, Deutsch, german, ru, русский…) oder „auto“ für die Sprache deiner App
cmd-mod-settings-language = Sprache der Beiträge in der Community; „auto“ setzt sie zurück
cmd-mod-settings-language-en = English
cmd-mod-settings-language-de = Deutsch
cmd-mod-settings-language-es = Español
cmd-mod-settings-language-ru = Русский
cmd-mod-settings-language-auto = Automatisch

cmd-rounds = Wöchentliche Paarungsrunden: jede Woche ein Trainingspartner
cmd-rounds-setup = Wöchentliche Paarungsrunden einrichten: Wochentag, Stunde, Aktivität, an oder aus (Moderatoren)
cmd-rounds-setup-weekday = Der Wochentag, an dem die Runden starten
cmd-rounds-setup-weekday-mon = Montag
cmd-rounds-setup-weekday-tue = Dienstag
cmd-rounds-setup-weekday-wed = Mittwoch
cmd-rounds-setup-weekday-thu = Donnerstag
cmd-rounds-setup-weekday-fri = Freitag
cmd-rounds-setup-weekday-sat = Samstag
cmd-rounds-setup-weekday-sun = Sonntag
cmd-rounds-setup-hour = Die Stunde, zu der die Runden starten, 0–23, nach der Uhr der Community
cmd-rounds-setup-activity = Nur Leute paaren, die das machen, dafür (Standard: jede gemeinsame Aktivität)
cmd-rounds-setup-state = an (Standard) oder aus
cmd-rounds-setup-state-on = An
cmd-rounds-setup-state-off = Aus
cmd-rounds-setup-timezone = Die Zeitzone der Stunde, z. B. Europe/Berlin (Standard: deine)
cmd-rounds-setup-clear = Wieder nach jeder gemeinsamen Aktivität paaren
cmd-rounds-setup-clear-activity = Die Aktivität
cmd-rounds-join = Bei den wöchentlichen Paarungsrunden dieser Community mitmachen
cmd-rounds-leave = Bei den Paarungsrunden dieser Community aussteigen
cmd-rounds-skip = Nur die nächste Paarungsrunde aussetzen
cmd-rounds-status = Paarungsrunden hier: Zeitplan, dein Status und für Moderatoren die Zahlen jeder Runde
cmd-met = „Habt ihr zusammen trainiert?“ beantworten
cmd-met-question = Welche Frage (aus ihren Knöpfen)
cmd-met-answer = yes, not-yet oder no (hat nicht geklappt)
cmd-met-answer-yes = Ja
cmd-met-answer-not-yet = Noch nicht
cmd-met-answer-no = Hat nicht geklappt
cmd-plan = Trainingszeit mit Buddy oder jemandem für /connect finden: die besten gemeinsamen Zeiten
cmd-plan-person = Wer: der Name oder die Nummer aus deiner letzten /match- oder /buddies-Liste
cmd-plan-time = Stattdessen eine eigene Zeit vorschlagen, z. B. „Samstag 9 Uhr“ (optional)
cmd-plan-offer = Bietet die von /plan gefundenen Zeiten der anderen Person an
cmd-plan-offer-person = Für wen die Zeiten sind
cmd-plan-offer-slots = Die angebotenen Zeiten
cmd-plan-offer-activity = Die Sportart
cmd-plan-propose = Schlägt eine eigene Zeit zum gemeinsamen Training vor
cmd-plan-propose-person = Für wen die Zeit ist
cmd-plan-propose-time = Wann? z. B. „Samstag 9 Uhr“, „morgen 18:30“
cmd-plan-propose-activity = Die Sportart
cmd-plan-accept = Nimmt eine Zeit an, die dir jemand mit /plan angeboten hat
cmd-plan-accept-person = Wer sie angeboten hat
cmd-plan-accept-slot = Die gewählte Zeit
cmd-plan-accept-offer = Das Angebot, zu dem die Zeit gehört
cmd-plan-accept-activity = Die Sportart

cmd-attendance-toggle = Wechselt auf deiner Anwesenheitsliste zwischen „da“ und „nicht erschienen“
cmd-attendance-toggle-session = Die Trainings-ID
cmd-attendance-toggle-person = Die ID der teilnehmenden Person
cmd-attendance-done = Bestätigt deine Anwesenheitsliste, wie sie ist
cmd-attendance-done-session = Die Trainings-ID
cmd-attendance-appeal = Bittet die Moderatoren, deine Pause wegen Nichterscheinens zu prüfen
cmd-report-resolve-clear = Bei einem Einspruch gegen eine Pause wegen Nichterscheinens: aufgehoben, Pause beenden
