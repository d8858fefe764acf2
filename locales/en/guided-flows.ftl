## Guided flows: answers kept as given, choices offered, far places confirmed (issue #12, points 5 and 6).

guided-other = Somewhere else
guided-choose = Choose one
guided-keeps = Skipping keeps: { $value }
guided-keeps-seats = { $count ->
    [one] { $count } seat
   *[other] { $count } seats
}
guided-keeps-levels = all levels
guided-keeps-minutes = { $minutes } minutes
guided-keeps-one-off = one-off
guided-place-other-ask = Which place? Write its name or address, "lat, lng" or a map link — or share a location.
guided-setup-welcome-back = Welcome back — { $done } of { $total } done. Here is what is still missing.
guided-setup-complete = Your profile is complete. What would you like to change?
guided-setup-change-activities = Activities
guided-setup-change-level = Level
guided-setup-change-place = Area
guided-setup-change-radius = Radius
guided-setup-change-availability = Availability
guided-setup-change-bio = Bio
guided-setup-place-ambiguous = There are several places called "{ $place }". Which one is yours?
guided-far-community = **{ $place }** is about { NUMBER($km) } km from **{ $from }**, where this community meets. Create it there anyway?
guided-far-members = **{ $place }** is far from where this community's members train. Create it there anyway?
guided-far-home = **{ $place }** is about { NUMBER($km) } km from your area ({ $from }), farther than the { NUMBER($radius) } km you travel. Create it there anyway?
guided-far-create = Create there
guided-far-cancelled = Not created: nothing was saved.
flow-label-the-answer = The answer
cmd-session-create-far = Creates a session at a place far away, once its host said yes
cmd-session-create-far-go = Create it there (yes) or not at all (no)
cmd-session-create-far-confirm = The Create button that cancelling withdraws
cmd-session-create-far-activity = What you will do, e.g. running, yoga, climbing
cmd-session-create-far-when = When it starts, in your own time: "tomorrow 7am", "sat 9:30"
cmd-session-create-far-place = Where to meet: one of this community's meeting places, or any area
cmd-session-create-far-capacity = Seats for others, 1 to 50 (default 4)
cmd-session-create-far-levels = Who it suits: all, beginner, intermediate-advanced… (default all)
cmd-session-create-far-duration = How long: "45 min", "1h30" (default 1 h)
cmd-session-create-far-title = A short title (default: the activity)
cmd-session-create-far-notes = Notes for joiners: pace, what to bring (up to 500 characters)
cmd-session-create-far-weekly = Repeat it every week at the same time
