# Rate limits: what was limited, the allowance, and when to try again.

limit-retry-minute = in a minute
limit-retry-minutes = in { $minutes } minutes
limit-retry-hours = in { $hours ->
    [one] 1 hour
   *[other] { $hours } hours
}
limit-retry-hours-minutes = in { $hours ->
    [one] 1 hour
   *[other] { $hours } hours
} and { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}
limit-retry-about-hours = in about { $hours } hours
limit-retry-days = in { $days } days

limit-span-day = a day
limit-span-hour = an hour
limit-span-days = { $count ->
    [one] 1 day
   *[other] { $count } days
}
limit-span-hours = { $count ->
    [one] 1 hour
   *[other] { $count } hours
}
limit-span-minutes = { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}

limit-per-day = a day
limit-per-hour = an hour
limit-every-days = every { $count ->
    [one] 1 day
   *[other] { $count } days
}
limit-every-hours = every { $count ->
    [one] 1 hour
   *[other] { $count } hours
}
limit-every-minutes = every { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}

limit-hit-session-create = You can create up to { $points ->
    [one] 1 session
   *[other] { $points } sessions
} { $window }, and you've reached that. You can create the next one { $retry }.
limit-hit-connect = You can send up to { $points ->
    [one] 1 buddy request
   *[other] { $points } buddy requests
} { $window }, and you've reached that. You can send the next one { $retry }.
limit-hit-report = You can file up to { $points ->
    [one] 1 report
   *[other] { $points } reports
} { $window }, and you've reached that. You can file the next one { $retry }. If someone is bothering you right now, /block them: that works at once.
limit-hit-browse = You can search up to { $points ->
    [one] 1 time
   *[other] { $points } times
} { $window } with /match and /sessions (pages included), and you've reached that. You can search again { $retry }.
limit-hit-message = You can send up to { $points ->
    [one] 1 message
   *[other] { $points } messages
} { $window }, and you've reached that. You can send the next one { $retry }.

limit-link-locked = Too many wrong link codes ({ $wrong } within { $window }), so /link is locked for you. You can try again { $retry }.
limit-wrong-link-code = That code is unknown or expired. Run /link on your other account for a new one.
limit-wrong-link-code-warning = That code is unknown or expired. Run /link on your other account for a new one. { $left ->
    [one] 1 more wrong code
   *[other] { $left } more wrong codes
} and /link locks for { $lock }.
