## Sessions als eigene Events der Community (Discords Events-Tab)

event-description-lead = { $activity } mit { $host }
event-description-level = Level: { $levels }
event-description-seats = Plätze: { $seats }
event-description-how = Um einen Platz zu bitten, tippe auf „Interessiert“: Spotter schickt dir einen Knopf „Teilnahme anfragen“. Oder nutze den unter der Ankündigung.
event-interest-lead = Du interessierst dich für diese Session in { $community }. Bitte den Host um einen Platz:
event-permission-missing-title = Spotter kann in { $community } keine Events erstellen
event-permission-missing-text = Sessions werden weiter angekündigt, erscheinen aber nicht im Events-Tab des Servers: Spotter fehlt die Berechtigung „Events erstellen“ (oder „Events verwalten“). So erteilst du sie: Servereinstellungen → Rollen → Spotters Rolle → Berechtigungen → Events erstellen, dann speichern. Um Events stattdessen abzuschalten: /mod-settings events: off.

mod-settings-events = Server-Events
mod-settings-events-on = an
mod-settings-events-off = aus
cmd-mod-settings-events = Ob angekündigte Sessions auch als Events des Servers erscheinen
cmd-mod-settings-events-on = An
cmd-mod-settings-events-off = Aus
