# Workout sessions: creating, browsing, joining, hosting, reminders and check-ins.
# $ends is "stop" when a title already ends a sentence ("Run!"), so no full stop follows it.

## Shared words

session-someone = Someone
session-levels-all = all levels
session-levels-range = { $min }–{ $max }
session-seats-cancelled = cancelled
session-seats-ended = ended
session-seats-left = { $left } of { $capacity ->
        [one] { $capacity } seat
       *[other] { $capacity } seats
    } left
session-seats-full = full
session-seats-waiting = { $count } waiting
session-duration-hm = { $hours } h { $minutes } min
session-duration-h = { $hours } h
session-duration-m = { $minutes } min
session-distance-under-1 = under 1 km
session-distance-about = ~{ $km } km
session-ref = **{ $title }** ({ $at })
session-line-title = **{ $n }. { $title }**
session-at = { $at }
session-when-relative = { $at } ({ $relative })
session-weekly = weekly
session-repeats-weekly = repeats weekly
session-level-not-set = level not set
session-default-title = { $activity } session
session-day-label = { $weekday ->
        [1] Mon
        [2] Tue
        [3] Wed
        [4] Thu
        [5] Fri
        [6] Sat
       *[7] Sun
    } { $day } { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    }

## Fields and buttons

session-field-when = When
session-field-where = Where
session-field-level = Level
session-field-seats = Seats
session-field-notes = Notes
session-field-activity = Activity
session-field-host = Host
session-field-going = Going
session-going-nobody = nobody yet
session-button-join = Request to join
session-button-withdraw = Withdraw request
session-button-leave = Leave
session-button-calendar = Add to calendar
session-button-calendar-all = Add all to calendar
session-button-view = View
session-button-requests = Requests ({ $count })
session-button-number = #{ $n }
session-button-withdraw-number = Withdraw #{ $n }
session-button-accept-number = Accept #{ $n }
session-button-decline-number = Decline #{ $n }
session-button-previous = ◀ Previous
session-button-next = Next ▶
session-button-attended = I was there
session-button-missed = I missed it

## The announcement and the detail view

session-title-cancelled = Cancelled: { $title }
session-announce-cancelled = This session has been cancelled.
session-announce-ended = This session has ended.
session-announce-lead = { $activity } with **{ $host }**{ $ends ->
        [stop] {""}
       *[open] .
    } Ask to join and the host will answer.
session-where-distance = { $place } · { $distance } from you
session-role-host = You host this session.
session-role-host-requests = You host this session. { $count ->
        [one] { $count } request
       *[other] { $count } requests
    } waiting: /requests.
session-role-participant = You're in.
session-role-waitlisted = You're on the waitlist (#{ $position }).
session-role-requested = You asked to join; the host has not answered yet.
session-role-none = Ask to join and the host will answer.
session-status-is = This session is { $status ->
        [cancelled] cancelled
        [completed] completed
        [full] full
       *[open] open
    }.

## Lists

session-my-role-host = you host
session-my-role-participant = you're in
session-my-role-waitlisted = waitlist #{ $position }
session-my-role-requested = requested — waiting for the host
session-mine-title = Your sessions ({ $count })
session-mine-intro = /session <number> shows one, /leave <number> leaves it, /session-edit <number> changes one you host.
session-mine-intro-asked = /session <number> shows one, /leave <number> leaves it (or withdraws your request), /session-edit <number> changes one you host.
session-mine-none = You have no upcoming sessions. Find one with /sessions or start your own with /session-create.
session-filter-level = for { $level }
session-filter-day = on { $day }
session-browse-none-title = No sessions found
session-browse-none = No sessions within { $km } km right now. Look further with distance: …, or start one with /session-create.
session-browse-none-filtered = No { $what } sessions within { $km } km right now. Look further with distance: …, or start one with /session-create.
session-browse-title = Sessions near you · page { $page } of { $pages }
session-browse-intro = { $count } { $count ->
        [one] session
       *[other] sessions
    } within { $km } km. /join <number> asks the host to let you in; /session <number> shows one.
session-browse-intro-filtered = { $count } { $what } { $count ->
        [one] session
       *[other] sessions
    } within { $km } km. /join <number> asks the host to let you in; /session <number> shows one.
session-pages-only = { $pages ->
        [one] There is only 1 page of { $what ->
            [matches] matches
           *[sessions] sessions
        }.
       *[other] There are only { $pages } pages of { $what ->
            [matches] matches
           *[sessions] sessions
        }.
    }
session-pages-last = { $pages ->
        [one] Show it
       *[other] Show page { $pages }
    }
session-requests-none = No join requests are waiting for you.
session-requests-who = { $name } ({ $level })
session-requests-line = **{ $n }. { $who }** for **{ $title }** { $at }
session-requests-title = Join requests ({ $count })
session-requests-footer = Answer with the buttons, or /request-accept <number> and /request-decline <number>.

## Replies to commands

session-created-title = Session created: { $title }
session-created-when = { $at } ({ $relative }) at **{ $place }**
session-created-where = { $where ->
        [announced] It is announced in the community; people can ask to join there or through /sessions.
        [no-channel] This community has no announcement place, but people nearby find it with /sessions.
       *[private] It isn't announced anywhere, as you made it in a private chat; people nearby find it with /sessions.
    } I'll send you each join request to accept or decline.
session-place-ambiguous = Several places are called "{ $name }". Which one do you mean?
session-place-choose = Choose the meeting place
session-updated-title = Updated: { $title }
session-updated-promoted = { $count } moved up from the waitlist.
session-updated-now = It starts { $at } at { $place }. { $told ->
        [yes] Everyone in it has been told.
       *[no] Nobody has joined yet.
    }
session-cancel-done = Cancelled { $session }.{ $told ->
        [0] {""}
        [one] {" "}{ $told } person has been told.
       *[other] {" "}{ $told } people have been told.
    } Pending requests were closed.
session-remove-not-found = I can't find that session. Use its number from your last list, or its id.
session-remove-done = Removed **{ $title }**{ $ends ->
        [stop] {""}
       *[open] .
    } { $told } { $told ->
        [one] person was
       *[other] people were
    } told.
session-join-sent-title = Request sent
session-join-sent-full-title = Request sent: the session is full
session-join-sent = I asked the host to let you join **{ $title }** ({ $at }, { $place }). I'll tell you as soon as they answer.
session-join-sent-full = I asked the host to let you join **{ $title }** ({ $at }, { $place }). It's full, so if the host accepts you go on the waitlist{ $position ->
        [1] , first in line
       *[other] {" "}at place { $position }
    }, and get a seat when one frees up. I'll tell you as soon as they answer.
session-left-seat = You left { $session }. Your seat is free for someone else.
session-left-seat-promoted = You left { $session }. The first person on the waitlist got your seat.
session-left-waitlist = You left the waitlist of { $session }.
session-left-withdrawn = Withdrew your request to join { $session }.
session-accepted-seated = **{ $name }** is in { $session }. Seats: { $seats }.
session-accepted-waitlisted = { $session } is full, so **{ $name }** is on the waitlist (#{ $position }) and moves up when a seat frees.
session-declined-done = Declined **{ $name }**'s request for { $session }. They have been told.
session-checked-in = Checked in for { $session }. Streak: { $streak } (best { $best }).
session-checked-in-missed = Thanks for saying so about { $session }. Your streak starts again with the next session you make.
session-places-this-community = This community
session-places-none = **{ $community }** has no curated meeting places yet. Moderators add them with /place-add.
session-places-title = Meeting places of { $community }
session-places-footer = Public, well-known spots to meet: pick one as the place of a session.
session-place-add-ambiguous = Several places match "{ $name }". Which one? (A map link is the most precise.)
session-place-add-choose = Choose the place
session-place-added = Added **{ $name }** (in { $area }) as a meeting place — { $count } in all. People see only its name; where it is stays inside Spotter.
session-place-removed = Removed **{ $name }** from the meeting places.

## Refusals

session-not-found = I can't find that session. Use its number from /sessions or /my-sessions, or its id.
session-join-own = You host **{ $title }**: you're in already.
session-join-closed = { $state ->
        [cancelled] **{ $title }** has been cancelled.
       *[over] **{ $title }** has already started or ended.
    } It can't take new people.
session-accept-closed = { $state ->
        [cancelled] **{ $title }** has been cancelled.
       *[over] **{ $title }** has already started or ended.
    } Its requests can't be accepted any more.
session-edit-closed = { $state ->
        [cancelled] **{ $title }** has been cancelled.
       *[over] **{ $title }** has already started or ended.
    } It can't be edited any more.
session-already-in = You're already in **{ $title }**{ $ends ->
        [stop] {""}
       *[open] .
    }
session-already-waitlisted = You're already on the waitlist for **{ $title }** (#{ $position }).
session-already-asked = You already asked to join **{ $title }**; the host hasn't answered yet. /leave withdraws the request.
session-level-unset = **{ $title }** is for { $levels }. Set your level with /set-level first.
session-level-mismatch = **{ $title }** is for { $levels } and your level is { $level }, so I can't send this request. Look for one that fits with /sessions level: { $typed }.
session-request-not-found = I can't find that join request. /requests lists the ones waiting for you.
session-request-not-host = Only the host of **{ $title }** can { $verb ->
        [accept] accept
       *[decline] decline
    } its join requests.
session-request-answered = { $name }'s request { $status ->
        [accepted] was already accepted
        [declined] was already declined
        [withdrawn] was withdrawn by { $name }
       *[expired] has expired
    }.
session-request-raced = That request was answered or withdrawn in the meantime.
session-closed-meanwhile = **{ $title }** closed in the meantime.
session-requests-not-host = Only the host of **{ $title }** can see its join requests.
session-leave-own = You host **{ $title }**{ $ends ->
        [stop] {""}
       *[open] .
    } To call it off, use /session-cancel.
session-leave-over = **{ $title }** is { $state ->
        [cancelled] cancelled
       *[over] over
    }; there is nothing to leave.
session-leave-not-in = You're not in **{ $title }** and haven't asked to join it.
session-capacity-range = Capacity must be a whole number from { $min } to { $max }.
session-capacity-below-seated = { $count ->
        [one] { $count } person already has a seat in **{ $title }**, so its capacity can't go below { $count }.
       *[other] { $count } people already have seats in **{ $title }**, so its capacity can't go below { $count }.
    }
session-text-empty = { $what ->
        [title] The title
        [notes] The notes
        [message] The message
       *[reason] The reason
    } can't be empty.
session-text-too-long = { $what ->
        [title] The title is too long: keep it under { $max } characters.
        [notes] The notes are too long: keep them under { $max } characters.
        [message] The message is too long: keep it under { $max } characters.
       *[reason] The reason is too long: keep it under { $max } characters.
    }
session-place-pick-range = There are only { $count } places called "{ $name }": pick #1 to #{ $count }.
session-day-unreadable = I couldn't read "{ $text }" as a day. Try "today", "tomorrow", "sat" or "2026-12-05".
session-day-passed = { $day } has already passed. Pick today or a day ahead.
session-edit-not-host = Only the host of **{ $title }** can edit it.
session-edit-nothing = Nothing to change: give a new when, place, capacity, duration, title, notes, levels or weekly.
session-gone = That session is gone.
session-seats-busy = Seats in **{ $title }** keep changing right now; try the capacity again in a moment.
session-cancel-not-host = Only the host of **{ $title }** can cancel it.
session-already-closed = **{ $title }** is already { $state ->
        [cancelled] cancelled
       *[over] over
    }.
session-check-in-cancelled = **{ $title }** was cancelled, so there is nothing to check in for.
session-check-in-closed = Check-in for **{ $title }** closed { $days } days after it ended.
session-check-in-not-seated = Only people who had a seat in **{ $title }** can check in for it.
session-check-in-twice = You already checked in for **{ $title }**{ $ends ->
        [stop] {""}
       *[open] .
    }
session-browse-no-area = Set your area first with /set-location: I look for sessions near it.
session-calendar-none = You have no upcoming sessions to put in a calendar. Find one with /sessions.

## Notifications

session-join-request-title = Join request
session-join-request-text = **{ $name }** ({ $about }) wants to join **{ $title }** on { $at }.
session-join-request-seats = Seats: { $seats }.
session-showed-up = showed up { $attended }/{ $total }
session-new-to-sessions = new to Spotter sessions
session-seated-title = You're in
session-seated-accepted = The host accepted your request: you're in **{ $title }**!
session-seated-promoted = A seat opened up in **{ $title }** and it is yours: you're in!
session-seated-where = { $at } at { $place }. Can't make it after all? Leave so someone else can take the seat.
session-waitlisted-title = You're on the waitlist
session-waitlisted-text = The host accepted your request for **{ $title }** ({ $at }), but it is full: you're on the waitlist (#{ $position }). I'll tell you the moment a seat opens up.
session-declined-title = Join request declined
session-declined-text = The host of **{ $title }** ({ $at }) can't take you this time. Have a look at /sessions for others nearby.
session-cancelled-title = Session cancelled
session-cancelled-by-host = **{ $title }** on { $at } has been cancelled by the host.
session-cancelled-by-moderator = **{ $title }** on { $at } has been cancelled by a moderator.
session-cancelled-reason = Reason: { $reason }
session-changed-title = Session changed
session-changed-lead = The host changed **{ $title }**:
session-changed-now = It now starts { $at } at { $place }.
session-change-title = title: now “{ $title }”
session-change-notes = notes updated
session-change-time = time: now { $to } (was { $from })
session-change-length = length: now { $length }
session-change-place = place: now { $to } (was { $from })
session-change-levels = level: now { $levels }
session-change-weekly-on = now repeats weekly
session-change-weekly-off = no longer repeats
session-change-capacity = capacity: now { $to } (was { $from })
session-member-left-title = Someone left your session
session-member-left-text = **{ $who }** left **{ $title }** ({ $at }).
session-member-left-promoted = **{ $name }** moved up from the waitlist.
session-member-left-seats = Seats: { $seats }.
session-check-in-title = Did you make it?
session-check-in-text = **{ $title }** on { $at } ended { $ended }. Tell me if you were there: it keeps your streak honest.
session-reminder-title = Reminder: { $title }
session-reminder-hosting = **{ $title }**, which you are hosting, starts { $relative } ({ $at }) at **{ $place }**.
session-reminder-going-to = **{ $title }**, which you are going to, starts { $relative } ({ $at }) at **{ $place }**.
session-reminder-going = { $count } going
session-reminder-see-you = see you there!
session-reminder-footer = (your { $lead } reminder — change them with /notifications)
session-lead-days = { $count } days
session-lead-hours = { $count ->
        [one] { $count } hour
       *[other] { $count } hours
    }
session-lead-minutes = { $count } minutes
session-request-expired-title = Join request expired
session-request-expired-text = **{ $title }** ({ $at }) has started and the host didn't answer your request in time. Have a look at /sessions for the next one.
session-waitlist-closed-title = No seat this time
session-waitlist-closed-text = **{ $title }** ({ $at }) has started and no seat came free, so I took you off its waitlist. Have a look at /sessions for the next one.
session-digest-title = Your week of workouts
session-digest-lead = Sessions near you in the next 7 days:
session-digest-footer = Join one with /join and its number. (Weekly digest: turn it off with /notifications.)
