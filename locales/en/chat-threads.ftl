## A session chat's own place on the community's platform (Discord: a private thread)

chat-place-opened = The chat of **{ $title }** ({ $at }) is open: the host and everyone with a seat talk here. People on another app read it in their private chat with Spotter, and their messages appear here under their name.
chat-place-opened-how = Write here as in any channel. It closes a day after the session.
chat-place-seat-joined = **{ $who }** has a seat now and joins the chat.
chat-place-seat-left = **{ $who }** gave up their seat and left the chat.
chat-place-reminder = Reminder: **{ $title }** starts { $at }.
chat-place-message = **{ $name }**: { $body }
chat-place-closed = **{ $title }** was a day ago: this chat is closed now. Thanks for training together!
chat-place-closed-cancelled = **{ $title }** was called off: this chat is closed now.
chat-place-permission-missing-title = Spotter can't open session chats in { $community }
chat-place-permission-missing-text = Each session's chat is still relayed through private messages, but it gets no private thread in the server: Spotter lacks the "Create Private Threads", "Send Messages in Threads" or "Manage Threads" permission. To grant them: Server Settings → Roles → Spotter's role → Permissions, turn those three on, then save.
chat-place-board-opened = **{ $title }** ({ $at }) has its first seat: news of it comes here. The host and the people with a seat talk in their private chats with Spotter.
chat-place-board-seat-joined = Another seat in **{ $title }** is taken.
chat-place-board-seat-left = A seat in **{ $title }** is free again.
