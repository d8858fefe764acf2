/**
 * The words of the scheduler's notifications. Like every view: instants as `<t:…>` tags (each
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
import { levelsLabel, sessionLine } from '../views/session.js';
import { personLine } from '../views/buddies.js';

/** "1 hour", "24 hours", "30 minutes", "2 days". */
export function leadLabel(minutes: number): string {
  if (minutes % 1440 === 0 && minutes >= 2880) return `${minutes / 1440} days`;
  if (minutes % 60 === 0) return minutes === 60 ? '1 hour' : `${minutes / 60} hours`;
  return `${minutes} minutes`;
}

export function reminderReply(s: WorkoutSession, leadMinutes: number, reader: Profile, role: 'host' | 'participant'): Reply {
  const who = role === 'host' ? 'you are hosting' : 'you are going to';
  return {
    visibility: 'private',
    title: `Reminder: ${s.title}`,
    text:
      `**${s.title}**, which ${who}, starts ${timeTag(s.startsAt, 'R')} (${timeTag(s.startsAt, 'F')}) at **${s.place.label}**.` +
      `\n${activityLabel(s.activity)} · ${s.participants.length} going${role === 'host' ? '' : ' · see you there!'}` +
      `\n_(your ${leadLabel(leadMinutes)} reminder — change them with /notifications)_`,
    zone: reader.timeZone,
    tone: 'info',
  };
}

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
      `**${s.title}** · ${activityLabel(s.activity)} · ${levelsLabel(s.levels)}` +
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

export function weeklyDigestReply(items: readonly { session: WorkoutSession; distanceKm: number }[], reader: Profile): Reply {
  return {
    visibility: 'private',
    title: 'Your week of workouts',
    text:
      `Sessions near you in the next 7 days:\n${items.map((it, i) => sessionLine(it.session, i + 1, it.distanceKm)).join('\n')}` +
      '\n\nJoin one with /join and its number. (Weekly digest: turn it off with /notifications.)',
    zone: reader.timeZone,
    tone: 'info',
  };
}

export const requestExpiredReply = (s: WorkoutSession, reader: Profile): Reply => ({
  visibility: 'private',
  title: 'Join request expired',
  text: `**${s.title}** (${timeTag(s.startsAt, 'F')}) has started and the host didn't answer your request in time. Have a look at /sessions for the next one.`,
  zone: reader.timeZone,
  tone: 'warning',
});

export const waitlistClosedReply = (s: WorkoutSession, reader: Profile): Reply => ({
  visibility: 'private',
  title: 'No seat this time',
  text: `**${s.title}** (${timeTag(s.startsAt, 'F')}) has started and no seat came free, so I took you off its waitlist. Have a look at /sessions for the next one.`,
  zone: reader.timeZone,
  tone: 'warning',
});
