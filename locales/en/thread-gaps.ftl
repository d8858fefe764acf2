## The session chat's last gaps: /say where the bot can't read a thread, and refused places in each platform's words

cmd-say = In a session chat thread: write so members on other apps read it too
cmd-say-message = Your message to the group
chat-say-error-not-in-place = Use /say inside a session chat's own thread. Anywhere else, write to a session's chat with /session-chat.
chat-place-elsewhere = Someone in the chat of **{ $title }** uses Spotter on another app. Spotter can't read this thread, so they read only what you send with **/say**: type /say and your message here. Their messages appear here under their name.
chat-place-topic-rights-missing-text = Each session's news gets no topic in the forum of { $community }, and its chat is still relayed through private messages: Spotter is not an admin there with the "Manage Topics" right. To grant it: open the group → Edit → Administrators → Spotter, turn on "Manage Topics", then save.
