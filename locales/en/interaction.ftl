# The dispatcher: what every command can answer before it runs.

error-internal = Sorry, something went wrong on our side. It has been logged; please try again in a moment.
error-unknown-command = I don't know /{ $command }. Try /help.
error-button-expired = That button has expired. Run the command again for a fresh one.
error-button-not-yours = That button isn't for you.
error-button-dead = That button no longer does anything.
error-needs-community = /{ $command } works inside a community: run it in your server or group.
error-owners-only = Only the operators of this Spotter deployment can use /{ $command }.
error-moderators-only = Only moderators of this community can use /{ $command }.
error-profile-unfinished = Finish your profile first with /setup: I need your area, activities and level.
notices-while-away = While you were away ({ $count })

# Words written outside any question, in a private chat.
freetext-match = Looking for someone to train with? I'll show the people near you who fit best.
freetext-sessions = Looking for a session to join? Here's what's coming up near you.
freetext-stop-alerts = Want fewer messages? This turns match alerts off; /notifications changes the rest.
freetext-cancel = There's no question open to cancel. Your sessions and requests are in /my-sessions.
freetext-help = Here's what I can do, command by command.
freetext-setup = Let's set up your profile: a few quick questions.
freetext-hint = I didn't catch that. If you were answering a question, it has expired; start again below. Or pick a first step:
freetext-button-match = Find buddies
freetext-button-sessions = Sessions nearby
freetext-button-stop-alerts = Turn alerts off
freetext-button-my-sessions = My sessions
freetext-button-help = Help
freetext-button-setup = Set up my profile
