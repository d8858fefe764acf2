## Sessions as the community's own events (Discord's Events tab)

event-description-lead = { $activity } with { $host }
event-description-level = Level: { $levels }
event-description-seats = Seats: { $seats }
event-description-how = To ask for a seat, press "Interested": Spotter sends you a "Request to join" button. Or press the one under the announcement.
event-interest-lead = You're interested in this session in { $community }. Ask the host for a seat:
event-permission-missing-title = Spotter can't create events in { $community }
event-permission-missing-text = Sessions are still announced, but they don't show in the server's Events tab: Spotter lacks the "Create Events" permission (or "Manage Events"). To grant it: Server Settings → Roles → Spotter's role → Permissions → Create Events, then save. To stop events instead: /mod-settings events: off.

mod-settings-events = Server events
mod-settings-events-on = on
mod-settings-events-off = off
cmd-mod-settings-events = Whether announced sessions also appear as the server's events
cmd-mod-settings-events-on = On
cmd-mod-settings-events-off = Off
