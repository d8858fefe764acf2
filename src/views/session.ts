/**
 * How sessions read, wherever they appear: the public announcement, lists, the detail view and
 * the calendar file, in the reader's language. Instants are always `<t:…>` tags (each viewer sees
 * their own zone); places are names and distances are rounded words, never coordinates.
 */
import { shownDistanceKm } from '../domain/geo.js';
import { at } from '../domain/phrase.js';
import { type AnnouncementFacts, type SessionCard, sessionCard, titleEnds } from '../domain/notifications/sessions.js';
import type { LevelRange, WorkoutSession } from '../domain/session.js';
import type { MyRole, SessionView } from '../core/session-types.js';
import type { Translator } from '../i18n/translator.js';
import type { Button, Field, Reply } from '../interaction/reply.js';
import { distinctNames } from './names.js';
import { liveNote } from './live.js';
import type { CurrentSession } from '../core/sessions-live.js';
import { activityName, levelName } from './words.js';

export type { MyRole, SessionView } from '../core/session-types.js';

type Sessionish = WorkoutSession | SessionCard;
const card = (s: Sessionish): SessionCard => ('participants' in s ? sessionCard(s) : s);


/** A name, or "Someone" for a person who is gone. */
export const nameOr = (t: Translator, name: string): string => name || t.t('session-someone');

/** "all levels", "beginner", "beginner–intermediate". */
export const levelsLabel = (t: Translator, r: LevelRange): string =>
  r.min === 'beginner' && r.max === 'advanced'
    ? t.t('session-levels-all')
    : r.min === r.max
      ? levelName(t, r.min)
      : t.t('session-levels-range', { min: levelName(t, r.min), max: levelName(t, r.max) });

/** "3 of 4 seats left", "full · 2 waiting", "cancelled". */
export function seatsLabel(t: Translator, session: Sessionish): string {
  const s = card(session);
  if (s.status === 'cancelled') return t.t('session-seats-cancelled');
  if (s.status === 'completed') return t.t('session-seats-ended');
  const seats = s.seatsLeft > 0 ? t.t('session-seats-left', { left: s.seatsLeft, capacity: s.capacity }) : t.t('session-seats-full');
  return s.waiting ? `${seats} · ${t.t('session-seats-waiting', { count: s.waiting })}` : seats;
}

export const durationLabel = (t: Translator, minutes: number): string => {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return hours && rest ? t.t('session-duration-hm', { hours, minutes: rest }) : hours ? t.t('session-duration-h', { hours }) : t.t('session-duration-m', { minutes: rest });
};

/** "under 1 km", "~3 km", "~15 km": rounded, so a distance never pins anyone down. */
export const distanceLabel = (t: Translator, km: number): string => {
  const shown = shownDistanceKm(km);
  return shown === 0 ? t.t('session-distance-under-1') : t.t('session-distance-about', { km: shown });
};

/** "**Morning 5k** (<t:…:F>)": how replies name a session, its time in the viewer's zone. */
export const sessionRef = (t: Translator, s: Sessionish): string => t.t('session-ref', { title: s.title, at: s.startsAt });

/** One line of a list: "**2. Morning 5k** · Running · <t:…> · Tiergarten · ~2 km · 3 of 4 seats left". */
export function sessionLine(t: Translator, session: Sessionish, n: number, distanceKm: number | null, note?: string): string {
  const s = card(session);
  const parts = [t.t('session-line-title', { n: String(n), title: s.title }), activityName(t, s.activity), t.t('session-at', { at: s.startsAt }), s.place];
  if (distanceKm !== null) parts.push(distanceLabel(t, distanceKm));
  parts.push(seatsLabel(t, s), levelsLabel(t, s.levels));
  if (note) parts.push(note);
  return parts.join(' · ');
}

/** "<t:…:F> · 1 h · weekly": the When field. */
const whenField = (t: Translator, s: SessionCard, relative: boolean, weeklyKey: string): string =>
  [
    relative ? t.t('session-when-relative', { at: s.startsAt, relative: at(s.startsAt, 'R') }) : t.t('session-at', { at: s.startsAt }),
    durationLabel(t, s.durationMinutes),
    ...(s.weekly ? [t.t(weeklyKey)] : []),
  ].join(' · ');

/** The public post in the community, in its language; edited when seats change, the host edits, or it is cancelled. */
export function announcementReply(t: Translator, facts: AnnouncementFacts): Reply {
  const s = facts.session;
  const cancelled = s.status === 'cancelled';
  const fields: Field[] = [
    { name: t.t('session-field-when'), value: whenField(t, s, false, 'session-weekly') },
    { name: t.t('session-field-where'), value: s.place, inline: true },
    { name: t.t('session-field-level'), value: levelsLabel(t, s.levels), inline: true },
    { name: t.t('session-field-seats'), value: seatsLabel(t, s), inline: true },
  ];
  if (s.notes) fields.push({ name: t.t('session-field-notes'), value: s.notes });
  const lead = cancelled
    ? t.t('session-announce-cancelled')
    : s.status === 'completed'
      ? t.t('session-announce-ended')
      : t.t('session-announce-lead', { activity: activityName(t, s.activity), host: nameOr(t, facts.hostName), ends: titleEnds(nameOr(t, facts.hostName)) });
  return {
    visibility: 'public',
    // A public post has many viewers; platforms without native timestamps show the session's zone.
    zone: s.timeZone,
    lang: t.lang,
    title: cancelled ? t.t('session-title-cancelled', { title: s.title }) : s.title,
    text: lead,
    fields,
    ...(facts.join && !cancelled && s.status !== 'completed' ? { buttons: [[{ label: t.t('session-button-join'), action: facts.join, style: 'primary' as const }]] } : {}),
    tone: cancelled ? 'warning' : 'info',
  };
}

export function sessionDetailReply(t: Translator, v: SessionView, buttons: readonly (readonly Button[])[]): Reply {
  const s = sessionCard(v.session);
  const where = v.distanceKm !== null ? t.t('session-where-distance', { place: s.place, distance: distanceLabel(t, v.distanceKm) }) : s.place;
  const fields: Field[] = [
    { name: t.t('session-field-when'), value: whenField(t, s, true, 'session-repeats-weekly') },
    { name: t.t('session-field-where'), value: where },
    { name: t.t('session-field-activity'), value: activityName(t, s.activity), inline: true },
    { name: t.t('session-field-level'), value: levelsLabel(t, s.levels), inline: true },
    { name: t.t('session-field-seats'), value: seatsLabel(t, s), inline: true },
    { name: t.t('session-field-host'), value: nameOr(t, v.hostName), inline: true },
  ];
  if (v.going) {
    const names = [...distinctNames(v.going).values()];
    fields.push({ name: t.t('session-field-going'), value: names.length ? names.join(', ') : t.t('session-going-nobody') });
  }
  if (s.notes) fields.push({ name: t.t('session-field-notes'), value: s.notes });
  const live = s.status === 'open' || s.status === 'full';
  const roleText = {
    host: v.pendingRequests ? t.t('session-role-host-requests', { count: v.pendingRequests }) : t.t('session-role-host'),
    participant: t.t('session-role-participant'),
    waitlisted: t.t('session-role-waitlisted', { position: v.waitlistPosition }),
    requested: t.t('session-role-requested'),
    none: live ? t.t('session-role-none') : '',
  }[v.role];
  return {
    visibility: 'private',
    title: s.status === 'cancelled' ? t.t('session-title-cancelled', { title: s.title }) : s.title,
    text: roleText || t.t('session-status-is', { status: s.status }),
    fields,
    buttons,
  };
}

/** The note beside a session in /my-sessions: "you host", "waitlist #2", "requested — waiting for the host". */
export const myRoleNote = (t: Translator, role: MyRole, position: number): string => t.t(`session-my-role-${role}`, { position });

/** /my-sessions: what I host, sit in, wait for, and asked to join. */
export function mySessionsReply(
  t: Translator,
  items: readonly { readonly session: WorkoutSession; readonly role: MyRole; readonly position: number; readonly live?: CurrentSession }[],
  buttons: readonly (readonly Button[])[],
): Reply {
  const asked = items.some((m) => m.role === 'requested');
  return sessionListReply(
    t,
    t.t('session-mine-title', { count: items.length }),
    t.t(asked ? 'session-mine-intro-asked' : 'session-mine-intro'),
    items.map((m) => ({ session: m.session, distanceKm: null, note: m.live ? `${liveNote(t, m.live)} · ${myRoleNote(t, m.role, m.position)}` : myRoleNote(t, m.role, m.position) })),
    0,
    buttons,
  );
}

export interface ListedSession {
  readonly session: WorkoutSession;
  readonly distanceKm: number | null;
  readonly note?: string;
}

export function sessionListReply(t: Translator, title: string, intro: string, items: readonly ListedSession[], first: number, buttons: readonly (readonly Button[])[]): Reply {
  return {
    visibility: 'private',
    title,
    text: [intro, '', ...items.map((it, i) => sessionLine(t, it.session, first + i + 1, it.distanceKm, it.note))].join('\n'),
    buttons,
  };
}

