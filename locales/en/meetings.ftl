# "Did you two train together?" and buddy streaks.

meeting-question-title = { $count ->
        [one] Did you two train together?
       *[other] Did you three train together?
    }
meeting-question-connection = You and { $names } became buddies a week ago. Have you trained together yet?
meeting-question-round = The pairing round with { $names } has ended. Did you train together?
meeting-question-last = I said I'd ask once more: this is the last time.
meeting-someone = Someone
meeting-button-yes = Yes
meeting-button-not-yet = Not yet
meeting-button-no = It didn't work out
meeting-answered-yes = Great, thanks! Training together is what keeps people going.
meeting-answered-yes-together = { $count ->
        [one] You both said yes: your buddy streak with { $names } has started. Keep it going every week; see it in /buddies and /stats.
       *[other] You all said yes: your buddy streaks with { $names } have started. Keep them going every week; see them in /buddies and /stats.
    }
meeting-answered-not-yet-again = No problem. I'll ask once more in { $days ->
        [one] { $days } day
       *[other] { $days } days
    }.
meeting-answered-not-yet-last = No problem, I won't ask again. Message your buddy from /buddies whenever you're ready.
meeting-answered-no-ended = Thanks for telling me. You and { $names } are no longer buddies. Nothing is sent to them. Try /match to find someone new.
meeting-answered-no = Thanks for telling me. Try /match to find someone new.
meeting-error-not-asked = There's no question of yours to answer here.
meeting-error-answered = You've already answered this question.
meeting-streaks-title = Buddy streaks
meeting-streak-plain = { $current ->
        [0] no streak right now (best { $best })
        [one] { $current } week in a row (best { $best })
       *[other] { $current } weeks in a row (best { $best })
    }
meeting-streak = { $current ->
        [0] { meeting-streak-plain }
       *[other] 🔥 { meeting-streak-plain }
    }
meeting-streak-line = **{ $name }**: { meeting-streak }
meeting-streak-named = { $name }: { meeting-streak-plain }
