import type { SessionChange, SessionNotification } from '../../domain/notifications/sessions.js';
import { at } from '../../domain/phrase.js';
import type { Translator } from '../../i18n/translator.js';
import type { Reply } from '../../interaction/reply.js';
import { durationLabel, levelsLabel, seatsLabel, sessionLine } from '../session.js';
import { activityName, levelName } from '../words.js';
import type { Viewer } from './viewer.js';
import { reminderButtons } from './live.js';

type Of<K extends SessionNotification['kind']> = Extract<SessionNotification, { kind: K }>;

/** One line of "what changed", in the reader's language and zone. */
export function changeLine(t: Translator, c: SessionChange): string {
  switch (c.field) {
    case 'title':
      return t.t('session-change-title', { title: c.to });
    case 'notes':
      return t.t('session-change-notes');
    case 'time':
      return t.t('session-change-time', { to: c.to, from: c.from });
    case 'length':
      return t.t('session-change-length', { length: durationLabel(t, c.minutes) });
    case 'place':
      return t.t('session-change-place', { to: c.to, from: c.from });
    case 'levels':
      return t.t('session-change-levels', { levels: levelsLabel(t, c.to) });
    case 'weekly':
      return t.t(c.on ? 'session-change-weekly-on' : 'session-change-weekly-off');
    case 'capacity':
      return t.t('session-change-capacity', { to: c.to, from: c.from });
  }
}

/** "1 hour", "24 hours", "30 minutes", "2 days". */
export function leadLabel(t: Translator, minutes: number): string {
  if (minutes % 1440 === 0 && minutes >= 2880) return t.t('session-lead-days', { count: minutes / 1440 });
  if (minutes % 60 === 0) return t.t('session-lead-hours', { count: minutes / 60 });
  return t.t('session-lead-minutes', { count: minutes });
}

export const SESSION_PRESENTERS = {
  'session-join-request': (n: Of<'session-join-request'>, { t }: Viewer): Reply => {
    const total = n.from.attended + n.from.missed;
    const about = [
      n.from.level ? levelName(t, n.from.level) : t.t('session-level-not-set'),
      total ? t.t('session-showed-up', { attended: String(n.from.attended), total: String(total) }) : t.t('session-new-to-sessions'),
    ].join(' · ');
    const text = [
      t.t('session-join-request-text', { name: n.from.name, about, title: n.session.title, at: n.session.startsAt }),
      ...(n.message ? [`“${n.message}”`] : []),
      t.t('session-join-request-seats', { seats: seatsLabel(t, n.session) }),
    ].join('\n');
    return {
      visibility: 'private',
      title: t.t('session-join-request-title'),
      text,
      buttons: [
        [
          { label: t.t('button-accept'), action: n.accept, style: 'success' },
          { label: t.t('button-decline'), action: n.decline, style: 'danger' },
        ],
      ],
      tone: 'info',
    };
  },
  'session-seated': (n: Of<'session-seated'>, { t }: Viewer): Reply => ({
    visibility: 'private',
    title: t.t('session-seated-title'),
    text: [
      t.t(n.how === 'accepted' ? 'session-seated-accepted' : 'session-seated-promoted', { title: n.session.title }),
      t.t('session-seated-where', { at: n.session.startsAt, place: n.session.place }),
    ].join('\n'),
    buttons: [
      [
        { label: t.t('session-button-calendar'), action: n.calendar, style: 'secondary' },
        { label: t.t('session-button-leave'), action: n.leave, style: 'danger' },
      ],
    ],
    tone: 'success',
  }),
  'session-waitlisted': (n: Of<'session-waitlisted'>, { t }: Viewer): Reply => ({
    visibility: 'private',
    title: t.t('session-waitlisted-title'),
    text: t.t('session-waitlisted-text', { title: n.session.title, at: n.session.startsAt, position: n.position }),
    buttons: [
      [
        { label: t.t('session-button-calendar'), action: n.calendar, style: 'secondary' },
        { label: t.t('session-button-leave'), action: n.leave, style: 'danger' },
      ],
    ],
    tone: 'info',
  }),
  'session-declined': (n: Of<'session-declined'>, { t }: Viewer): Reply => ({
    visibility: 'private',
    title: t.t('session-declined-title'),
    text: t.t('session-declined-text', { title: n.session.title, at: n.session.startsAt }),
    tone: 'warning',
  }),
  'session-cancelled': (n: Of<'session-cancelled'>, { t }: Viewer): Reply => ({
    visibility: 'private',
    title: t.t('session-cancelled-title'),
    text: [
      t.t(n.byModerator ? 'session-cancelled-by-moderator' : 'session-cancelled-by-host', { title: n.session.title, at: n.session.startsAt }),
      ...(n.reason ? [t.t('session-cancelled-reason', { reason: n.reason })] : []),
    ].join('\n'),
    tone: 'warning',
  }),
  'session-changed': (n: Of<'session-changed'>, { t }: Viewer): Reply => ({
    visibility: 'private',
    title: t.t('session-changed-title'),
    text: [
      t.t('session-changed-lead', { title: n.session.title }),
      ...n.changes.map((c) => `• ${changeLine(t, c)}`),
      t.t('session-changed-now', { at: n.session.startsAt, place: n.session.place }),
    ].join('\n'),
    tone: 'info',
  }),
  'session-member-left': (n: Of<'session-member-left'>, { t }: Viewer): Reply => ({
    visibility: 'private',
    title: t.t('session-member-left-title'),
    text: [
      t.t('session-member-left-text', { who: n.who, title: n.session.title, at: n.session.startsAt }),
      ...(n.promoted ? [t.t('session-member-left-promoted', { name: n.promoted })] : []),
      t.t('session-member-left-seats', { seats: seatsLabel(t, n.session) }),
    ].join(' '),
    tone: 'info',
  }),
  'session-check-in': (n: Of<'session-check-in'>, { t }: Viewer): Reply => ({
    visibility: 'private',
    title: t.t('session-check-in-title'),
    text: t.t('session-check-in-text', { title: n.session.title, at: n.session.startsAt, ended: at(n.session.endsAt, 'R') }),
    buttons: [
      [
        { label: t.t('session-button-attended'), action: n.attended, style: 'success' },
        { label: t.t('session-button-missed'), action: n.missed, style: 'secondary' },
      ],
    ],
    tone: 'info',
  }),
  'session-reminder': (n: Of<'session-reminder'>, { t }: Viewer): Reply => {
    const s = n.session;
    const going = [activityName(t, s.activity), t.t('session-reminder-going', { count: s.seated }), ...(n.role === 'host' ? [] : [t.t('session-reminder-see-you')])];
    return {
      visibility: 'private',
      title: t.t('session-reminder-title', { title: s.title }),
      text: [
        t.t(n.role === 'host' ? 'session-reminder-hosting' : 'session-reminder-going-to', { title: s.title, relative: at(s.startsAt, 'R'), at: s.startsAt, place: s.place }),
        going.join(' · '),
        t.t('session-reminder-footer', { lead: leadLabel(t, n.leadMinutes) }),
      ].join('\n'),
      ...(n.here && n.late ? { buttons: reminderButtons(t, n) } : {}),
      tone: 'info',
    };
  },
  'session-request-expired': (n: Of<'session-request-expired'>, { t }: Viewer): Reply => ({
    visibility: 'private',
    title: t.t('session-request-expired-title'),
    text: t.t('session-request-expired-text', { title: n.session.title, at: n.session.startsAt }),
    tone: 'warning',
  }),
  'session-waitlist-closed': (n: Of<'session-waitlist-closed'>, { t }: Viewer): Reply => ({
    visibility: 'private',
    title: t.t('session-waitlist-closed-title'),
    text: t.t('session-waitlist-closed-text', { title: n.session.title, at: n.session.startsAt }),
    tone: 'warning',
  }),
  'session-weekly-digest': (n: Of<'session-weekly-digest'>, { t }: Viewer): Reply => ({
    visibility: 'private',
    title: t.t('session-digest-title'),
    text: [t.t('session-digest-lead'), ...n.items.map((it, i) => sessionLine(t, it.session, i + 1, it.distanceKm)), '', t.t('session-digest-footer')].join('\n'),
    tone: 'info',
  }),
};
