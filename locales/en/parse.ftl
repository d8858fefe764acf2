# What people type: availability, start times, durations, places. Examples are in the reader's
# language, and every language also understands the English words.

parse-availability-example = "weekday evenings, sat morning" or "mon/wed 6-8am"
parse-time-unreadable = "{ $text }" isn't a time I can read. Use times like "6am", "18:30" or "6-8pm".
parse-availability-bad-char = I don't understand "{ $char }" in your availability. Try { parse-availability-example }.
parse-availability-unknown = I don't understand "{ $word }" in your availability. Try something like { parse-availability-example }.
parse-availability-unknown-suggest = I don't understand "{ $word }" in your availability. Did you mean "{ $suggestion }"? Try something like { parse-availability-example }.
parse-availability-empty = Tell me when you're usually free, e.g. { parse-availability-example }. Send "none" to clear it.
parse-availability-too-long = That's { $length } characters; please keep it under { $max }, e.g. { parse-availability-example }.
parse-availability-nothing = I couldn't find any days or times in "{ $text }". Try { parse-availability-example }.
parse-availability-too-many = That makes { $count } separate time windows; the most I can keep is { $max }. Try broader ones, e.g. "weekday evenings".
parse-availability-before-midnight = "before midnight" is every evening; try "evenings" or "after 6pm".

parse-when-examples = "tomorrow 7am", "sat 9:30" or "2026-12-01 07:00"
parse-when-empty = Tell me when it starts, e.g. { parse-when-examples }.
parse-when-too-long = That's too long for a start time; try something like { parse-when-examples }.
parse-when-not-found = I couldn't find a date or time in "{ $text }". Try { parse-when-examples }.
parse-when-needs-time = "{ $text }" needs a time of day too, e.g. "{ $found } 7am" or "{ $found } 18:30".
parse-when-no-date = I couldn't work out a date from "{ $text }". Try { parse-when-examples }.
parse-when-not-real = "{ $text }" isn't a real date. Try { parse-when-examples }.
parse-when-passed = { $when } has already passed. Pick a time in the future, e.g. "tomorrow 7am".
parse-when-too-far = { $when } is more than { $days } days away; sessions can be planned up to { $days } days ahead.

parse-duration-examples = e.g. "45", "90m", "1h" or "1h30"
parse-duration-empty = Tell me how long it lasts, { parse-duration-examples }.
parse-duration-unreadable = I couldn't read "{ $text }" as a duration; { parse-duration-examples }.
parse-duration-out-of-range = A session lasts between { $min } minutes and { $maxHours } hours; "{ $text }" is { $minutes } minutes. Try { parse-duration-examples }.

parse-location-examples = "Berlin", "Springfield, Illinois", coordinates like "52.52, 13.40", or a Google Maps link
parse-coordinates-not-numbers = Coordinates must be numbers, e.g. "52.52, 13.40" (latitude first, then longitude).
parse-latitude-out-of-range = Latitude must be between -90 and 90, but it was { $value }. Send latitude first, then longitude, e.g. "52.52, 13.40".
parse-longitude-out-of-range = Longitude must be between -180 and 180, but it was { $value }. Send latitude first, then longitude, e.g. "52.52, 13.40".
parse-location-empty = Tell me a city or area, e.g. { parse-location-examples }.
parse-link-too-long = That link is too long to read. Send coordinates instead, e.g. "52.52, 13.40".
parse-location-too-long = That's { $length } characters; a place can be at most { $max }. Just the city is enough, e.g. "Berlin" or "Paris, France".
parse-coordinates-malformed = I couldn't read "{ $text }" as coordinates. Send latitude then longitude as decimals, e.g. "52.52, 13.40" or "52.52 N, 13.40 E".
parse-link-unreadable = I couldn't read that link. Paste the full map link, or send coordinates like "52.52, 13.40".
parse-link-short = Short map links (like maps.app.goo.gl/…) can't be opened here. Open the link in your browser and paste the full address from the address bar, or send coordinates like "52.52, 13.40".
parse-link-no-location = I couldn't find a location in that link. Paste a Google Maps, OpenStreetMap or Apple Maps link that shows a pin, or send coordinates like "52.52, 13.40".
parse-link-no-place = I couldn't find a location in that link. Send the city name or coordinates like "52.52, 13.40".
parse-place-unknown-qualifier = I don't know "{ $qualifier }" as a country, state or city. Try a country name or code, e.g. "{ $name }, France" or "{ $name }, US".
parse-place-none-near = I know places called "{ $name }", but none in or near "{ $qualifier }". Check the spelling, or try just "{ $name }".
parse-place-unknown = I couldn't find a place called "{ $name }". Check the spelling or add the country, e.g. "Paris, France", or send coordinates like "52.52, 13.40".

# Why two people's weeks fit: the part of the day most of their shared time falls in.
parse-overlap-none = no shared times yet
parse-overlap-minutes = { $minutes } min a week overlap
parse-overlap-hours = { $hours } h a week overlap
parse-overlap-morning = { $count ->
        [one] { $count } morning overlaps
       *[other] { $count } mornings overlap
    }
parse-overlap-afternoon = { $count ->
        [one] { $count } afternoon overlaps
       *[other] { $count } afternoons overlap
    }
parse-overlap-evening = { $count ->
        [one] { $count } evening overlaps
       *[other] { $count } evenings overlap
    }
parse-overlap-night = { $count ->
        [one] { $count } night overlaps
       *[other] { $count } nights overlap
    }

# A weekly availability in words: "weekday evenings, Sat morning", "Mon/Wed 6–8", "daily 7–9".
parse-describe-not-set = not set
parse-describe-comma = { $a }, { $b }
parse-describe-and = { $a } & { $b }
parse-describe-slash = { $a }/{ $b }
parse-describe-run = { $from }–{ $to }
parse-describe-every = every { $parts }
parse-describe-weekday = weekday { $parts }
parse-describe-weekend = weekend { $parts }
parse-describe-days = { $days } { $parts }
parse-describe-every-all-day = every day
parse-describe-weekday-all-day = weekdays
parse-describe-weekend-all-day = weekends
parse-describe-days-all-day = { $days } all day
parse-describe-every-ranges = daily { $ranges }
parse-describe-weekday-ranges = weekdays { $ranges }
parse-describe-weekend-ranges = weekends { $ranges }
parse-describe-days-ranges = { $days } { $ranges }
parse-weekday-short-1 = Mon
parse-weekday-short-2 = Tue
parse-weekday-short-3 = Wed
parse-weekday-short-4 = Thu
parse-weekday-short-5 = Fri
parse-weekday-short-6 = Sat
parse-weekday-short-7 = Sun
parse-part-early-morning-one = early morning
parse-part-early-morning-many = early mornings
parse-part-morning-one = morning
parse-part-morning-many = mornings
parse-part-late-morning-one = late morning
parse-part-late-morning-many = late mornings
parse-part-lunchtime-one = lunchtime
parse-part-lunchtime-many = lunchtimes
parse-part-afternoon-one = afternoon
parse-part-afternoon-many = afternoons
parse-part-evening-one = evening
parse-part-evening-many = evenings
parse-part-night-one = night
parse-part-night-many = nights
parse-availability-negative = "{ $text }" would be a negative hour. Write times of day from 0 to 24, like { parse-availability-example }.
parse-availability-numbers-only = "{ $text }" has hours but no days. Say which days or parts of the day too, like { parse-availability-example }.
