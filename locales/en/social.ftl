# Buddies (connect, answers, list, block) and relayed messages: replies and errors.

buddy-error-cant-connect = You can't connect with this person.
buddy-error-no-number = There's no number { $number } in your last list. Run /buddies or /match again and use a number from it.
buddy-error-person-not-found = I can't find that person. Use their number from your last list (/buddies, /match) or their id.
buddy-error-self = That's you! Pick someone else, for example from /match.
buddy-error-already-pending-or-connected = You already have a pending request or a connection with { $name }{ $dot ->
    [no] {""}
   *[yes] .
} See /buddies.
buddy-error-already-buddies-say-hi = You and { $name } are already buddies. Say hi with /msg.
buddy-error-still-pending = Your request to { $name } is still pending. You'll hear as soon as they answer.
buddy-error-declined-cooldown = { $name } declined your last request, so you can't ask again yet. You can try again from { $until }.
buddy-error-already-buddies = You and { $name } are already buddies.
buddy-error-no-open-request = There's no open buddy request from { $name }{ $dot ->
    [no] {""}
   *[yes] .
}
buddy-error-not-connected = You aren't connected with { $name }{ $dot ->
    [no] {""}
   *[yes] .
}
buddy-error-block-self = You can't block yourself.
buddy-error-not-blocked = { $name } isn't blocked.

msg-error-only-buddies = You can only message buddies. Connect first with /connect.
msg-error-empty = The message can't be empty.
msg-error-too-long = The message is too long: keep it under { $max } characters.

buddy-list-empty = No buddies yet. Find people who train like you with /match, then /connect.
buddy-list-incoming = Want to connect with you
buddy-list-buddies = Buddies
buddy-list-outgoing = Waiting for an answer
buddy-list-blocked = Blocked
buddy-list-title = Your buddies
buddy-button-accept-numbered = Accept #{ $number } { $name }
buddy-button-decline-numbered = Decline #{ $number } { $name }
buddy-button-message-numbered = Message #{ $number } { $name }
buddy-button-disconnect-numbered = Disconnect #{ $number } { $name }
buddy-button-unblock-numbered = Unblock #{ $number } { $name }

buddy-connect-incoming = { $person } already asked to connect with you. Accept?
buddy-connect-sent = Buddy request sent to **{ $name }**{ $dot ->
    [no] {""}
   *[yes] .
} I'll tell you when they answer.
buddy-accept-done = You and **{ $name }** are buddies now. Say hi and plan a workout!
buddy-decline-done = Declined **{ $name }**'s request. They won't be suggested to you for a while.
buddy-block-done = Blocked **{ $name }**{ $dot ->
    [no] {""}
   *[yes] .
} They won't be told. Neither of you will see the other in matches or be able to connect or message. Undo with /unblock.
buddy-unblock-done = Unblocked **{ $name }**{ $dot ->
    [no] {""}
   *[yes] .
} You can find each other again.
buddy-disconnect-done = You and **{ $name }** are no longer buddies.
buddy-disconnect-withdrawn = The buddy request between you and **{ $name }** is withdrawn.
msg-sent = Sent to **{ $name }**{ $dot ->
    [no] {""}
   *[yes] .
}
