# Profile: /setup, /profile, die set-*-Befehle, /notifications, /language, /link, /export, /delete-me.

profile-title-yours = Dein Profil: { $name }
profile-title-saved = Profil gespeichert: { $name }
profile-title-so-far = Bisher gespeichert: { $name }
profile-title-notifications = Benachrichtigungen: { $name }
profile-field-activities = Aktivitäten
profile-field-level = Niveau
profile-field-area = Gegend
profile-field-zone = Zeitzone
profile-field-available = Verfügbar
profile-field-status = Status
profile-field-notifications = Benachrichtigungen
profile-field-record = Bilanz
profile-field-about = Über dich
profile-not-set = nicht festgelegt
profile-area = { $area } · im Umkreis von { $km } km
profile-status-active = aktiv
profile-status-paused = pausiert (nicht im Matching sichtbar)
profile-alerts = Match-Hinweise { $state ->
        [on] an
       *[off] aus
    }
profile-quiet = Ruhezeit { $start }–{ $end }
profile-reminders = Erinnerungen { $times }
profile-reminders-default = Erinnerungen Standard
profile-reminders-off = Erinnerungen aus
profile-digest = Wochenübersicht { $state ->
        [on] an
       *[off] aus
    }
profile-lead-days = { $count } T
profile-lead-hours = { $count } Std
profile-lead-minutes = { $count } Min
profile-record = { $attended } besucht · Serie { $streak } (beste { $best }) · Zuverlässigkeit { $reliability } %
profile-missing = Damit du Matches bekommst, ergänze { $missing } — oder starte /setup.
profile-missing-area = deine Gegend (/set-location)
profile-missing-activities = Aktivitäten (/set-activities)
profile-missing-level = dein Niveau (/set-level)
profile-paused-hint = Dein Profil ist pausiert: Niemand sieht dich in den Matches. Mit /resume wirst du wieder gematcht.
profile-ready = Bereit zum Matchen: probier /match.
profile-button-match = Trainingspartner finden
profile-button-sessions = Sessions ansehen
profile-button-pause = Pausieren
profile-button-resume = Fortsetzen
profile-button-edit = Mit /setup bearbeiten
profile-button-export = Meine Daten exportieren
profile-choose-area = Wähle deine Gegend
profile-place-ambiguous = Es gibt mehrere Orte namens „{ $place }“. Welcher ist es?
profile-area-set = Deine Gegend ist jetzt **{ $area }** (Matching im Umkreis von { $km } km). Andere sehen immer nur den Namen der Gegend.
profile-area-set-zone = Deine Gegend ist jetzt **{ $area }** (Matching im Umkreis von { $km } km). Andere sehen immer nur den Namen der Gegend. Deine Zeitzone ist jetzt { $zone }; falls das nicht stimmt, ändere sie mit /set-timezone.
profile-name-set = Du erscheinst als { $name }
profile-name-platform = Ein Name braucht mindestens einen Buchstaben, deshalb erscheinst du mit deinem { $platform ->
        [discord] Discord-Namen
        [telegram] Telegram-Namen
       *[other] Terminal-Namen
    }, { $name } Versuch /set-name noch einmal mit Buchstaben.
profile-bio-saved = Bio gespeichert.
profile-level-set = Niveau: **{ $level }**.
profile-radius-set = Du wirst mit Leuten und Sessions im Umkreis von **{ $km } km** gematcht, deren eigener Umkreis auch dich erreicht.
profile-zone-set = Zeitzone: **{ $zone }**. Zeiten werden dir in dieser Zone angezeigt.
profile-zone-set-from = Zeitzone: **{ $zone }** (aus { $place }). Zeiten werden dir in dieser Zone angezeigt.
profile-activities-set = Aktivitäten: **{ $activities }**.
profile-availability-set = Verfügbar **{ $when }** ({ $zone }). Das Matching vergleicht das mit anderen, auch über Zeitzonen hinweg.
profile-availability-cleared = Verfügbarkeit gelöscht.
profile-paused = Pausiert: Du erscheinst nicht in Matches und bekommst keine Match-Hinweise. /resume, wenn du zurück bist.
profile-resumed = Willkommen zurück: Du erscheinst wieder in Matches.
profile-export-text = Hier ist alles, was Spotter über dich speichert.
profile-gps-invalid = Der geteilte Standort ist kein gültiger Punkt auf der Erde.
profile-timezone-unknown = „{ $zone }“ ist weder ein Ort noch eine Zeitzone, die ich kenne. Schreib eine Stadt wie New York oder Berlin oder einen IANA-Namen wie Europe/Berlin.
profile-timezone-ambiguous = „{ $text }“ reicht über mehrere Zeitzonen: { $zones }. Schreib die Stadt oder einen dieser Namen.

setup-place-failed = { $problem } Leg sie mit /set-location fest.
setup-place-ambiguous = Alles andere ist gespeichert. Es gibt mehrere Orte namens „{ $place }“ — welcher ist deiner?

prefs-saved = Gespeichert.
prefs-hint = Ändern z. B. mit /notifications alerts: aus quiet: 22-7
prefs-quiet-invalid = Ruhezeiten sehen so aus: „22-7“ oder „22:30-06:30“ (24-Stunden-Uhr), oder „aus“; „{ $text }“ passt nicht dazu.
prefs-lead-invalid = Erinnerungszeiten sehen so aus: „24h,1h“ oder „30m“ (5 Minuten bis 7 Tage), „standard“ oder „aus“; „{ $text }“ passt nicht dazu.
prefs-lead-too-many = Höchstens { $max } Erinnerungszeiten.

lang-title = Sprache
lang-current = Aktuell: { $why }
    Wähle unten eine aus oder schreib /language mit einer Sprache (de, Deutsch, русский…). /language auto folgt wieder deiner App.
lang-why-chosen = { $language }, deine Wahl.
lang-why-platform = { $language }, so wie es deine { $platform ->
        [discord] Discord-App
        [telegram] Telegram-App
       *[other] Terminal-Einstellung
    } sagt.
lang-why-community = { $language }, die Standardsprache dieser Community.
lang-why-default = { $language }: Weder du noch deine App haben eine Sprache gewählt, die Spotter spricht.
lang-button-auto = Meiner App folgen
lang-set = Erledigt: Spotter spricht ab jetzt { $language } mit dir.
lang-auto = Erledigt: Spotter folgt wieder der Sprache deiner App. Aktuell: { $why }
lang-unknown = Spotter spricht „{ $text }“ nicht. Wähle eine davon: { $known } — oder auto, um deiner App zu folgen.

link-title = Ein weiteres Konto verknüpfen
link-code-made = Schick auf deiner anderen Plattform innerhalb von { $minutes } Minuten **/link { $code }** an den Spotter-Bot. Dieses Konto nutzt dann dieses Profil (sein eigenes Spotter-Profil, falls vorhanden, wird ersetzt).
link-done = Verknüpft: Dieses Konto nutzt jetzt das Profil von **{ $name }** — mit Matches, Trainingspartnern und Sessions.
link-code-shape = Ein Verknüpfungscode besteht aus 6 Buchstaben und Ziffern, z. B. K7Q2MX.
link-code-own = Gib diesen Code auf deiner anderen Plattform ein, nicht hier.
link-profile-gone = Das Profil, das diesen Code erstellt hat, gibt es nicht mehr.
link-platform-taken = Mit diesem Profil ist schon ein { $platform } verknüpft.
link-platform-discord = Discord-Konto
link-platform-telegram = Telegram-Konto
link-platform-console = Terminal-Konto

delete-button-yes = Ja, alles löschen
delete-ask-title = Alles löschen?
delete-ask-text = Das entfernt sofort dein Profil, deine Trainingspartner, Nachrichten und Beitrittsanfragen und sagt die Sessions ab, die du leitest (alle Teilnehmenden werden informiert). Dein Name wird aus den Moderationsprotokollen entfernt, ebenso der Text deiner Meldungen. Ein Community-Bann gegen dich bleibt bestehen: Er gilt für deine Konten. Das lässt sich nicht rückgängig machen.
delete-done = Erledigt: Alles von dir ist gelöscht{ $cancelled ->
        [0] {""}
        [one] {" "}und die Session, die du geleitet hast, ist abgesagt
       *[other] {" "}und die { $cancelled } Sessions, die du geleitet hast, sind abgesagt
    }.{ $told ->
        [0] {""}
        [one] {" "}{ $told } Person wurde informiert.
       *[other] {" "}{ $told } Personen wurden informiert.
    } Komm jederzeit wieder.
delete-cancelled = Abgebrochen: Nichts wurde gelöscht. Dein Profil bleibt, wie es ist.
delete-notice-cancelled-title = Session abgesagt
delete-notice-cancelled-text = **{ $title }** am { $when } wurde abgesagt: Die Leitung hat Spotter verlassen.
delete-notice-seat-title = Du bist dabei!
delete-notice-seat-text = In **{ $title }** ist ein Platz frei geworden, und er gehört dir.
