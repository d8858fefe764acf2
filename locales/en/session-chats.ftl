## A chat for every session: host and seated participants, relayed through private chats.

cmd-session-chat = Write to the chat of a session you host or have a seat in
cmd-session-chat-session = Which session: its number in your last list, or its id
cmd-session-chat-message = Your message to the group
cmd-session-chat-reply-to = The message you are answering (set by the Reply button)

session-chat-opened-title = Chat open: { $title }
session-chat-opened-text = **{ $title }** ({ $at }) has a chat now: the host and everyone with a seat. Messages reach each of you here, on whatever app you use.
session-chat-opened-members = In the chat: { $names }.
session-chat-opened-how = Press Write to the group, or answer any chat message with Reply.
session-chat-button-write = Write to the group
session-chat-button-write-form = Your message to the group
session-chat-seat-joined = **{ $who }** has a seat in **{ $title }** now and joins the chat.
session-chat-seat-left = **{ $who }** gave up their seat in **{ $title }** and left the chat.
session-chat-message-title = { $name } in { $title }
session-chat-sent = Sent to the chat of **{ $title }**.

session-chat-error-not-member = The chat of **{ $title }** is for its host and the people with a seat.
session-chat-error-waitlisted = You're on the waitlist for **{ $title }**: its chat opens to you when you get a seat.
session-chat-error-closed = The chat of **{ $title }** is closed: the session is cancelled or ended more than a day ago.
session-chat-error-alone = Nobody has a seat in **{ $title }** yet: its chat opens with the first seat.
