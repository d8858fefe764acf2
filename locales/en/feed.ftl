# The live calendar feed (/calendar-feed) and its events.

feed-name = Spotter: { $name }
feed-summary-cancelled = Cancelled: { $title }
feed-summary-requested = Requested: { $title }
feed-what = { $activity }, { $from } to { $to }
feed-you-host = You host this session.
feed-host = Host: { $name }
feed-role-seated = You have a seat.
feed-role-waitlisted = You're on the waitlist.
feed-role-requested = Your request is waiting for the host's answer.
feed-role-looking = You don't have a seat yet: ask for one in Spotter.

feed-unavailable = This Spotter has no web address for calendar feeds. Use the Add to calendar button on a session for a file instead.
feed-title = Your calendar feed
feed-made = Subscribe to this address in Google Calendar (Other calendars → From URL), Apple Calendar (File → New Calendar Subscription) or Outlook (Add calendar → Subscribe from web):
    { $url }
    It shows the sessions you host or have a seat in, your waitlist places and requests still waiting. Keep it private: anyone with the address can read it. I won't show it again; /calendar-feed reset makes a new one.
feed-reset = Here is your new address; the old one has stopped working:
    { $url }
    Subscribe to it again in your calendar app, and remove the old subscription.
feed-exists = Your calendar feed has been on since { $since }. I only keep a fingerprint of its address, so I can't show it again: reset it to get a new one, or turn it off.
feed-off = Your calendar feed is off. Its address no longer works.
feed-was-off = You don't have a calendar feed. /calendar-feed makes one.
feed-button-reset = New address
feed-button-off = Turn off
