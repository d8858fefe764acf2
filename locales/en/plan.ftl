# /plan — finding a time for two

plan-error-cant-plan = You can't plan a session with this person.
plan-error-self = That's you! Pick someone else, for example from /match or /buddies.
plan-error-no-activity = Set your activities first with /set-activities, so Spotter knows what you'd train.
plan-error-time-passed = That time has already passed. Try /plan again for new times.
plan-error-busy-now = One of you has another session at that time by now. Try /plan again for new times.
plan-error-being-booked = The other button of this offer is booking the session right now. Look at /my-sessions in a moment.
plan-error-no-area = Set your area first with /set-location, so the session has a place.

plan-slot-line = • { $at } · { $length }
plan-slots-title = Times for you and { $name }
plan-slots-text = { $count ->
    [one] The best time this week for { $activity } with **{ $name }**, when you're both free:
   *[other] The { $count } best times this week for { $activity } with **{ $name }**, when you're both free:
} Tap one to offer just that time, or offer them all; { $name } picks.
plan-button-offer-all = { $count ->
    [one] Offer it
   *[other] Offer all { $count }
}
plan-button-propose-time = Propose a time
plan-none-shared = You and **{ $name }** have no free time in common in the next 7 days (from your weekly availability and your sessions). Propose a time of your own instead.
plan-none-me = Set your weekly availability first (/set-availability), so Spotter can find times you share with **{ $name }** — or propose a time of your own.
plan-none-them = **{ $name }** hasn't set a weekly availability yet, so there's no shared time to find. Propose a time of your own instead.

plan-sent = { $count ->
    [one] Sent to { $name }{ $dot ->
        [no] {""}
       *[yes] .
    } You'll hear when they answer:
   *[other] Sent { $count } times to { $name }{ $dot ->
        [no] {""}
       *[yes] .
    } You'll hear when they pick one:
}

plan-proposal-title = { $name } wants to train with you
plan-proposal-text = { $count ->
    [one] **{ $name }** proposes { $activity } together at this time (your time). Tap it to say yes:
   *[other] **{ $name }** proposes { $activity } together at one of these times (your time). Tap the one that suits you:
}
plan-proposal-counter-text = **{ $name }** suggests { $activity } together at this time instead (your time). Tap it to say yes:
plan-button-other-time = Propose another time

plan-booked-title = Session planned
plan-booked-text = You and **{ $name }** are training together. It's a private session for the two of you: reminders and check-in as usual, and it's in /my-sessions.
plan-booked-already = This time with **{ $name }** is already planned. It's in /my-sessions.

match-button-plan = Plan with #{ $number } { $name }
