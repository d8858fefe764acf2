# /stats und /community-stats: Antworten, Bilder und ihr Alternativtext.

stats-calendar-title = Trainingskalender von { $name }
stats-date-range = { $first } – { $last } · { $zone }
stats-row-monday = Mo
stats-row-wednesday = Mi
stats-row-friday = Fr
stats-sessions-on-days = { $sessions ->
        [one] { $sessions } Session
       *[other] { $sessions } Sessions
    } an { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    }
stats-no-sessions-yet = Noch keine Sessions: Tritt einer mit /sessions bei und melde dich danach an
stats-less = Weniger
stats-more = Mehr
stats-current-streak = aktuelle Serie
stats-best-streak = beste Serie
stats-tile-show-up = Teilnahmequote ({ $attended } von { $total })
stats-tile-show-up-none = Teilnahmequote: noch keine Check-ins
stats-show-up-value = { $percent } % ({ $attended } von { $total })
stats-show-up-percent = Teilnahmequote, %
stats-no-check-ins = noch keine Check-ins
stats-buddies-line = { $buddies ->
        [one] { $buddies } Buddy
       *[other] { $buddies } Buddys
    }, { $together ->
        [one] { $together } gemeinsame Session
       *[other] { $together } gemeinsame Sessions
    }
stats-tile-buddies = { $buddies ->
        [one] Buddy
       *[other] Buddys
    }, { $together ->
        [one] { $together } gemeinsame Session
       *[other] { $together } gemeinsame Sessions
    }
stats-top-activities = Top-Aktivitäten
stats-top-line = Top-Aktivitäten: { $top }
stats-activity-count = { $label } { $count }
stats-none-yet = noch keine
stats-community-title = { $name }: die letzten { $weeks } Wochen
stats-weeks-from = Wochen ab Montag, { $first } · { $zone }
stats-sessions-held = Stattgefundene Sessions
stats-people-active = Aktive Leute
stats-in-total = { $count } insgesamt
stats-max-in-week = max. { $count }
stats-overall = { $rate } insgesamt
stats-this-week = diese Woche
stats-no-answers = –
stats-percent = { $percent } %
stats-calendar-alt = Trainingskalender von { $name }, { $range }: { $total }. Nach Monaten: { $byMonth }. Aktuelle Serie { $streak }, beste { $best }. Teilnahmequote { $showUp }. { $buddies }. Top-Aktivitäten: { $top }.
stats-community-alt = { $title }, { $range }, älteste Woche zuerst. Stattgefundene Sessions: { $held }. Aktive Leute: { $people }. Teilnahmequote: { $showUp }.

stats-record-title = Trainingsbilanz von { $name }
stats-streak-going = { $streak ->
        [one] { $streak } Session in Folge: weiter so!
       *[other] { $streak } Sessions in Folge: weiter so!
    }
stats-every-session-counts = Jede Session, zu der du kommst, zählt.
stats-start-streak = Tritt mit /sessions einer Session bei und melde dich danach an, um eine Serie zu starten.
stats-field-streak = Serie
stats-streak-value = { $streak } (beste { $best })
stats-field-show-up = Teilnahmequote
stats-field-buddies = Buddys
stats-field-hosted = Veranstaltet
stats-field-joined = Teilgenommen
stats-field-coming-up = Demnächst
stats-field-attended = Besuchte Sessions, { $range }

stats-this-community = diese Community
stats-community-title-reply = Statistik: { $name }
stats-field-people = Leute
stats-field-created-this-week = Diese Woche erstellte Sessions
stats-field-join-requests = Teilnahmeanfragen, letzte { $days } Tage
stats-join-requests-value = { $accepted } angenommen · { $declined } abgelehnt · { $expired } abgelaufen · { $pending } offen · { $withdrawn } zurückgezogen
stats-field-acceptance = Annahmequote
stats-acceptance-none = k. A. (noch keine entschieden)
stats-field-open-reports = Offene Meldungen
stats-field-bans = Sperren
stats-field-places = Treffpunkte
stats-field-weeks = Letzte { $weeks } Wochen, älteste zuerst ({ $range })
stats-weeks-held = Stattgefundene Sessions: { $held } ({ $total })
stats-weeks-people = Aktive Leute: { $people } ({ $total })
stats-weeks-show-up = Teilnahmequote: { $showUp } ({ $overall })

# /community-stats: whether people show up and meet (src/core/health.ts).
stats-field-health = Erscheinen (letzte { $days } Tage)
stats-health-show-up = Erschienen: { $rate } von { $seats } { $seats ->
    [one] belegten Platz
   *[other] belegten Plätzen
  }
stats-health-no-shows = Nicht erschienen: { $rate } ({ $count })
stats-health-none = Erschienen: noch keine abgeschlossenen Sessions mit belegten Plätzen
stats-health-pairs = Paare, die diese Woche zusammen trainiert haben: { $pairs }
stats-health-met = Neue Paare, die innerhalb von { $days } Tagen zusammen trainiert haben: { $rate } ({ $met } von { $pairs })
stats-health-met-none = Neue Paare, die zusammen trainiert haben: noch keine zu beurteilen
stats-health-participation = Runden-Mitglieder mit Partner: { $rate } ({ $paired } von { $members })
stats-health-participation-none = Runden-Mitglieder mit Partner: noch keine Runden
