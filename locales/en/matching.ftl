# Matching (/match) and new-match alerts.

match-error-paused = Your profile is paused, so matching is off. Resume it to see matches.
match-error-incomplete = Finish your profile first: I need your area, activities and level to find buddies.

match-verb-running = run
match-verb-cycling = cycle
match-verb-gym = lift
match-verb-yoga = do yoga
match-verb-swimming = swim
match-verb-hiking = hike
match-verb-climbing = climb
match-verb-hiit = do HIIT
match-verb-walking = walk
match-verb-tennis = play tennis
match-verb-football = play football
match-verb-basketball = play basketball
match-verb-martial-arts = train martial arts
match-verb-dance = dance
match-verb-rowing = row
match-verb-skating = skate

match-reason-both = both { $verbs }
match-reason-same-level = both { $level }
match-overlap-night = { $count ->
    [one] 1 night overlaps
   *[other] { $count } nights overlap
}
match-overlap-morning = { $count ->
    [one] 1 morning overlaps
   *[other] { $count } mornings overlap
}
match-overlap-afternoon = { $count ->
    [one] 1 afternoon overlaps
   *[other] { $count } afternoons overlap
}
match-overlap-evening = { $count ->
    [one] 1 evening overlaps
   *[other] { $count } evenings overlap
}
match-overlap-minutes = { $minutes } min a week overlap
match-overlap-hours = { $hours } h a week overlap
match-distance-under-1 = under 1 km
match-distance-about = ~{ $km } km
match-reason-distance = { $distance } away
match-reason-showed-up = showed up { $attended }/{ $total }
match-reason-streak = { $sessions }-session streak

match-list-title = Buddies near you · page { $page } of { $pages }
match-list-fits = { $count ->
    [one] { $count } person fits
   *[other] { $count } people fit
}. Connect to start talking; they only learn your area, never your location.
match-footer-best = Best { $count } of { $qualified } people in reach.
match-footer-range = #{ $from }–{ $to } of the best { $total }, out of { $qualified } people in reach.
match-none-title = No matches yet
match-none-text = Nobody within { $km } km shares your activities right now. Try a larger /set-radius, add activities, or browse /sessions. I'll alert you when someone new fits.
match-page-out-of-range = { $pages ->
    [one] There is only 1 page of matches.
   *[other] There are only { $pages } pages of matches.
}
match-button-last-page = { $pages ->
    [one] Show it
   *[other] Show page { $pages }
}
match-someone = Someone
match-button-connect = Connect with #{ $number } { $name }
match-button-previous = ◀ Previous
match-button-next = Next ▶

alert-match-title = New workout buddy match
alert-match-text = { $person }
    { $reasons }

    Say hello with a buddy request, or see everyone with /match.
alert-button-connect = Send buddy request
alert-session-title = A session near you
alert-levels-all = all levels
alert-levels-range = { $min }–{ $max }
alert-session-text = **{ $title }** · { $activity } · { $levels }
    { $when } ({ $relative }) at **{ $place }**, { $distance } away
    Hosted by **{ $host }**
alert-session-text-weekly = **{ $title }** · { $activity } · { $levels }
    { $when } ({ $relative }) at **{ $place }**, { $distance } away
    Hosted by **{ $host }** · every week
alert-button-join = Request to join
alert-digest-title = Today's new matches
alert-digest-session = **{ $title }** · { $when } · { $place }
alert-digest-text = You hit today's limit of instant alerts, so here is the rest in one message:
    { $lines }{ $more ->
        [0] {""}
       *[other] {"\u000A"}…and { $more } more.
    }

    See them all with /match and /sessions.
