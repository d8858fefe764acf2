# Moderation: settings, reports, bans, audit log, and what the people concerned are told.

mod-this-community = this community
mod-error-forbidden = Only moderators of this community can do that.
mod-error-needs-community = Run this inside your community (server or group).
mod-error-unknown-community = This community is not known to Spotter.
mod-error-bad-announce-channel = The announce channel must be an id (like 123456789012345678) or a mention of it, or "none".
mod-error-bad-moderator-role = The moderator role must be an id (like 123456789012345678) or a mention of it, or "none".
mod-error-bad-radius = The default radius must be a whole number from 1 to 200 km.
mod-error-nothing-to-change = Nothing to change: give announce-channel, moderator-role, radius or language.
mod-error-place-name-empty = The place's name can't be empty.
mod-error-place-name-too-long = The place's name is too long: keep it under { $max } characters.
mod-error-place-name-coordinates = Give the place a name people recognise, like "Tiergarten main gate" — names are shown to everyone, so no coordinates in it.
mod-error-place-exists = There is already a place called "{ $name }". Remove it first with /place-remove to move it.
mod-error-places-full = This community already has { $max } places, the most allowed. Remove one with /place-remove first.
mod-error-no-such-place = There's no place called "{ $name }". /places lists them.

mod-settings-title = Community settings: { $community }
mod-settings-saved-title = Saved: { $community }
mod-settings-help = Change them with /mod-settings announce-channel: … moderator-role: … radius: … language: … events: on|off ("none" clears a channel or role, "auto" the language; "events: off" keeps sessions out of the server's Events tab).
mod-settings-announce-channel = Announce channel
mod-settings-announce-channel-none = none (the community itself)
mod-settings-moderator-role = Moderator role
mod-settings-moderator-role-none = none (admins only)
mod-settings-radius = Default radius
mod-settings-radius-value = { $km } km
mod-settings-places = Meeting places
mod-settings-language = Language
mod-settings-language-none = auto (each reader's own; English in the community)

mod-audit-empty = No moderator actions in **{ $community }** yet.
mod-audit-title = Audit log: { $community } (newest first)
mod-audit-line = { $when } · **{ $actor }** { $action }{ $target }
mod-audit-line-detail = { $when } · **{ $actor }** { $action }{ $target } — { $detail }
mod-audit-action-settings-update = changed settings
mod-audit-action-place-add = added a place
mod-audit-action-place-remove = removed a place
mod-audit-action-report-resolve = resolved a report
mod-audit-action-session-remove = removed a session
mod-audit-action-member-ban = banned
mod-audit-action-member-unban = unbanned


report-error-reason-empty = The reason can't be empty.
report-error-reason-too-long = The reason is too long: keep it under { $max } characters.
report-error-self = You can't report yourself.
report-error-person-not-found = I can't find that person.
report-error-session-not-found = I can't find that session. Use its number from /sessions or its id.
report-error-message-not-found = I can't find that message. Only messages sent to you can be reported, within { $days } days.
report-error-no-community = I don't know which community's moderators to tell: run /report inside your server or group.
report-error-already-reported = You have already reported this; the moderators will look at it.
report-error-report-not-found = I can't find that report. Moderators see the open ones with /reports in their community.
report-error-note-empty = The resolution note can't be empty.
report-error-not-found-here = I can't find that report here. /reports lists the open ones.
report-error-already-resolved = That report is already resolved.
report-error-session-not-here = I can't find that session in this community.
report-error-not-in-list = I can't find that report. Use its number from your last /reports list.
report-error-say-what = Say what you are reporting: person: <number>, session: <number>, or use the Report button under a message.
report-error-one-at-a-time = Report one thing at a time: a person, a session or a message.
report-error-session-not-in-list = I can't find that session. Use its number from your last /sessions list, or its id.
report-error-message-use-button = I can't find that message. Use the Report button under it.
report-filed = Thanks — your report went to the community's moderators, privately. Nothing was posted publicly and the person isn't told who reported. If you feel unsafe, you can also /block them.
report-resolved = Report resolved. The reporter has been told it was reviewed.

report-someone-who-left = someone who left
report-who = **{ $name }** (id { $id })
report-subject-person = Person: { $who }
report-subject-message = Message from { $who }: “{ $excerpt }”
report-subject-session = Session: **{ $title }** (id { $id }, { $when }, { $status }) hosted by { $host }
report-subject-session-gone = Session { $id } (no longer exists)
report-session-status-open = open
report-session-status-full = full
report-session-status-cancelled = cancelled
report-session-status-completed = completed

report-arrived-title = New report in { $community }
report-arrived-text = { $reporter } reported { $when }.
report-field-about = About
report-field-reason = Reason
report-button-open = Open report
report-reviewed-text = A moderator of **{ $community }** has reviewed your report. Thank you for helping keep it safe.
report-open-title = Report in { $community }
report-open-open = Open. In { $community }, /reports lists it with a Resolve button; /ban person: <id> reason: … bans.
report-open-resolved = Already resolved { $when }: { $resolution }
report-field-reported = Reported { $when } by { $reporter }

report-list-empty = No open reports. 🎉
report-list-entry = #{ $number } · reported { $when } by { $reporter }
report-list-reason = Reason: { $reason }
report-list-title = Open reports ({ $count }, oldest first)
report-list-help = Resolve one with its button or /report-resolve report: 1 note: …; ban with /ban person: <id> reason: …
report-button-resolve = Resolve #{ $number }

ban-error-banned-from = You are banned from **{ $community }**, so you can no longer take part there: its sessions, matches, buddy requests and messages are closed to you.
ban-error-banned-here = You are banned from this community, so you can no longer take part there: its sessions, matches, buddy requests and messages are closed to you.
ban-error-self = You can't ban yourself.
ban-error-owner = That person runs this Spotter deployment and cannot be banned.
ban-error-not-banned = { $name } isn't banned here.
ban-notice-title = You can no longer take part here
ban-notice-text = You are banned from **{ $community }** on Spotter: its sessions, matches, buddy requests and messages are closed to you. Your upcoming sessions there were cancelled and your places and join requests there withdrawn. Other communities are not affected.
ban-done = Banned **{ $name }** (id { $id }). They can't be matched, connect, message or post here any more, even from a new profile on the same accounts.
ban-done-updated = Updated the ban of **{ $name }** (id { $id }). They can't be matched, connect, message or post here any more, even from a new profile on the same accounts.
ban-done-also = Also { $effects }.
ban-done-told = They were told privately, without your name.
ban-effect-cancelled = cancelled { $count ->
    [one] { $count } session they hosted
   *[other] { $count } sessions they hosted
} (participants told)
ban-effect-left = freed { $count ->
    [one] { $count } seat or waitlist place
   *[other] { $count } seats and waitlist places
}
ban-effect-withdrawn = withdrew { $count ->
    [one] { $count } join request
   *[other] { $count } join requests
}
ban-button-undo = Undo (unban)
ban-lifted = Lifted the ban of **{ $name }**{ $dot ->
    [no] {""}
   *[yes] .
}
