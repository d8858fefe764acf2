# Profiles: /setup, /profile, the set-* commands, /notifications, /language, /link, /export, /delete-me.

profile-title-yours = Your profile: { $name }
profile-title-saved = Profile saved: { $name }
profile-title-so-far = Saved so far: { $name }
profile-title-notifications = Notifications: { $name }
profile-field-activities = Activities
profile-field-level = Level
profile-field-area = Area
profile-field-zone = Time zone
profile-field-available = Available
profile-field-status = Status
profile-field-notifications = Notifications
profile-field-record = Track record
profile-field-about = About
profile-not-set = not set
profile-area = { $area } · within { $km } km
profile-status-active = active
profile-status-paused = paused (hidden from matching)
profile-alerts = match alerts { $state ->
        [on] on
       *[off] off
    }
profile-quiet = quiet { $start }–{ $end }
profile-reminders = reminders { $times }
profile-reminders-default = reminders default
profile-reminders-off = reminders off
profile-digest = weekly digest { $state ->
        [on] on
       *[off] off
    }
profile-lead-days = { $count } d
profile-lead-hours = { $count } h
profile-lead-minutes = { $count } min
profile-record = { $attended } attended · streak { $streak } (best { $best }) · reliability { $reliability }%
profile-missing = To get matched, add { $missing } — or run /setup.
profile-missing-area = your area (/set-location)
profile-missing-activities = activities (/set-activities)
profile-missing-level = your level (/set-level)
profile-paused-hint = Your profile is paused: nobody sees you in matches. Run /resume to be matched again.
profile-ready = Ready to match: try /match.
profile-button-match = Find buddies
profile-button-sessions = Browse sessions
profile-button-pause = Pause
profile-button-resume = Resume
profile-button-edit = Edit with /setup
profile-button-export = Export my data
profile-choose-area = Choose your area
profile-place-ambiguous = There are several places called "{ $place }". Which one?
profile-area-set = Home area set to **{ $area }** (matching within { $km } km). Only the area name is ever shown to others.
profile-area-set-zone = Home area set to **{ $area }** (matching within { $km } km). Only the area name is ever shown to others. Your time zone is now { $zone }; change it with /set-timezone if that's wrong.
profile-name-set = You'll appear as { $name }
profile-name-platform = A name needs at least one letter, so you'll appear as your { $platform ->
        [discord] Discord
        [telegram] Telegram
       *[other] terminal
    } name, { $name } Try /set-name again with letters.
profile-bio-saved = Bio saved.
profile-level-set = Level: **{ $level }**.
profile-radius-set = You'll be matched with people and sessions within **{ $km } km** whose own radius reaches you too.
profile-zone-set = Time zone: **{ $zone }**. Times are shown to you in this zone.
profile-zone-set-from = Time zone: **{ $zone }** (from { $place }). Times are shown to you in this zone.
profile-activities-set = Activities: **{ $activities }**.
profile-availability-set = Available **{ $when }** ({ $zone }). Matching compares this with others across time zones.
profile-availability-cleared = Availability cleared.
profile-paused = Paused: you won't appear in matches or get match alerts. /resume when you're back.
profile-resumed = Welcome back: you appear in matches again.
profile-export-text = Here is everything Spotter keeps about you.
profile-gps-invalid = That shared location is not a valid point on Earth.
profile-timezone-unknown = "{ $zone }" is neither a place nor a time zone I know. Write a city like New York or Berlin, or an IANA name like Europe/Berlin.
profile-timezone-ambiguous = "{ $text }" spans several time zones: { $zones }. Write the city, or one of these names.

setup-place-failed = { $problem } Set it with /set-location.
setup-place-ambiguous = Everything else is saved. There are several places called "{ $place }" — which one is yours?

prefs-saved = Saved.
prefs-hint = Change with e.g. /notifications alerts: off quiet: 22-7
prefs-quiet-invalid = Quiet hours look like "22-7" or "22:30-06:30" (24-hour clock), or "off"; "{ $text }" isn't that.
prefs-lead-invalid = Reminder times look like "24h,1h" or "30m" (5 minutes to 7 days), "default" or "off"; "{ $text }" isn't that.
prefs-lead-too-many = At most { $max } reminder times.

lang-title = Language
lang-current = In use: { $why }
    Choose one below, or type /language with a language (de, Deutsch, русский…). /language auto follows your app again.
lang-why-chosen = { $language }, your choice.
lang-why-platform = { $language }, as your { $platform ->
        [discord] Discord
        [telegram] Telegram
       *[other] terminal
    } says.
lang-why-community = { $language }, this community's default.
lang-why-default = { $language }: neither you nor your app named a language Spotter speaks.
lang-button-auto = Follow my app
lang-set = Done: Spotter speaks { $language } with you from now on.
lang-auto = Done: Spotter follows your app's language again. In use: { $why }
lang-unknown = Spotter doesn't speak "{ $text }". Choose one of: { $known } — or auto to follow your app.

link-title = Link another account
link-code-made = On your other platform, send **/link { $code }** to the Spotter bot within { $minutes } minutes. That account will then use this profile (its own Spotter profile, if any, is replaced).
link-done = Linked: this account now uses the profile of **{ $name }** — matches, buddies and sessions included.
link-code-shape = A link code is 6 letters and digits, like K7Q2MX.
link-code-own = Type this code on your other platform, not here.
link-profile-gone = The profile that made this code no longer exists.
link-platform-taken = That profile already has a { $platform } account linked.
link-platform-discord = discord
link-platform-telegram = telegram
link-platform-console = console

delete-button-yes = Yes, delete everything
delete-ask-title = Delete everything?
delete-ask-text = This removes your profile, buddies, messages and join requests at once, and cancels the sessions you host (everyone in them is told). Your name is taken out of moderation records and the words of reports you filed are removed. A community ban against you stays: it holds against your accounts. It cannot be undone.
delete-done = Done: everything of yours is deleted{ $cancelled ->
        [0] {""}
        [one] {" "}and the session you hosted was cancelled
       *[other] {" "}and the { $cancelled } sessions you hosted were cancelled
    }.{ $told ->
        [0] {""}
        [one] {" "}{ $told } person was told.
       *[other] {" "}{ $told } people were told.
    } Come back any time.
delete-cancelled = Cancelled: nothing was deleted. Your profile stays as it is.
delete-notice-cancelled-title = Session cancelled
delete-notice-cancelled-text = **{ $title }** on { $when } has been cancelled: its host left Spotter.
delete-notice-seat-title = You are in!
delete-notice-seat-text = A seat opened up in **{ $title }** and it is yours.
