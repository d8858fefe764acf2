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
