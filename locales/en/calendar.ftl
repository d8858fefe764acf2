# Calendar files (.ics): what is written inside them, and the reply that carries them.

ics-calendar-name = My Spotter sessions
ics-open-one = Open the file to add the session to your calendar.
ics-open-all = Open the file to add your upcoming sessions to your calendar.
