# A confirmation's button pressed a second time (a double click, or after its Cancel).
error-button-used = Already done: this question was answered, and its buttons work only once.

## /session-edit to a place far away: the same question as /session-create asks.
session-edit-far-community = **{ $place }** is about { NUMBER($km) } km from **{ $from }**, where this community meets. Move the session there anyway?
session-edit-far-members = **{ $place }** is far from where this community's members train. Move the session there anyway?
session-edit-far-home = **{ $place }** is about { NUMBER($km) } km from your area ({ $from }), farther than the { NUMBER($radius) } km you travel. Move the session there anyway?
session-edit-far-move = Move it there
session-edit-far-cancelled = Not changed: the session stays as it was, and nobody was told anything.

## The hidden answer of the question above: the menu words of its options.
cmd-session-edit-far = Moves a session to a place far away, once its host said yes
cmd-session-edit-far-go = Move it there (yes) or leave it (no)
cmd-session-edit-far-session = The session id
cmd-session-edit-far-confirm = The Move button that cancelling withdraws
cmd-session-edit-far-when = New start, in your time: "sat 10am"
cmd-session-edit-far-place = New meeting place
cmd-session-edit-far-capacity = New number of seats, 1 to 50
cmd-session-edit-far-duration = New length: "45 min", "1h30"
cmd-session-edit-far-title = New title
cmd-session-edit-far-notes = New notes for joiners (up to 500 characters)
cmd-session-edit-far-levels = New level range: all, beginner, intermediate-advanced…
cmd-session-edit-far-weekly = Repeat every week
