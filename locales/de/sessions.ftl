# Trainingssessions: erstellen, suchen, beitreten, leiten, Erinnerungen und Check-ins.
# $ends ist "stop", wenn ein Titel schon mit einem Satzzeichen endet ("Lauf!"): dann folgt kein Punkt.

## Gemeinsame Wörter

session-someone = Jemand
session-levels-all = alle Level
session-levels-range = { $min }–{ $max }
session-seats-cancelled = abgesagt
session-seats-ended = beendet
session-seats-left = { $left } von { $capacity ->
        [one] { $capacity } Platz
       *[other] { $capacity } Plätzen
    } frei
session-seats-full = voll
session-seats-waiting = { $count } auf der Warteliste
session-duration-hm = { $hours } Std. { $minutes } Min.
session-duration-h = { $hours } Std.
session-duration-m = { $minutes } Min.
session-distance-under-1 = unter 1 km
session-distance-about = ~{ $km } km
session-ref = **{ $title }** ({ $at })
session-line-title = **{ $n }. { $title }**
session-at = { $at }
session-when-relative = { $at } ({ $relative })
session-weekly = wöchentlich
session-repeats-weekly = wiederholt sich wöchentlich
session-level-not-set = Level nicht angegeben
session-default-title = { $activity }-Session
session-day-label = { $weekday ->
        [1] Mo.
        [2] Di.
        [3] Mi.
        [4] Do.
        [5] Fr.
        [6] Sa.
       *[7] So.
    } { $day }. { $month ->
        [1] Jan.
        [2] Feb.
        [3] März
        [4] Apr.
        [5] Mai
        [6] Juni
        [7] Juli
        [8] Aug.
        [9] Sept.
        [10] Okt.
        [11] Nov.
       *[12] Dez.
    }

## Felder und Buttons

session-field-when = Wann
session-field-where = Wo
session-field-level = Level
session-field-seats = Plätze
session-field-notes = Hinweise
session-field-activity = Aktivität
session-field-host = Gastgeber:in
session-field-going = Dabei
session-going-nobody = noch niemand
session-button-join = Teilnahme anfragen
session-button-withdraw = Anfrage zurückziehen
session-button-leave = Austragen
session-button-calendar = Zum Kalender hinzufügen
session-button-calendar-all = Alle zum Kalender hinzufügen
session-button-view = Ansehen
session-button-requests = Anfragen ({ $count })
session-button-number = #{ $n }
session-button-withdraw-number = #{ $n } zurückziehen
session-button-accept-number = #{ $n } annehmen
session-button-decline-number = #{ $n } ablehnen
session-button-previous = ◀ Zurück
session-button-next = Weiter ▶
session-button-attended = Ich war dabei
session-button-missed = Ich hab's verpasst

## Ankündigung und Detailansicht

session-title-cancelled = Abgesagt: { $title }
session-announce-cancelled = Diese Session wurde abgesagt.
session-announce-ended = Diese Session ist vorbei.
session-announce-lead = { $activity } mit **{ $host }**{ $ends ->
        [stop] {""}
       *[open] .
    } Frag an, ob du mitmachen kannst – die Gastgeberin oder der Gastgeber antwortet dir.
session-where-distance = { $place } · { $distance } von dir entfernt
session-role-host = Du leitest diese Session.
session-role-host-requests = Du leitest diese Session. { $count ->
        [one] { $count } Anfrage wartet
       *[other] { $count } Anfragen warten
    }: /requests.
session-role-participant = Du bist dabei.
session-role-waitlisted = Du stehst auf der Warteliste (#{ $position }).
session-role-requested = Du hast angefragt; die Antwort steht noch aus.
session-role-none = Frag an, ob du mitmachen kannst – die Gastgeberin oder der Gastgeber antwortet dir.
session-status-is = Diese Session ist { $status ->
        [cancelled] abgesagt
        [completed] vorbei
        [full] voll
       *[open] offen
    }.

## Listen

session-my-role-host = du leitest
session-my-role-participant = du bist dabei
session-my-role-waitlisted = Warteliste #{ $position }
session-my-role-requested = angefragt – wartet auf Antwort
session-mine-title = Deine Sessions ({ $count })
session-mine-intro = /session <Nummer> zeigt eine an, /leave <Nummer> trägt dich aus, /session-edit <Nummer> ändert eine, die du leitest.
session-mine-intro-asked = /session <Nummer> zeigt eine an, /leave <Nummer> trägt dich aus (oder zieht deine Anfrage zurück), /session-edit <Nummer> ändert eine, die du leitest.
session-mine-none = Du hast keine anstehenden Sessions. Finde eine mit /sessions oder starte deine eigene mit /session-create.
session-filter-level = für { $level }
session-filter-day = am { $day }
session-browse-none-title = Keine Sessions gefunden
session-browse-none = Gerade keine Sessions im Umkreis von { $km } km. Such weiter weg mit distance: … oder starte eine mit /session-create.
session-browse-none-filtered = Gerade keine Sessions ({ $what }) im Umkreis von { $km } km. Such weiter weg mit distance: … oder starte eine mit /session-create.
session-browse-title = Sessions in deiner Nähe · Seite { $page } von { $pages }
session-browse-intro = { $count } { $count ->
        [one] Session
       *[other] Sessions
    } im Umkreis von { $km } km. /join <Nummer> fragt die Teilnahme an; /session <Nummer> zeigt eine an.
session-browse-intro-filtered = { $count } { $count ->
        [one] Session
       *[other] Sessions
    } ({ $what }) im Umkreis von { $km } km. /join <Nummer> fragt die Teilnahme an; /session <Nummer> zeigt eine an.
session-pages-only = { $pages ->
        [one] Es gibt nur 1 Seite mit { $what ->
            [matches] Matches
           *[sessions] Sessions
        }.
       *[other] Es gibt nur { $pages } Seiten mit { $what ->
            [matches] Matches
           *[sessions] Sessions
        }.
    }
session-pages-last = { $pages ->
        [one] Anzeigen
       *[other] Seite { $pages } anzeigen
    }
session-requests-none = Keine Beitrittsanfragen warten auf dich.
session-requests-who = { $name } ({ $level })
session-requests-line = **{ $n }. { $who }** für **{ $title }** { $at }
session-requests-title = Beitrittsanfragen ({ $count })
session-requests-footer = Antworte mit den Buttons oder mit /request-accept <Nummer> und /request-decline <Nummer>.

## Antworten auf Befehle

session-created-title = Session erstellt: { $title }
session-created-when = { $at } ({ $relative }) bei **{ $place }**
session-created-where = { $where ->
        [announced] Sie ist in der Community angekündigt; man kann dort oder über /sessions anfragen.
        [no-channel] Diese Community hat keinen Ankündigungskanal, aber Leute in der Nähe finden sie über /sessions.
       *[private] Sie ist nirgends angekündigt, weil du sie im privaten Chat erstellt hast; Leute in der Nähe finden sie über /sessions.
    } Ich schicke dir jede Beitrittsanfrage zum Annehmen oder Ablehnen.
session-place-ambiguous = Mehrere Orte heißen „{ $name }“. Welchen meinst du?
session-place-choose = Treffpunkt auswählen
session-updated-title = Aktualisiert: { $title }
session-updated-promoted = { $count } von der Warteliste nachgerückt.
session-updated-now = Sie beginnt { $at } bei { $place }. { $told ->
        [yes] Alle Beteiligten wurden benachrichtigt.
       *[no] Bisher hat sich niemand angeschlossen.
    }
session-cancel-done = { $session } abgesagt.{ $told ->
        [0] {""}
        [one] {" "}{ $told } Person wurde benachrichtigt.
       *[other] {" "}{ $told } Personen wurden benachrichtigt.
    } Offene Anfragen wurden geschlossen.
session-remove-not-found = Ich finde diese Session nicht. Nutze ihre Nummer aus deiner letzten Liste oder ihre ID.
session-remove-done = **{ $title }** entfernt{ $ends ->
        [stop] {""}
       *[open] .
    } { $told } { $told ->
        [one] Person wurde
       *[other] Personen wurden
    } benachrichtigt.
session-join-sent-title = Anfrage gesendet
session-join-sent-full-title = Anfrage gesendet: die Session ist voll
session-join-sent = Ich habe gefragt, ob du bei **{ $title }** ({ $at }, { $place }) mitmachen kannst. Sobald eine Antwort kommt, sage ich dir Bescheid.
session-join-sent-full = Ich habe gefragt, ob du bei **{ $title }** ({ $at }, { $place }) mitmachen kannst. Sie ist voll: Wirst du angenommen, kommst du auf die Warteliste{ $position ->
        [1] , ganz nach vorn
       *[other] {" "}auf Platz { $position }
    } und bekommst einen Platz, sobald einer frei wird. Sobald eine Antwort kommt, sage ich dir Bescheid.
session-left-seat = Du hast dich aus { $session } ausgetragen. Dein Platz ist frei für jemand anderen.
session-left-seat-promoted = Du hast dich aus { $session } ausgetragen. Die erste Person auf der Warteliste hat deinen Platz bekommen.
session-left-waitlist = Du hast die Warteliste von { $session } verlassen.
session-left-withdrawn = Deine Anfrage für { $session } ist zurückgezogen.
session-accepted-seated = **{ $name }** ist bei { $session } dabei. Plätze: { $seats }.
session-accepted-waitlisted = { $session } ist voll, also steht **{ $name }** auf der Warteliste (#{ $position }) und rückt nach, sobald ein Platz frei wird.
session-declined-done = Die Anfrage von **{ $name }** für { $session } ist abgelehnt. Die Person wurde benachrichtigt.
session-checked-in = Eingecheckt für { $session }. Serie: { $streak } (Rekord { $best }).
session-checked-in-missed = Danke für die Rückmeldung zu { $session }. Deine Serie beginnt mit der nächsten Session, die du schaffst, neu.
session-places-this-community = Diese Community
session-places-none = **{ $community }** hat noch keine ausgewählten Treffpunkte. Moderator:innen fügen sie mit /place-add hinzu.
session-places-title = Treffpunkte von { $community }
session-places-footer = Öffentliche, bekannte Orte zum Treffen: wähle einen als Ort einer Session.
session-place-add-ambiguous = Mehrere Orte passen zu „{ $name }“. Welcher? (Ein Kartenlink ist am genauesten.)
session-place-add-choose = Ort auswählen
session-place-added = **{ $name }** (in { $area }) als Treffpunkt hinzugefügt – insgesamt { $count }. Man sieht nur den Namen; wo er liegt, bleibt in Spotter.
session-place-removed = **{ $name }** aus den Treffpunkten entfernt.

## Ablehnungen

session-not-found = Ich finde diese Session nicht. Nutze ihre Nummer aus /sessions oder /my-sessions oder ihre ID.
session-join-own = Du leitest **{ $title }**: du bist schon dabei.
session-join-closed = { $state ->
        [cancelled] **{ $title }** wurde abgesagt.
       *[over] **{ $title }** hat schon begonnen oder ist vorbei.
    } Es können keine neuen Leute dazukommen.
session-accept-closed = { $state ->
        [cancelled] **{ $title }** wurde abgesagt.
       *[over] **{ $title }** hat schon begonnen oder ist vorbei.
    } Anfragen können nicht mehr angenommen werden.
session-edit-closed = { $state ->
        [cancelled] **{ $title }** wurde abgesagt.
       *[over] **{ $title }** hat schon begonnen oder ist vorbei.
    } Sie kann nicht mehr bearbeitet werden.
session-already-in = Du bist schon bei **{ $title }** dabei{ $ends ->
        [stop] {""}
       *[open] .
    }
session-already-waitlisted = Du stehst schon auf der Warteliste für **{ $title }** (#{ $position }).
session-already-asked = Du hast für **{ $title }** schon angefragt; die Antwort steht noch aus. /leave zieht die Anfrage zurück.
session-level-unset = **{ $title }** ist für { $levels }. Gib zuerst dein Level mit /set-level an.
session-level-mismatch = **{ $title }** ist für { $levels } und dein Level ist { $level }, darum kann ich diese Anfrage nicht senden. Such eine passende mit /sessions level: { $typed }.
session-request-not-found = Ich finde diese Beitrittsanfrage nicht. /requests zeigt die, die auf dich warten.
session-request-not-host = Nur wer **{ $title }** leitet, kann Beitrittsanfragen { $verb ->
        [accept] annehmen
       *[decline] ablehnen
    }.
session-request-answered = Die Anfrage von { $name } { $status ->
        [accepted] wurde schon angenommen
        [declined] wurde schon abgelehnt
        [withdrawn] wurde von { $name } zurückgezogen
       *[expired] ist abgelaufen
    }.
session-request-raced = Diese Anfrage wurde inzwischen beantwortet oder zurückgezogen.
session-closed-meanwhile = **{ $title }** wurde inzwischen geschlossen.
session-requests-not-host = Nur wer **{ $title }** leitet, kann die Beitrittsanfragen sehen.
session-leave-own = Du leitest **{ $title }**{ $ends ->
        [stop] {""}
       *[open] .
    } Zum Absagen nutze /session-cancel.
session-leave-over = **{ $title }** ist { $state ->
        [cancelled] abgesagt
       *[over] vorbei
    }; da gibt es nichts zu verlassen.
session-leave-not-in = Du bist nicht bei **{ $title }** dabei und hast auch nicht angefragt.
session-capacity-range = Die Kapazität muss eine ganze Zahl von { $min } bis { $max } sein.
session-capacity-below-seated = { $count ->
        [one] { $count } Person hat schon einen Platz in **{ $title }**, darum kann die Kapazität nicht unter { $count } sinken.
       *[other] { $count } Personen haben schon Plätze in **{ $title }**, darum kann die Kapazität nicht unter { $count } sinken.
    }
session-text-empty = { $what ->
        [title] Der Titel darf
        [notes] Die Hinweise dürfen
        [message] Die Nachricht darf
       *[reason] Der Grund darf
    } nicht leer sein.
session-text-too-long = { $what ->
        [title] Der Titel ist zu lang: bitte unter { $max } Zeichen.
        [notes] Die Hinweise sind zu lang: bitte unter { $max } Zeichen.
        [message] Die Nachricht ist zu lang: bitte unter { $max } Zeichen.
       *[reason] Der Grund ist zu lang: bitte unter { $max } Zeichen.
    }
session-place-pick-range = Es gibt nur { $count } Orte namens „{ $name }“: wähle #1 bis #{ $count }.
session-day-unreadable = Ich konnte „{ $text }“ nicht als Tag lesen. Versuch "today", "tomorrow", "sat" oder "2026-12-05".
session-day-passed = { $day } ist schon vorbei. Wähle heute oder einen späteren Tag.
session-edit-not-host = Nur wer **{ $title }** leitet, kann sie bearbeiten.
session-edit-nothing = Nichts zu ändern: gib einen neuen Wert für when, place, capacity, duration, title, notes, levels oder weekly an.
session-gone = Diese Session gibt es nicht mehr.
session-seats-busy = Die Plätze in **{ $title }** ändern sich gerade ständig; versuch die Kapazität gleich noch einmal.
session-cancel-not-host = Nur wer **{ $title }** leitet, kann sie absagen.
session-already-closed = **{ $title }** ist schon { $state ->
        [cancelled] abgesagt
       *[over] vorbei
    }.
session-check-in-cancelled = **{ $title }** wurde abgesagt, also gibt es nichts einzuchecken.
session-check-in-closed = Der Check-in für **{ $title }** hat { $days } Tage nach dem Ende geschlossen.
session-check-in-not-seated = Nur wer einen Platz in **{ $title }** hatte, kann dafür einchecken.
session-check-in-twice = Du hast für **{ $title }** schon eingecheckt{ $ends ->
        [stop] {""}
       *[open] .
    }
session-browse-no-area = Gib zuerst deine Gegend mit /set-location an: ich suche Sessions in ihrer Nähe.
session-calendar-none = Du hast keine anstehenden Sessions für einen Kalender. Finde eine mit /sessions.

## Benachrichtigungen

session-join-request-title = Beitrittsanfrage
session-join-request-text = **{ $name }** ({ $about }) möchte bei **{ $title }** am { $at } mitmachen.
session-join-request-seats = Plätze: { $seats }.
session-showed-up = { $attended }/{ $total } Mal erschienen
session-new-to-sessions = neu bei Spotter-Sessions
session-seated-title = Du bist dabei
session-seated-accepted = Deine Anfrage wurde angenommen: du bist bei **{ $title }** dabei!
session-seated-promoted = In **{ $title }** ist ein Platz frei geworden und er gehört dir: du bist dabei!
session-seated-where = { $at } bei { $place }. Du schaffst es doch nicht? Trag dich aus, damit jemand anderes den Platz bekommt.
session-waitlisted-title = Du stehst auf der Warteliste
session-waitlisted-text = Deine Anfrage für **{ $title }** ({ $at }) wurde angenommen, aber die Session ist voll: du stehst auf der Warteliste (#{ $position }). Ich sage dir Bescheid, sobald ein Platz frei wird.
session-declined-title = Beitrittsanfrage abgelehnt
session-declined-text = Bei **{ $title }** ({ $at }) ist diesmal kein Platz für dich. Schau bei /sessions nach anderen in der Nähe.
session-cancelled-title = Session abgesagt
session-cancelled-by-host = **{ $title }** am { $at } wurde von der Gastgeberin oder dem Gastgeber abgesagt.
session-cancelled-by-moderator = **{ $title }** am { $at } wurde von der Moderation abgesagt.
session-cancelled-reason = Grund: { $reason }
session-changed-title = Session geändert
session-changed-lead = **{ $title }** wurde geändert:
session-changed-now = Sie beginnt jetzt { $at } bei { $place }.
session-change-title = Titel: jetzt „{ $title }“
session-change-notes = Hinweise aktualisiert
session-change-time = Zeit: jetzt { $to } (vorher { $from })
session-change-length = Dauer: jetzt { $length }
session-change-place = Ort: jetzt { $to } (vorher { $from })
session-change-levels = Level: jetzt { $levels }
session-change-weekly-on = wiederholt sich jetzt wöchentlich
session-change-weekly-off = wiederholt sich nicht mehr
session-change-capacity = Kapazität: jetzt { $to } (vorher { $from })
session-member-left-title = Jemand hat sich aus deiner Session ausgetragen
session-member-left-text = **{ $who }** hat sich aus **{ $title }** ({ $at }) ausgetragen.
session-member-left-promoted = **{ $name }** ist von der Warteliste nachgerückt.
session-member-left-seats = Plätze: { $seats }.
session-check-in-title = Warst du dabei?
session-check-in-text = **{ $title }** am { $at } endete { $ended }. Sag mir, ob du da warst: so bleibt deine Serie ehrlich.
session-reminder-title = Erinnerung: { $title }
session-reminder-hosting = **{ $title }**, die du leitest, beginnt { $relative } ({ $at }) bei **{ $place }**.
session-reminder-going-to = **{ $title }**, bei der du dabei bist, beginnt { $relative } ({ $at }) bei **{ $place }**.
session-reminder-going = { $count } dabei
session-reminder-see-you = bis dann!
session-reminder-footer = (deine Erinnerung { $lead } vorher – ändern mit /notifications)
session-lead-days = { $count } Tage
session-lead-hours = { $count ->
        [one] { $count } Stunde
       *[other] { $count } Stunden
    }
session-lead-minutes = { $count ->
        [one] { $count } Minute
       *[other] { $count } Minuten
    }
session-request-expired-title = Beitrittsanfrage abgelaufen
session-request-expired-text = **{ $title }** ({ $at }) hat begonnen, ohne dass deine Anfrage rechtzeitig beantwortet wurde. Schau bei /sessions nach der nächsten.
session-waitlist-closed-title = Diesmal kein Platz
session-waitlist-closed-text = **{ $title }** ({ $at }) hat begonnen und es wurde kein Platz frei, darum habe ich dich von der Warteliste genommen. Schau bei /sessions nach der nächsten.
session-digest-title = Deine Trainingswoche
session-digest-lead = Sessions in deiner Nähe in den nächsten 7 Tagen:
session-digest-footer = Mach mit bei einer über /join und ihre Nummer. (Wöchentliche Übersicht: abschalten mit /notifications.)
