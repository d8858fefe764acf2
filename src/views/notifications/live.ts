import type { LiveNotification } from '../../domain/notifications/live.js';
import type { SessionNotification } from '../../domain/notifications/sessions.js';
import type { Translator } from '../../i18n/translator.js';
import type { Button, Reply } from '../../interaction/reply.js';
import { nameOr } from '../session.js';
import type { Viewer } from './viewer.js';

type Of<K extends LiveNotification['kind']> = Extract<LiveNotification, { kind: K }>;
type Reminder = Extract<SessionNotification, { kind: 'session-reminder' }>;

/** "I'm here" and "Running late" under a reminder (none on reminders queued before they existed). */
export function reminderButtons(t: Translator, n: Reminder): readonly (readonly Button[])[] {
  if (!n.here || !n.late) return [];
  return [
    [
      { label: t.t('live-button-here'), action: n.here, style: 'success' },
      { label: t.t('live-button-late'), action: n.late, style: 'secondary' },
    ],
  ];
}

export const LIVE_PRESENTERS = {
  'session-running-late': (n: Of<'session-running-late'>, { t }: Viewer): Reply => ({
    visibility: 'private',
    title: t.t('live-late-title', { minutes: n.minutes }),
    text: t.t(n.toHost ? 'live-late-text-host' : 'live-late-text', { who: nameOr(t, n.who), minutes: n.minutes, title: n.session.title, at: n.session.startsAt }),
    tone: 'info',
  }),
};
