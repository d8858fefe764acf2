# Command menus: each command's description, its options' and its choices' names, as the
# platforms list them (Discord's description_localizations, Telegram's per-language menus).
# English equals each definition in commands/ exactly (a test checks it).

cmd-audit = Recent moderator actions in this community (moderators)
cmd-audit-count = How many entries (1–50, default 20)

cmd-ban = Ban someone from Spotter in this community (moderators)
cmd-ban-person = Who: their name (a member or someone in /reports), or their id
cmd-ban-reason = Why (kept in the audit log)

cmd-block = Block someone: silent, both ways, at once
cmd-block-person = Who: their name, or their number in your last /buddies or /match list

cmd-buddies = Your buddies and buddy requests

cmd-buddy-accept = Accept a buddy request
cmd-buddy-accept-person = Who asked: their name, or their number in /buddies

cmd-buddy-decline = Decline a buddy request
cmd-buddy-decline-person = Who asked: their name, or their number in /buddies

cmd-calendar = Get a calendar file (.ics) for one session or all of yours
cmd-calendar-session = One session (its number or id); leave out for all your upcoming sessions

cmd-checkin = Tell Spotter whether you made it to a session you joined
cmd-checkin-session = The session: its number in /my-sessions, or its id
cmd-checkin-attended = Were you there? yes or no

cmd-community-stats = How Spotter is doing in this community, with charts of the last 12 weeks (moderators)

cmd-connect = Ask someone to be your workout buddy
cmd-connect-person = Who: their name, or their number in your last /match or /buddies list
cmd-connect-message = A short note to go with your request (optional)

cmd-delete-me = Delete your profile and everything that is yours (asks to confirm)

cmd-delete-me-cancel = Cancels /delete-me
cmd-delete-me-cancel-confirm = The confirmation button it cancels

cmd-delete-me-confirm = Confirms /delete-me

cmd-disconnect = Stop being buddies with someone, or withdraw a request
cmd-disconnect-person = Who: their name, or their number in /buddies

cmd-export = Download everything Spotter keeps about you (JSON)

cmd-help = What Spotter does and the commands to use
cmd-help-command = A command to explain

cmd-join = Ask the host to let you join a session
cmd-join-session = The session: its number in /sessions, or its id
cmd-join-message = A few words for the host (optional)

cmd-leave = Leave a session (your seat or waitlist place), or withdraw your request
cmd-leave-session = The session: its number in /my-sessions, or its id

cmd-link = Use one profile on Discord and Telegram: get a code here, type it on the other
cmd-link-code = The code from /link on your other account

cmd-match = Find workout buddies near you, ranked and explained
cmd-match-page = Page of results

cmd-mod-settings = Show or change this community's Spotter settings (moderators)
cmd-mod-settings-announce-channel = The channel where sessions are announced
cmd-mod-settings-moderator-role = The role whose members moderate Spotter here
cmd-mod-settings-clear = Stop announcing, or stop using a moderator role
cmd-mod-settings-clear-announce-channel = Announce channel
cmd-mod-settings-clear-moderator-role = Moderator role
cmd-mod-settings-radius = Default matching radius in km (1–200)

cmd-msg = Send a message to a buddy, on whatever platform they use
cmd-msg-person = Which buddy: their name, or their number in /buddies
cmd-msg-text = Your message
cmd-msg-reply-to = The message you are answering (set by the Reply button)

cmd-my-sessions = Your upcoming sessions: hosting, going, waitlisted, requested

cmd-notifications = Match alerts, quiet hours, session reminders and the weekly digest
cmd-notifications-alerts = Alerts when a new good match or session appears (on/off)
cmd-notifications-quiet = Quiet hours like "22-7" or "22:30-06:30"; "off" to clear
cmd-notifications-reminders = Reminder lead times like "24h,1h" or "30m"; "default" or "off"
cmd-notifications-digest = Weekly digest of sessions near you (on/off)

cmd-pause = Hide yourself from matching and alerts for now

cmd-place-add = Add a public meeting place to this community (moderators)
cmd-place-add-name = The name people will see, e.g. "Tiergarten main gate"
cmd-place-add-location = Where it is: a map link, "lat, lng" or an area name (never shown)

cmd-place-remove = Remove a meeting place from this community (moderators)
cmd-place-remove-name = The place: its number or its name, as /places shows it

cmd-places = This community's curated public meeting places

cmd-profile = Show your profile (only you see it)

cmd-report = Report a person, session or message to the community's moderators
cmd-report-reason = What happened? Moderators read this
cmd-report-person = A person: their name, or their number in your last /match or /buddies list
cmd-report-session = A session: its number in /sessions or /my-sessions, or its id
cmd-report-message = A message sent to you (set by its Report button)

cmd-report-open = Opens a report pushed to you (moderators)
cmd-report-open-report = The report id

cmd-report-resolve = Resolve a report with a note on what was done (moderators)
cmd-report-resolve-report = The report: its number in /reports
cmd-report-resolve-note = What you did about it (for the audit log)

cmd-reports = Open reports in this community, oldest first (moderators)

cmd-request-accept = Accept a join request for a session you host
cmd-request-accept-request = The request: its number in /requests

cmd-request-decline = Decline a join request for a session you host
cmd-request-decline-request = The request: its number in /requests

cmd-requests = Join requests waiting for your answer
cmd-requests-session = Only for this session (its number in /my-sessions, or its id)

cmd-resume = Appear in matching again

cmd-session = Show one session: when, where, level, seats
cmd-session-session = The session: its number in /sessions or /my-sessions, or its id

cmd-session-cancel = Cancel a session you host; everyone in it is told
cmd-session-cancel-session = The session: its number in /my-sessions, or its id
cmd-session-cancel-reason = Why, in a few words (shown to participants)

cmd-session-create = Create a workout session that people nearby can ask to join
cmd-session-create-activity = What you will do, e.g. running, yoga, climbing
cmd-session-create-when = When it starts, in your own time: "tomorrow 7am", "sat 9:30"
cmd-session-create-place = Where to meet: one of this community's meeting places, or any area
cmd-session-create-capacity = Seats for others, 1 to 50 (default 4)
cmd-session-create-levels = Who it suits: all, beginner, intermediate-advanced… (default all)
cmd-session-create-duration = How long: "45 min", "1h30" (default 1 h)
cmd-session-create-title = A short title (default: the activity)
cmd-session-create-notes = Notes for joiners: pace, what to bring (up to 500 characters)
cmd-session-create-weekly = Repeat it every week at the same time

cmd-session-edit = Change a session you host; everyone in it is told what changed
cmd-session-edit-session = The session: its number in /my-sessions, or its id
cmd-session-edit-when = New start, in your time: "sat 10am"
cmd-session-edit-place = New meeting place
cmd-session-edit-capacity = New number of seats, 1 to 50
cmd-session-edit-duration = New length: "45 min", "1h30"
cmd-session-edit-title = New title
cmd-session-edit-notes = New notes for joiners (up to 500 characters)
cmd-session-edit-levels = New level range: all, beginner, intermediate-advanced…
cmd-session-edit-weekly = Repeat every week

cmd-session-remove = Remove a session from this community and tell everyone in it (moderators)
cmd-session-remove-session = The session: its number in /sessions, or its id
cmd-session-remove-reason = Why (the host is told)

cmd-sessions = Browse workout sessions near you, with filters
cmd-sessions-activity = Only this activity, e.g. running
cmd-sessions-day = Only this day: "today", "tomorrow", "sat", "2026-12-05"
cmd-sessions-level = Only sessions that suit this level
cmd-sessions-level-beginner = Beginner
cmd-sessions-level-intermediate = Intermediate
cmd-sessions-level-advanced = Advanced
cmd-sessions-distance = How far to look, in km (default: your radius)
cmd-sessions-page = Page of results

cmd-set-activities = Set the activities you train, e.g. "running, yoga"
cmd-set-activities-activities = Activities, comma-separated (running, cycling, gym, yoga, climbing…)

cmd-set-availability = When you can train each week, in words: "weekday evenings, sat morning"
cmd-set-availability-when = e.g. "weekday evenings, sat morning" or "mon/wed 6-8am"; "none" clears it

cmd-set-bio = A few words about how you like to train
cmd-set-bio-bio = A short bio (up to 300 characters)

cmd-set-level = Set your fitness level: beginner, intermediate or advanced
cmd-set-level-level = Your level: beginner, intermediate or advanced
cmd-set-level-level-beginner = Beginner
cmd-set-level-level-intermediate = Intermediate
cmd-set-level-level-advanced = Advanced

cmd-set-location = Set your home area: a city or area, "lat, lng", a map link, or share your location
cmd-set-location-place = Your city or area (e.g. "Kreuzberg, Berlin"), "lat, lng" or a map link

cmd-set-name = The name other people see
cmd-set-name-name = Your display name (up to 40 characters)

cmd-set-radius = How far you will travel to train, in km
cmd-set-radius-km = Travel radius in km (1–200)

cmd-set-timezone = Confirm or change your time zone (set from your area automatically)
cmd-set-timezone-zone = A city or country (New York, Berlin) or an IANA zone such as Europe/Berlin

cmd-setup = Set up your fitness profile step by step
cmd-setup-activities = What do you train? e.g. "running, yoga"
cmd-setup-level = Your level: beginner, intermediate or advanced
cmd-setup-level-beginner = Beginner
cmd-setup-level-intermediate = Intermediate
cmd-setup-level-advanced = Advanced
cmd-setup-place = Where do you train? A city or area, "lat, lng", a map link — or share your location
cmd-setup-radius = How far will you travel, in km? (1–200)
cmd-setup-availability = When can you train? e.g. "weekday evenings, sat morning"
cmd-setup-bio = A few words about how you like to train

cmd-stats = Your training calendar, streaks, show-up rate, buddies and top activities

cmd-unban = Lift a ban in this community (moderators)
cmd-unban-person = Who: their name (a member or someone in /reports), or their id

cmd-unblock = Unblock someone you blocked
cmd-unblock-person = Who: their name, or their number in /buddies
cmd-calendar-feed = A private calendar address with your sessions, kept up to date
cmd-calendar-feed-action = on (show or make your address), reset (a new address; the old one stops), off
cmd-calendar-feed-action-on = On
cmd-calendar-feed-action-reset = Reset
cmd-calendar-feed-action-off = Off
cmd-language = The language Spotter speaks with you: en, de, es, ru, or auto to follow your app
cmd-language-language = A language (de, Deutsch, german, ru, русский…) or "auto" to follow your app
cmd-mod-settings-language = Language of what is posted in the community; "auto" clears it
cmd-mod-settings-language-en = English
cmd-mod-settings-language-de = Deutsch
cmd-mod-settings-language-es = Español
cmd-mod-settings-language-ru = Русский
cmd-mod-settings-language-auto = Auto

cmd-rounds = Weekly pairing rounds: be paired with a training buddy each week
cmd-rounds-setup = Set up weekly pairing rounds in this community: weekday, hour, activity, on or off (moderators)
cmd-rounds-setup-weekday = The day of the week rounds start
cmd-rounds-setup-weekday-mon = Monday
cmd-rounds-setup-weekday-tue = Tuesday
cmd-rounds-setup-weekday-wed = Wednesday
cmd-rounds-setup-weekday-thu = Thursday
cmd-rounds-setup-weekday-fri = Friday
cmd-rounds-setup-weekday-sat = Saturday
cmd-rounds-setup-weekday-sun = Sunday
cmd-rounds-setup-hour = The hour rounds start, 0–23, on the community clock
cmd-rounds-setup-activity = Pair only people who do this, on it (default: any shared activity)
cmd-rounds-setup-state = on (default) or off
cmd-rounds-setup-state-on = On
cmd-rounds-setup-state-off = Off
cmd-rounds-setup-timezone = The zone the hour is in, e.g. Europe/Berlin (default: yours)
cmd-rounds-setup-clear = Pair on any shared activity again
cmd-rounds-setup-clear-activity = The activity
cmd-rounds-join = Take part in this community's weekly pairing rounds
cmd-rounds-leave = Stop taking part in this community's pairing rounds
cmd-rounds-skip = Sit out the next pairing round only
cmd-rounds-status = This community's pairing rounds: schedule, your place, and each round's figures for moderators
cmd-met = Answer "did you two train together?"
cmd-met-question = Which question (from its buttons)
cmd-met-answer = yes, not-yet or no (it didn't work out)
cmd-met-answer-yes = Yes
cmd-met-answer-not-yet = Not yet
cmd-met-answer-no = It didn't work out
cmd-plan = Find a time with a buddy or anyone you could /connect with: the best shared slots this week
cmd-plan-person = Who: their name, or their number in your last /match or /buddies list
cmd-plan-time = Propose your own time instead, e.g. "saturday 9am" (optional)
cmd-plan-offer = Offers times found by /plan to the other person
cmd-plan-offer-person = Who the times are for
cmd-plan-offer-slots = The times offered
cmd-plan-offer-activity = The activity
cmd-plan-propose = Proposes your own time to train with someone
cmd-plan-propose-person = Who the time is for
cmd-plan-propose-time = When? e.g. "saturday 9am", "tomorrow 18:30"
cmd-plan-propose-activity = The activity
cmd-plan-accept = Takes a time someone offered you with /plan
cmd-plan-accept-person = Who offered it
cmd-plan-accept-slot = The time taken
cmd-plan-accept-offer = The offer the time belongs to
cmd-plan-accept-activity = The activity

cmd-attendance-toggle = Flips one participant between came and no-show on your attendance sheet
cmd-attendance-toggle-session = The session id
cmd-attendance-toggle-person = The participant id
cmd-attendance-done = Confirms your attendance sheet as it shows
cmd-attendance-done-session = The session id
cmd-attendance-appeal = Asks the moderators to look at your no-show pause
cmd-report-resolve-clear = For an appeal of a no-show pause: cleared, lift the pause
