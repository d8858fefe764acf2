# Moderation: Einstellungen, Meldungen, Sperren, Protokoll und was Betroffene erfahren.

mod-this-community = diese Community
mod-error-forbidden = Nur Moderatoren dieser Community können das tun.
mod-error-needs-community = Führe das in deiner Community aus (Server oder Gruppe).
mod-error-unknown-community = Diese Community ist Spotter nicht bekannt.
mod-error-bad-announce-channel = Der Ankündigungskanal muss eine ID (wie 123456789012345678), eine Erwähnung davon oder "keine" sein.
mod-error-bad-moderator-role = Die Moderatorenrolle muss eine ID (wie 123456789012345678), eine Erwähnung davon oder "keine" sein.
mod-error-bad-radius = Der Standardradius muss eine ganze Zahl von 1 bis 200 km sein.
mod-error-nothing-to-change = Nichts zu ändern: Gib announce-channel, moderator-role, radius oder language an.
mod-error-place-name-empty = Der Name des Ortes darf nicht leer sein.
mod-error-place-name-too-long = Der Name des Ortes ist zu lang: Bleib unter { $max } Zeichen.
mod-error-place-name-coordinates = Gib dem Ort einen Namen, den man kennt, wie "Tiergarten Haupttor" — Namen sieht jeder, also keine Koordinaten darin.
mod-error-place-exists = Es gibt schon einen Ort namens "{ $name }". Entferne ihn zuerst mit /place-remove, um ihn zu verschieben.
mod-error-places-full = Diese Community hat schon { $max } Orte, das Maximum. Entferne zuerst einen mit /place-remove.
mod-error-no-such-place = Es gibt keinen Ort namens "{ $name }". /places listet sie auf.

mod-settings-title = Community-Einstellungen: { $community }
mod-settings-saved-title = Gespeichert: { $community }
mod-settings-help = Ändere sie mit /mod-settings announce-channel: … moderator-role: … radius: … language: … events: on|off ("keine" leert einen Kanal oder eine Rolle, "auto" die Sprache; "events: off" hält Sessions aus dem Events-Tab des Servers heraus).
mod-settings-announce-channel = Ankündigungskanal
mod-settings-announce-channel-none = keiner (die Community selbst)
mod-settings-moderator-role = Moderatorenrolle
mod-settings-moderator-role-none = keine (nur Admins)
mod-settings-radius = Standardradius
mod-settings-radius-value = { $km } km
mod-settings-places = Treffpunkte
mod-settings-language = Sprache
mod-settings-language-none = automatisch (die eigene jedes Lesers; Englisch in der Community)

mod-audit-empty = Noch keine Moderatoraktionen in **{ $community }**.
mod-audit-title = Protokoll: { $community } (neueste zuerst)
mod-audit-line = { $when } · **{ $actor }** { $action }{ $target }
mod-audit-line-detail = { $when } · **{ $actor }** { $action }{ $target } — { $detail }
mod-audit-action-settings-update = hat Einstellungen geändert
mod-audit-action-place-add = hat einen Ort hinzugefügt
mod-audit-action-place-remove = hat einen Ort entfernt
mod-audit-action-report-resolve = hat eine Meldung erledigt
mod-audit-action-session-remove = hat eine Session entfernt
mod-audit-action-member-ban = hat gesperrt
mod-audit-action-member-unban = hat entsperrt


report-error-reason-empty = Der Grund darf nicht leer sein.
report-error-reason-too-long = Der Grund ist zu lang: Bleib unter { $max } Zeichen.
report-error-self = Du kannst dich nicht selbst melden.
report-error-person-not-found = Ich finde diese Person nicht.
report-error-session-not-found = Ich finde diese Session nicht. Nimm ihre Nummer aus /sessions oder ihre ID.
report-error-message-not-found = Ich finde diese Nachricht nicht. Nur Nachrichten an dich können gemeldet werden, innerhalb von { $days } Tagen.
report-error-no-community = Ich weiß nicht, welche Moderatoren ich informieren soll: Führe /report in deinem Server oder deiner Gruppe aus.
report-error-already-reported = Du hast das schon gemeldet; die Moderatoren sehen es sich an.
report-error-report-not-found = Ich finde diese Meldung nicht. Moderatoren sehen die offenen mit /reports in ihrer Community.
report-error-note-empty = Die Notiz zur Erledigung darf nicht leer sein.
report-error-not-found-here = Ich finde diese Meldung hier nicht. /reports listet die offenen auf.
report-error-already-resolved = Diese Meldung ist schon erledigt.
report-error-session-not-here = Ich finde diese Session in dieser Community nicht.
report-error-not-in-list = Ich finde diese Meldung nicht. Nimm ihre Nummer aus deiner letzten /reports-Liste.
report-error-say-what = Sag, was du meldest: person: <Nummer>, session: <Nummer>, oder nutze den Melden-Button unter einer Nachricht.
report-error-one-at-a-time = Melde eins nach dem anderen: eine Person, eine Session oder eine Nachricht.
report-error-session-not-in-list = Ich finde diese Session nicht. Nimm ihre Nummer aus deiner letzten /sessions-Liste oder ihre ID.
report-error-message-use-button = Ich finde diese Nachricht nicht. Nutze den Melden-Button darunter.
report-filed = Danke — deine Meldung ging vertraulich an die Moderatoren der Community. Nichts wurde öffentlich gepostet, und die Person erfährt nicht, wer gemeldet hat. Wenn du dich unsicher fühlst, kannst du sie auch mit /block blockieren.
report-resolved = Meldung erledigt. Die meldende Person weiß, dass sie geprüft wurde.

report-someone-who-left = jemand, der gegangen ist
report-who = **{ $name }** (ID { $id })
report-subject-person = Person: { $who }
report-subject-message = Nachricht von { $who }: „{ $excerpt }“
report-subject-session = Session: **{ $title }** (ID { $id }, { $when }, { $status }), Gastgeber: { $host }
report-subject-session-gone = Session { $id } (existiert nicht mehr)
report-session-status-open = offen
report-session-status-full = voll
report-session-status-cancelled = abgesagt
report-session-status-completed = beendet

report-arrived-title = Neue Meldung in { $community }
report-arrived-text = { $reporter } hat { $when } gemeldet.
report-field-about = Betrifft
report-field-reason = Grund
report-button-open = Meldung öffnen
report-reviewed-text = Ein Moderator von **{ $community }** hat deine Meldung geprüft. Danke, dass du hilfst, die Community sicher zu halten.
report-open-title = Meldung in { $community }
report-open-open = Offen. In { $community } listet /reports sie mit einem Erledigen-Button; /ban person: <id> reason: … sperrt.
report-open-resolved = Schon erledigt { $when }: { $resolution }
report-field-reported = Gemeldet { $when } von { $reporter }

report-list-empty = Keine offenen Meldungen. 🎉
report-list-entry = #{ $number } · gemeldet { $when } von { $reporter }
report-list-reason = Grund: { $reason }
report-list-title = Offene Meldungen ({ $count }, älteste zuerst)
report-list-help = Erledige eine mit ihrem Button oder /report-resolve report: 1 note: …; sperre mit /ban person: <id> reason: …
report-button-resolve = Erledigen #{ $number }

ban-error-banned-from = Du bist in **{ $community }** gesperrt und kannst dort nicht mehr mitmachen: Sessions, Matches, Trainingspartner-Anfragen und Nachrichten dort sind für dich geschlossen.
ban-error-banned-here = Du bist in dieser Community gesperrt und kannst dort nicht mehr mitmachen: Sessions, Matches, Trainingspartner-Anfragen und Nachrichten dort sind für dich geschlossen.
ban-error-self = Du kannst dich nicht selbst sperren.
ban-error-owner = Diese Person betreibt dieses Spotter und kann nicht gesperrt werden.
ban-error-not-banned = { $name } ist hier nicht gesperrt.
ban-notice-title = Du kannst hier nicht mehr mitmachen
ban-notice-text = Du bist in **{ $community }** auf Spotter gesperrt: Sessions, Matches, Trainingspartner-Anfragen und Nachrichten dort sind für dich geschlossen. Deine kommenden Sessions dort wurden abgesagt und deine Plätze und Teilnahmeanfragen dort zurückgezogen. Andere Communitys sind nicht betroffen.
ban-done = **{ $name }** (ID { $id }) gesperrt. Die Person kann hier nicht mehr gematcht werden, sich verbinden, schreiben oder posten, auch nicht mit einem neuen Profil auf denselben Konten.
ban-done-updated = Sperre von **{ $name }** (ID { $id }) aktualisiert. Die Person kann hier nicht mehr gematcht werden, sich verbinden, schreiben oder posten, auch nicht mit einem neuen Profil auf denselben Konten.
ban-done-also = Außerdem: { $effects }.
ban-done-told = Die Person wurde privat informiert, ohne deinen Namen.
ban-effect-cancelled = { $count ->
    [one] { $count } von ihr geleitete Session abgesagt
   *[other] { $count } von ihr geleitete Sessions abgesagt
} (Teilnehmende informiert)
ban-effect-left = { $count ->
    [one] { $count } Platz oder Wartelistenplatz freigegeben
   *[other] { $count } Plätze und Wartelistenplätze freigegeben
}
ban-effect-withdrawn = { $count ->
    [one] { $count } Teilnahmeanfrage zurückgezogen
   *[other] { $count } Teilnahmeanfragen zurückgezogen
}
ban-button-undo = Rückgängig (entsperren)
ban-lifted = Sperre von **{ $name }** aufgehoben{ $dot ->
    [no] .
   *[yes] .
}
