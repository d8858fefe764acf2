/**
 * The words of the scheduler's match alerts (session reminders, expiries and digests are typed
 * notifications: src/domain/notifications/sessions.ts). Like every view: instants as `<t:…>` tags (each
 * reader sees their own zone, `zone` tells adapters which), places by name, distances in
 * `describeDistance` wording — never coordinates.
 */
import { activityLabel } from '../domain/activities.js';
import { describeDistance } from '../domain/geo.js';
import type { Profile } from '../domain/profile.js';
import type { WorkoutSession } from '../domain/session.js';
import type { Button, Reply } from '../interaction/reply.js';
import { timeTag } from '../interaction/reply.js';
import type { Match } from '../core/matching.js';
import { translator } from '../i18n/translator.js';
import { levelsLabel } from '../views/session.js';

/** TRANSITIONAL: the session alert below is still English until it becomes a typed notification. */
const EN = translator('en');
import { personLine } from '../views/buddies.js';

export function matchAlertReply(match: Match, reader: Profile, buttons: readonly Button[]): Reply {
  return {
    visibility: 'private',
    title: 'New workout buddy match',
    text: `${personLine(match.person)}\n${match.reasons.join(' · ')}\n\nSay hello with a buddy request, or see everyone with /match.`,
    ...(buttons.length ? { buttons: [buttons] } : {}),
    zone: reader.timeZone,
    tone: 'success',
  };
}

export function sessionAlertReply(s: WorkoutSession, hostName: string, distanceKm: number, reader: Profile, buttons: readonly Button[]): Reply {
  return {
    visibility: 'private',
    title: 'A session near you',
    text:
      `**${s.title}** · ${activityLabel(s.activity)} · ${levelsLabel(EN, s.levels)}` +
      `\n${timeTag(s.startsAt, 'F')} (${timeTag(s.startsAt, 'R')}) at **${s.place.label}**, ${describeDistance(distanceKm)} away` +
      `\nHosted by **${hostName}**${s.recurrence === 'weekly' ? ' · every week' : ''}`,
    ...(buttons.length ? { buttons: [buttons] } : {}),
    zone: reader.timeZone,
    tone: 'info',
  };
}

export function matchDigestReply(lines: readonly string[], more: number, reader: Profile): Reply {
  return {
    visibility: 'private',
    title: "Today's new matches",
    text:
      `You hit today's limit of instant alerts, so here is the rest in one message:\n${lines.map((l) => `• ${l}`).join('\n')}` +
      (more > 0 ? `\n…and ${more} more.` : '') +
      '\n\nSee them all with /match and /sessions.',
    zone: reader.timeZone,
    tone: 'info',
  };
}
