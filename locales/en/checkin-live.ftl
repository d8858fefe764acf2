## While a session happens: "I'm here", "Running late", check-in from /my-sessions

live-here-early = You can say you're here from { $minutes } minutes before **{ $title }** starts: { $opens }.
live-missed-early = **{ $title }** starts { $starts }: you can say you missed it once it has started. Running late? Use /running-late.
live-late-cancelled = **{ $title }** was cancelled, so nobody is waiting for you.
live-late-not-seated = Only the host and people with a seat in **{ $title }** can say they're running late for it.
live-late-early = It's early to be late: from { $minutes } minutes before **{ $title }** starts ({ $opens }) you can tell the others.
live-late-closed = **{ $title }** started more than { $minutes } minutes ago, so a late notice would come too late. If you made it, check in with /checkin.
live-late-minutes-range = Say how late in whole minutes, from { $min } to { $max }.
live-late-again = You told the others about **{ $title }** a moment ago. One late notice per { $minutes } minutes: you can send another { $retry }.
live-late-title = Running { $minutes } minutes late
live-late-text = **{ $who }** is running about { $minutes } minutes late for **{ $title }** ({ $at }).
live-late-text-host = **{ $who }** is running about { $minutes } minutes late for your session **{ $title }** ({ $at }).
live-late-ask = How late are you for { $session }? Pick a number, or type it: /running-late minutes: 20 (from { $min } to { $max }).
live-late-button-minutes = { $minutes } min
live-late-sent = Told { $count ->
    [one] the other person
   *[other] the { $count } others
} in { $session } that you're about { $minutes } minutes late.
live-late-sent-nobody = Noted: you're about { $minutes } minutes late for { $session }. Nobody else is in it to tell.
live-late-none = You have no session starting within the hour or running now. Name one: /running-late session: 2 (its number in /my-sessions).
live-late-choose = You have { $count } sessions around now. Which one are you late for?
live-checkin-none = You have no session happening now or ended in the last day. Name one: /checkin session: 2 (its number in /my-sessions).
live-checkin-choose = You have { $count } sessions around now. Which one do you mean?
live-choose-placeholder = Choose the session
live-button-here = I'm here
live-button-late = Running late
live-button-here-number = I'm here ({ $n })
live-button-made-it-number = I made it ({ $n })
live-button-missed-number = I missed it ({ $n })
live-button-late-number = Running late ({ $n })
live-note-now = happening now
live-note-soon = starts { $relative }
live-note-ended = ended { $relative }
live-note-answered = checked in
live-choice-now = happening now
live-choice-soon = starting soon
live-choice-ended = just ended
flow-label-the-minutes = The minutes
cmd-running-late = Tell the host and the others you're running late, with the minutes
cmd-running-late-session = The session (leave it out for the one about to start)
cmd-running-late-minutes = How many minutes late (1–120)
