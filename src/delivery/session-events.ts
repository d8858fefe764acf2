import type { Announced } from '../core/notify.js';
import type { Community } from '../domain/community.js';
import type { AnnouncementFacts } from '../domain/notifications/sessions.js';
import type { Announcement } from '../domain/session.js';
import type { Translator } from '../i18n/translator.js';
import type { PlatformDelivery } from '../interaction/platform-delivery.js';
import { sessionEventOf } from '../views/session-events.js';

/**
 * The platform event that goes with an announcement (Discord: a Guild Scheduled Event): made with
 * the post unless the community turned events off, the session is no longer ahead, or the
 * platform has none; edited with every edit of the post. A weekly series keeps one event.
 */
export async function withEvent(
  delivery: PlatformDelivery,
  community: Community,
  t: Translator,
  facts: AnnouncementFacts,
  posted: Announcement,
  series: readonly Announcement[] = [],
): Promise<Announced> {
  // A weekly session's next occurrence: the series' recurring event moves on to it by itself
  // when the previous occurrence ends (Discord reschedules a recurring event rather than ending it).
  const carried = facts.session.weekly ? series.find((a) => a.community === community.key && a.eventId)?.eventId : undefined;
  if (carried && delivery.updateEvent) return { announcement: { ...posted, eventId: carried }, event: 'none' };
  if (!delivery.createEvent || !community.settings.scheduledEvents || facts.phase !== 'upcoming') return { announcement: posted, event: 'none' };
  const made = await delivery.createEvent(community, sessionEventOf(t, facts));
  if (made.kind === 'created') return { announcement: { ...posted, eventId: made.eventId }, event: 'created' };
  return { announcement: posted, event: made.kind === 'refused' ? 'refused' : 'none' };
}

export async function updateEvent(delivery: PlatformDelivery, announcement: Announcement, t: Translator, facts: AnnouncementFacts): Promise<void> {
  if (!announcement.eventId || !delivery.updateEvent) return;
  await delivery.updateEvent(announcement, announcement.eventId, sessionEventOf(t, facts));
}
