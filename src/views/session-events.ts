import { ellipsize } from '../domain/text.js';
import type { AnnouncementFacts } from '../domain/notifications/sessions.js';
import type { Translator } from '../i18n/translator.js';
import type { SessionEvent, SessionEventStatus } from '../interaction/platform-events.js';
import type { Reply } from '../interaction/reply.js';
import { announcementReply, levelsLabel, nameOr, seatsLabel } from './session.js';
import { activityName } from './words.js';

/** Discord's limits for an event's name and description (the others are like them or looser). */
const NAME_MAX = 100;
const DESCRIPTION_MAX = 1_000;

/** Where the event stands: the session's status first (cancelled, completed), then its time. */
export function eventStatusOf(facts: AnnouncementFacts): SessionEventStatus {
  const s = facts.session;
  if (s.status === 'cancelled') return 'canceled';
  if (s.status === 'completed' || facts.phase === 'over') return 'completed';
  return facts.phase === 'under-way' ? 'active' : 'scheduled';
}

/**
 * A session as its community's event, in the community's language: the title, the place's name,
 * and a description with activity, host, level, seats left and how to ask for a seat.
 */
export function sessionEventOf(t: Translator, facts: AnnouncementFacts): SessionEvent {
  const s = facts.session;
  const description = [
    t.t('event-description-lead', { activity: activityName(t, s.activity), host: nameOr(t, facts.hostName) }),
    t.t('event-description-level', { levels: levelsLabel(t, s.levels) }),
    t.t('event-description-seats', { seats: seatsLabel(t, s) }),
    ...(s.notes ? [s.notes] : []),
    t.t('event-description-how'),
  ].join('\n');
  return {
    name: ellipsize(s.title, NAME_MAX),
    description: ellipsize(description, DESCRIPTION_MAX),
    location: ellipsize(s.place, NAME_MAX),
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    weekly: s.weekly,
    status: eventStatusOf(facts),
  };
}

/** The private message to someone who pressed "Interested": the session, with "Request to join". */
export function interestReply(t: Translator, facts: AnnouncementFacts, community: string): Reply {
  const card = announcementReply(t, facts);
  return { ...card, visibility: 'private', text: `${t.t('event-interest-lead', { community })}\n${card.text}` };
}

