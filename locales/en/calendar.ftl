# Calendar files (.ics): what is written inside them, and the reply that carries them.

ics-invalid-session = The session "{ $title }" has no valid start time or length, so it can't go in a calendar file.
ics-build-failed = I couldn't build the calendar file: { $problem }.
ics-all-levels = all levels
ics-level-range = { $min }–{ $max }
ics-description = { $activity } · { $levels } · hosted by { $host }
ics-calendar-name = My Spotter sessions
ics-open-one = Open the file to add the session to your calendar.
ics-open-all = Open the file to add your upcoming sessions to your calendar.
