## Weekly pairing rounds (/rounds)

rounds-error-needs-community = Pairing rounds belong to a community: use this in your server or group.
rounds-error-zone = I don't know the time zone "{ $zone }". Use a name like Europe/Berlin or America/New_York.
rounds-error-hour = The hour must be a whole number from 0 to 23.
rounds-error-setup-needs = Say the weekday and the hour for the first setup, e.g. weekday: mon hour: 9.
rounds-error-off = This community has no pairing rounds running. A moderator can start them with /rounds setup.
rounds-error-profile = Finish your profile first (where, what and your level) with /setup, so I can pair you well.
rounds-error-activity = These rounds are for { $activity }; add it to your activities to take part.
rounds-error-already = You're already in the pairing rounds here.
rounds-error-not-member = You're not in the pairing rounds here. Join with /rounds join.
rounds-error-already-skipping = You're already sitting out the next round.

rounds-weekday-1 = Mondays
rounds-weekday-2 = Tuesdays
rounds-weekday-3 = Wednesdays
rounds-weekday-4 = Thursdays
rounds-weekday-5 = Fridays
rounds-weekday-6 = Saturdays
rounds-weekday-7 = Sundays
rounds-schedule = { $weekday } at { $hour }:00 ({ $zone })
rounds-schedule-activity = { $schedule }, { $activity } only

rounds-setup-on = Pairing rounds are on: { $schedule }. The next round is { $when }; { $members ->
        [one] { $members } member is in so far.
       *[other] { $members } members are in so far.
    } Members join with /rounds join.
rounds-setup-off = Pairing rounds are off. Members and past rounds are kept; turn them on again with /rounds setup.
rounds-joined = You're in! The next round is { $when }: I'll introduce you to a training buddy then.
rounds-left = You've left the pairing rounds here. Join again any time with /rounds join.
rounds-skipped = You'll sit out the round of { $skipped }. You're back in from { $back }.

rounds-status-title = Pairing rounds in { $community }
rounds-status-none = { $community } has no pairing rounds yet. A moderator can start them with /rounds setup.
rounds-status-on = On: { $schedule }
rounds-status-off = Off for now.
rounds-status-members = { $count ->
        [one] { $count } member
       *[other] { $count } members
    }
rounds-status-you-in = You're in.
rounds-status-you-skipping = You're in, sitting out the next round.
rounds-status-you-out = You're not in: join with /rounds join.
rounds-status-next = Next round: { $when } ({ $relative })
rounds-status-rounds = Last rounds: paired · planned · met
rounds-status-figures = { $date }: { $paired } paired in { $groups ->
        [one] { $groups } group
       *[other] { $groups } groups
    } · { $planned } planned · { $met } met{ $unpaired ->
        [0] {""}
       *[other] {" "}· { $unpaired } unpaired
    }

rounds-intro-title = { $trio ->
        [yes] Your training trio this week ({ $community })
       *[other] Your training buddy this week ({ $community })
    }
rounds-intro-text = { $trio ->
        [yes] This week's round put you three together:
       *[other] This week's round paired you with:
    }

    { $partners }

    Find a time to train together before { $ends }.
rounds-button-find-time = Find a time with { $name }
rounds-nudge-title = Nothing planned yet?
rounds-nudge-text = You and { $names } ({ $community }) haven't planned a session yet. The round ends { $ends }: find a time now.
