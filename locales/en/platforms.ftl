# The platform adapters' own words: what Discord, Telegram and the terminal say themselves,
# around the replies of commands (modals, apologies, keyboards, welcomes, the terminal's help).

## Discord

discord-apology = Sorry, something went wrong on our side while answering. Please try again in a moment.
discord-nothing-more = Nothing more to do here.
discord-command-gone = That command isn't available any more. Try /help.
discord-form-expired = That form has expired. Please run the command again.
discord-not-handled = That isn't something Spotter handles.
discord-answer-button = Answer
discord-answer-title = Your answer

## Telegram

telegram-unreadable = I read commands, typed answers and shared locations. Send /help to see what I can do.
telegram-choices-expired = Those choices have expired. Run the command again for fresh ones.
telegram-group-hello = 👋 Hi { $group }! I'm <b>Spotter</b>: I find workout buddies and sessions near you.
telegram-group-steps = Open a private chat with me and send /setup to make your profile, then /match to meet people who train like you. Sessions created for this group are announced here.
telegram-group-moderators = Group admins are Spotter moderators here. /help lists everything.
telegram-open-spotter = Open Spotter
telegram-start-first = { $name }, I answer that in a private chat, and we haven't talked there yet. Tap the button, press <b>Start</b>, then run the command again.
telegram-got-it = Got it.
telegram-share-location = 📍 Share my location
telegram-share-location-placeholder = Or type a city or area
telegram-share-location-below = Or tap <b>{ $button }</b> below.
telegram-more-fields = … and { $count } more

## Terminal

console-help-title = Terminal Spotter: you act as local people, offline.
console-help-command-syntax = /command args
console-help-command = run a command (/help lists them), e.g. /set-location Berlin
console-help-press = press a numbered button or choice (the last ones shown stay usable until they expire)
console-help-any-text = any other text
console-help-answer = answers the current question
console-help-as = become NAME (created on first use); :who lists people
console-help-in = act inside a community (:in - to leave); :mod toggles moderator rights
console-help-in-more = (each person keeps their own; a new person starts in a private chat)
console-help-quit = exit
console-memory-only = ⚠ Data is kept in memory only and will be LOST when Spotter stops ({ $reason }).
console-memory-only-fix = To keep it, set MONGODB_URI to a MongoDB server or install mongod, then restart.
console-notification-for = 📨 for { $name }:
console-announcement-in = 📣 in { $community }:
console-announcement-updated = 📣 (updated) { $text }
console-picture-saved = (picture saved as { $path }, { $width }×{ $height })
console-moderator-on = Moderator rights on for { $name }.
console-moderator-off = Moderator rights off for { $name }.
console-now-in-community = You are now { $name } in community "{ $community }".
console-now-in-community-new = You are now { $name }, new here, in community "{ $community }".
console-now-moderating = You are now { $name } in community "{ $community }" with moderator rights.
console-now-moderating-new = You are now { $name }, new here, in community "{ $community }" with moderator rights.
console-now-private = You are now { $name } in a private chat.
console-now-private-new = You are now { $name }, new here, in a private chat.
console-waiting = 📨 { $count ->
    [one] A notification
   *[other] { $count } notifications
  } while you were away:
console-acts-in = { $name } now acts in community "{ $community }".
console-private-chat = { $name } is now in a private chat.
console-unknown = Unknown { $command }.
console-no-button = { $count ->
    [1] There is no button { $number } on screen: the last message shown has one button, number 1.
   *[other] There is no button { $number } on screen: the last buttons shown are numbered 1 to { $count }.
}
console-ignored = (Type a /command — /help lists them — or :help for the terminal.)
console-file = (file { $name }, { $bytes } bytes — saved as ./{ $name })
console-type-place = (type a place, "lat, lng", or a map link)
console-waiting-count = { $count } waiting
