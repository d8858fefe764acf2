# /help and the welcome.

help-welcome-title = Welcome to Spotter
help-welcome-text =
    Spotter finds people near you who train like you, and workout sessions you can join.
    Start with your profile, then meet buddies or pick a session. /help lists the commands.
help-button-setup = Set up my profile
help-button-sessions = Sessions nearby
help-no-such-command = There's no /{ $command }. Try /help for the list.
help-title = Spotter — find workout buddies nearby
help-intro = Set up your profile with /setup, then /match to meet people who train like you, or /sessions to join a workout nearby. /help <command> explains one command.
help-intro-private =
    Set up your profile with /setup, then /match to meet people who train like you, or /sessions to join a workout nearby. /help <command> explains one command.

    A community's own commands (its meeting places, and moderation for its moderators) are listed when you ask inside it.
help-section-profile = Profile
help-section-buddies = Buddies
help-section-sessions = Sessions
help-section-moderators = Moderators
help-section-more = More
help-options = Options (write them as name: value):
help-options-positional = Options (write them as name: value, or in this order: { $positional }):
help-option-optional = { $option } (optional)
