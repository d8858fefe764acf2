/**
 * The words of the scheduler's notifications. Like every view: instants as `<t:…>` tags (each
 * reader sees their own zone, `zone` tells adapters which), places by name, distances in
 * `describeDistance` wording — never coordinates.
 */
import { activityLabel } from '../domain/activities.js';
import type { Profile } from '../domain/profile.js';
import type { WorkoutSession } from '../domain/session.js';
import type { Reply } from '../interaction/reply.js';
import { timeTag } from '../interaction/reply.js';
import { sessionLine } from '../views/session.js';

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
