/**
 * How sessions read, wherever they appear: the public announcement, lists, the detail view and
 * the notifications around joining. Instants are always `<t:…>` tags (each viewer sees their own
 * zone); places are names and distances are `describeDistance` wording, never coordinates.
 */
import { activityLabel } from '../domain/activities.js';
import { describeDistance } from '../domain/geo.js';
import type { AttendanceRecord } from '../domain/profile.js';
import { endsAt, type LevelRange, seatsLeft, type WorkoutSession } from '../domain/session.js';
import type { Button, Field, Reply } from '../interaction/reply.js';
import { timeTag, endSentence } from '../interaction/reply.js';

export const levelsLabel = (r: LevelRange): string =>
  r.min === 'beginner' && r.max === 'advanced' ? 'all levels' : r.min === r.max ? r.min : `${r.min}–${r.max}`;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "3 of 4 seats left", "full · 2 waiting", "cancelled". */
export function seatsLabel(s: WorkoutSession): string {
  if (s.status === 'cancelled') return 'cancelled';
  if (s.status === 'completed') return 'ended';
  const left = seatsLeft(s);
  const waiting = s.waitlist.length ? ` · ${s.waitlist.length} waiting` : '';
  return left > 0 ? `${left} of ${plural(s.capacity, 'seat')} left${waiting}` : `full${waiting}`;
}

export const durationLabel = (minutes: number): string => {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h && m ? `${h} h ${m} min` : h ? `${h} h` : `${m} min`;
};

/** "**Morning 5k** (<t:…:F>)": how replies name a session, its time in the viewer's zone. */
export const sessionRef = (s: WorkoutSession): string => `**${s.title}** (${timeTag(s.startsAt, 'F')})`;

/** "<t:…:F> (<t:…:R>)": the full date in the viewer's zone and how far off it is. */
export const whenLabel = (s: WorkoutSession): string => `${timeTag(s.startsAt, 'F')} (${timeTag(s.startsAt, 'R')})`;

/** One line of a list: "**2. Morning 5k** · Running · <t:…> · Tiergarten · ~2 km · 3 of 4 seats left". */
export function sessionLine(s: WorkoutSession, n: number, distanceKm: number | null, note?: string): string {
  const parts = [`**${n}. ${s.title}**`, activityLabel(s.activity), timeTag(s.startsAt, 'F'), s.place.label];
  if (distanceKm !== null) parts.push(describeDistance(distanceKm));
  parts.push(seatsLabel(s), levelsLabel(s.levels));
  if (note) parts.push(note);
  return parts.join(' · ');
}

/** The public post in the community; edited when seats change, the host edits, or it is cancelled. */
export function announcementReply(s: WorkoutSession, hostName: string, join: Button | null): Reply {
  const cancelled = s.status === 'cancelled';
  const fields: Field[] = [
    { name: 'When', value: `${timeTag(s.startsAt, 'F')} · ${durationLabel(s.durationMinutes)}${s.recurrence === 'weekly' ? ' · weekly' : ''}` },
    { name: 'Where', value: s.place.label, inline: true },
    { name: 'Level', value: levelsLabel(s.levels), inline: true },
    { name: 'Seats', value: seatsLabel(s), inline: true },
  ];
  if (s.notes) fields.push({ name: 'Notes', value: s.notes });
  const lead = cancelled
    ? 'This session has been cancelled.'
    : s.status === 'completed'
      ? 'This session has ended.'
      : `${activityLabel(s.activity)} with ${endSentence(`**${hostName}**`)} Ask to join and the host will answer.`;
  return {
    visibility: 'public',
    // A public post has many viewers; platforms without native timestamps show the session's zone.
    zone: s.timeZone,
    title: cancelled ? `Cancelled: ${s.title}` : s.title,
    text: lead,
    fields,
    ...(join && !cancelled && s.status !== 'completed' ? { buttons: [[join]] } : {}),
    tone: cancelled ? 'warning' : 'info',
  };
}

export interface SessionView {
  readonly session: WorkoutSession;
  readonly hostName: string;
  readonly distanceKm: number | null;
  /** My relation to it. */
  readonly role: 'host' | 'participant' | 'waitlisted' | 'requested' | 'none';
  /** My place on the waitlist (1 = next), when waitlisted. */
  readonly waitlistPosition: number;
  /** Names of who's going, shown only to the host and participants. */
  readonly going: readonly string[] | null;
  readonly pendingRequests: number;
}

export function sessionDetailReply(v: SessionView, buttons: readonly (readonly Button[])[]): Reply {
  const s = v.session;
  const where = v.distanceKm !== null ? `${s.place.label} · ${describeDistance(v.distanceKm)} from you` : s.place.label;
  const fields: Field[] = [
    { name: 'When', value: `${whenLabel(s)} · ${durationLabel(s.durationMinutes)}${s.recurrence === 'weekly' ? ' · repeats weekly' : ''}` },
    { name: 'Where', value: where },
    { name: 'Activity', value: activityLabel(s.activity), inline: true },
    { name: 'Level', value: levelsLabel(s.levels), inline: true },
    { name: 'Seats', value: seatsLabel(s), inline: true },
    { name: 'Host', value: v.hostName, inline: true },
  ];
  if (v.going) fields.push({ name: 'Going', value: v.going.length ? v.going.join(', ') : 'nobody yet' });
  if (s.notes) fields.push({ name: 'Notes', value: s.notes });
  const roleText = {
    host: `You host this session.${v.pendingRequests ? ` ${plural(v.pendingRequests, 'request')} waiting: /requests.` : ''}`,
    participant: "You're in.",
    waitlisted: `You're on the waitlist (#${v.waitlistPosition}).`,
    requested: 'You asked to join; the host has not answered yet.',
    none: s.status === 'open' || s.status === 'full' ? 'Ask to join and the host will answer.' : '',
  }[v.role];
  return {
    visibility: 'private',
    title: s.status === 'cancelled' ? `Cancelled: ${s.title}` : s.title,
    text: roleText || `This session is ${s.status}.`,
    fields,
    buttons,
  };
}

/** My part in a session I'm listed with in /my-sessions. */
export type MyRole = Exclude<SessionView['role'], 'none'>;

/** The note beside a session in /my-sessions: "you host", "waitlist #2", "requested — waiting for the host". */
export const myRoleNote = (role: MyRole, position: number): string =>
  ({ host: 'you host', participant: "you're in", waitlisted: `waitlist #${position}`, requested: 'requested — waiting for the host' })[role];

/** /my-sessions: what I host, sit in, wait for, and asked to join. */
export function mySessionsReply(items: readonly { readonly session: WorkoutSession; readonly role: MyRole; readonly position: number }[], buttons: readonly (readonly Button[])[]): Reply {
  const asked = items.some((m) => m.role === 'requested');
  return sessionListReply(
    `Your sessions (${items.length})`,
    `/session <number> shows one, /leave <number> leaves it${asked ? ' (or withdraws your request)' : ''}, /session-edit <number> changes one you host.`,
    items.map((m) => ({ session: m.session, distanceKm: null, note: myRoleNote(m.role, m.position) })),
    0,
    buttons,
  );
}

export interface ListedSession {
  readonly session: WorkoutSession;
  readonly distanceKm: number | null;
  readonly note?: string;
}

export function sessionListReply(title: string, intro: string, items: readonly ListedSession[], first: number, buttons: readonly (readonly Button[])[]): Reply {
  return {
    visibility: 'private',
    title,
    text: [intro, '', ...items.map((it, i) => sessionLine(it.session, first + i + 1, it.distanceKm, it.note))].join('\n'),
    buttons,
  };
}

/** What the host receives when someone asks to join. */
export function joinRequestNotice(s: WorkoutSession, requester: { name: string; level: string | null; record: AttendanceRecord }, message: string, buttons: readonly Button[]): Reply {
  const total = requester.record.attended + requester.record.missed;
  const about = [requester.level ?? 'level not set', total ? `showed up ${requester.record.attended}/${total}` : 'new to Spotter sessions'].join(' · ');
  return {
    visibility: 'private',
    title: 'Join request',
    text: `**${requester.name}** (${about}) wants to join **${s.title}** on ${timeTag(s.startsAt, 'F')}.${message ? `\n“${message}”` : ''}\nSeats: ${seatsLabel(s)}.`,
    buttons: [buttons],
    tone: 'info',
  };
}

export function seatedNotice(s: WorkoutSession, how: 'accepted' | 'promoted', buttons: readonly Button[]): Reply {
  const lead = how === 'accepted' ? `The host accepted your request: you're in **${s.title}**!` : `A seat opened up in **${s.title}** and it is yours: you're in!`;
  return {
    visibility: 'private',
    title: "You're in",
    text: `${lead}\n${timeTag(s.startsAt, 'F')} at ${s.place.label}. Can't make it after all? Leave so someone else can take the seat.`,
    buttons: [buttons],
    tone: 'success',
  };
}

export function waitlistedNotice(s: WorkoutSession, position: number, buttons: readonly Button[]): Reply {
  return {
    visibility: 'private',
    title: "You're on the waitlist",
    text: `The host accepted your request for **${s.title}** (${timeTag(s.startsAt, 'F')}), but it is full: you're on the waitlist (#${position}). I'll tell you the moment a seat opens up.`,
    buttons: [buttons],
    tone: 'info',
  };
}

export const declinedNotice = (s: WorkoutSession): Reply => ({
  visibility: 'private',
  title: 'Join request declined',
  text: `The host of **${s.title}** (${timeTag(s.startsAt, 'F')}) can't take you this time. Have a look at /sessions for others nearby.`,
  tone: 'warning',
});

export const cancelledNotice = (s: WorkoutSession, reason: string, byModerator: boolean): Reply => ({
  visibility: 'private',
  title: 'Session cancelled',
  text: `**${s.title}** on ${timeTag(s.startsAt, 'F')} has been cancelled${byModerator ? ' by a moderator' : ' by the host'}.${reason ? `\nReason: ${reason}` : ''}`,
  tone: 'warning',
});

export const changedNotice = (s: WorkoutSession, changes: readonly string[]): Reply => ({
  visibility: 'private',
  title: 'Session changed',
  text: `The host changed **${s.title}**:\n${changes.map((c) => `• ${c}`).join('\n')}\nIt now starts ${timeTag(s.startsAt, 'F')} at ${s.place.label}.`,
  tone: 'info',
});

export const hostLeaveNotice = (s: WorkoutSession, who: string, promoted: string | null): Reply => ({
  visibility: 'private',
  title: 'Someone left your session',
  text: `**${who}** left **${s.title}** (${timeTag(s.startsAt, 'F')}).${promoted ? ` **${promoted}** moved up from the waitlist.` : ''} Seats: ${seatsLabel(s)}.`,
  tone: 'info',
});

export const checkInPrompt = (s: WorkoutSession, buttons: readonly Button[]): Reply => ({
  visibility: 'private',
  title: 'Did you make it?',
  text: `**${s.title}** on ${timeTag(s.startsAt, 'F')} ended ${timeTag(endsAt(s), 'R')}. Tell me if you were there: it keeps your streak honest.`,
  buttons: [buttons],
  tone: 'info',
});

export const calendarDescription = (s: WorkoutSession, hostName: string): string =>
  [`${activityLabel(s.activity)} · ${levelsLabel(s.levels)} · hosted by ${hostName}`, s.notes].filter(Boolean).join('\n\n');
