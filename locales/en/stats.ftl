# /stats and /community-stats: the replies, the pictures and their alt text.

stats-calendar-title = { $name }'s training calendar
stats-date-range = { $first } – { $last } · { $zone }
stats-row-monday = Mon
stats-row-wednesday = Wed
stats-row-friday = Fri
stats-sessions-on-days = { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    } on { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
stats-no-sessions-yet = No sessions yet: join one with /sessions and check in afterwards
stats-less = Less
stats-more = More
stats-current-streak = current streak
stats-best-streak = best streak
stats-tile-show-up = show-up rate ({ $attended } of { $total })
stats-tile-show-up-none = show-up rate: no check-ins yet
stats-show-up-value = { $percent }% ({ $attended } of { $total })
stats-show-up-percent = Show-up rate, %
stats-no-check-ins = no check-ins yet
stats-buddies-line = { $buddies ->
        [one] { $buddies } buddy
       *[other] { $buddies } buddies
    }, { $together ->
        [one] { $together } session
       *[other] { $together } sessions
    } together
stats-tile-buddies = { $buddies ->
        [one] buddy
       *[other] buddies
    }, { $together ->
        [one] { $together } session
       *[other] { $together } sessions
    } together
stats-top-activities = Top activities
stats-top-line = Top activities: { $top }
stats-activity-count = { $label } { $count }
stats-none-yet = none yet
stats-community-title = { $name }: the last { $weeks } weeks
stats-weeks-from = weeks from Monday { $first } · { $zone }
stats-sessions-held = Sessions held
stats-people-active = People active
stats-in-total = { $count } in total
stats-max-in-week = max { $count }
stats-overall = { $rate } overall
stats-this-week = this week
stats-no-answers = –
stats-percent = { $percent }%
stats-calendar-alt = Training calendar of { $name }, { $range }: { $total }. By month: { $byMonth }. Current streak { $streak }, best { $best }. Show-up rate { $showUp }. { $buddies }. Top activities: { $top }.
stats-community-alt = { $title }, { $range }, oldest week first. Sessions held: { $held }. People active: { $people }. Show-up rate: { $showUp }.

stats-record-title = { $name }'s training record
stats-streak-going = { $streak } sessions in a row: keep it going!
stats-every-session-counts = Every session you show up for counts.
stats-start-streak = Join a session with /sessions and check in afterwards to start a streak.
stats-field-streak = Streak
stats-streak-value = { $streak } (best { $best })
stats-field-show-up = Show-up rate
stats-field-buddies = Buddies
stats-field-hosted = Hosted
stats-field-joined = Joined
stats-field-coming-up = Coming up
stats-field-attended = Sessions attended, { $range }

stats-this-community = this community
stats-community-title-reply = Stats: { $name }
stats-field-people = People
stats-field-created-this-week = Sessions created this week
stats-field-join-requests = Join requests, last { $days } days
stats-join-requests-value = { $accepted } accepted · { $declined } declined · { $expired } expired · { $pending } pending · { $withdrawn } withdrawn
stats-field-acceptance = Join acceptance rate
stats-acceptance-none = n/a (none decided yet)
stats-field-open-reports = Open reports
stats-field-bans = Bans
stats-field-places = Meeting places
stats-field-weeks = Last { $weeks } weeks, oldest first ({ $range })
stats-weeks-held = Sessions held: { $held } ({ $total })
stats-weeks-people = People active: { $people } ({ $total })
stats-weeks-show-up = Show-up rate: { $showUp } ({ $overall })

# /community-stats: whether people show up and meet (src/core/health.ts).
stats-field-health = Showing up (last { $days } days)
stats-health-show-up = Show-up: { $rate } of { $seats } { $seats ->
    [one] seat
   *[other] seats
  } held
stats-health-no-shows = No-shows: { $rate } ({ $count })
stats-health-none = Show-up: no completed sessions with seats yet
stats-health-pairs = Pairs who trained together this week: { $pairs }
stats-health-met = New pairs who trained together within { $days } days: { $rate } ({ $met } of { $pairs })
stats-health-met-none = New pairs who trained together: none to judge yet
stats-health-participation = Round members who got a partner: { $rate } ({ $paired } of { $members })
stats-health-participation-none = Round members who got a partner: no rounds yet
