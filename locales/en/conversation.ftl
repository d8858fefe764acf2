# Guided flows (questions one by one) and what is wrong with a typed option.
# Limits are shown without digit grouping ("1000 characters"), as people type them.

flow-outdated = That conversation was started by an older version of Spotter, so I dropped it. Please run the command again.
flow-cancelled = Cancelled /{ $command }. Nothing was saved.
flow-yes = Yes
flow-no = No
flow-skip = Skip
flow-cancel = Cancel
flow-level-beginner = Beginner
flow-level-intermediate = Intermediate
flow-level-advanced = Advanced
flow-title-left = /{ $command } · { $left } questions left
flow-question-optional = { $question } (or "skip")

flow-unreadable = I couldn't read "{ $text }". Write options as name: value.
flow-write-pairs = Write the options as name: value, for example /{ $command } { $option }: …
flow-no-options = /{ $command } takes no options.
flow-unknown-option = /{ $command } has no option "{ $option }".

flow-not-valid = { $label } is not valid
flow-must-be-text = { $label } must be text
flow-empty = { $label } can't be empty
flow-too-long = { $label } is too long: keep it under { NUMBER($max, useGrouping: 0) } characters.
flow-too-long-plural = { $label } are too long: keep them under { NUMBER($max, useGrouping: 0) } characters.
flow-whole-number = { $label } must be a whole number from { NUMBER($min, useGrouping: 0) } to { NUMBER($max, useGrouping: 0) }
flow-at-least = { $label } must be at least { NUMBER($min, useGrouping: 0) }{ $unit }
flow-at-most = { $label } can be at most { NUMBER($max, useGrouping: 0) }{ $unit }
flow-on-off = { $label } must be on or off
flow-one-of = { $label } must be one of: { $values }
flow-unknown-activity = I don't know the activity "{ $text }". Try one of: { $known }
flow-unknown-activity-short = I don't know the activity "{ $text }". Try: { $known }
flow-activities-text = Activities must be text, like "running, yoga"
flow-activities-none = Name at least one activity, like "running, yoga"
flow-activities-too-many = Pick at most { $max } activities

# Option labels, as the subject of the messages above.
flow-label-that = That
flow-label-the-activity = The activity
flow-label-the-level = The level
flow-label-the-place = The place
flow-label-the-time = The time
flow-label-the-session = The session
flow-label-the-person-s-name = The person's name
flow-label-the-report = The report
flow-label-alerts = Alerts
flow-label-attended = Attended
flow-label-the-digest = The digest
flow-label-weekly = Weekly
flow-label-the-level-range = The level range
flow-label-the-capacity = The capacity
flow-label-the-count = The count
flow-label-the-distance = The distance
flow-label-the-page = The page
flow-label-the-radius = The radius
flow-label-the-message = The message
flow-label-the-message-to-reply-to = The message to reply to
flow-label-the-note = The note
flow-label-the-notes = The notes
flow-label-the-reason = The reason
flow-label-your-bio = Your bio
flow-label-your-availability = Your availability
flow-label-your-name = Your name
flow-label-quiet-hours = Quiet hours
flow-label-reminders = Reminders
flow-label-the-announce-channel = The announce channel
flow-label-the-moderator-role = The moderator role
flow-label-the-button = The button
flow-label-the-code = The code
flow-label-the-command = The command
flow-label-the-day = The day
flow-label-the-duration = The duration
flow-label-the-name = The name
flow-label-the-request = The request
flow-label-the-time-zone = The time zone
flow-label-the-title = The title
flow-label-the-language = The language
