import type { ModerationNotification, ReportSubject } from '../../domain/notifications/moderation.js';
import { at } from '../../domain/phrase.js';
import type { Translator } from '../../i18n/translator.js';
import type { Reply } from '../../interaction/reply.js';
import type { Viewer } from './viewer.js';

type Of<K extends ModerationNotification['kind']> = Extract<ModerationNotification, { kind: K }>;

/** A person in a report: their name (or that they left) and their id, for /ban. */
const who = (t: Translator, name: string | null, id: string) => t.t('report-who', { name: name ?? t.t('report-someone-who-left'), id });

/** A report's reason as written; an appeal (which has none of its own) says what it asks. */
export const reasonWords = (t: Translator, reason: string): string => reason || t.t('attendance-appeal-reason');

/** What a report is about, in words. */
export function reportSubjectWords(t: Translator, s: ReportSubject): string {
  switch (s.kind) {
    case 'person':
      return t.t('report-subject-person', { who: who(t, s.name, s.id) });
    case 'message':
      return t.t('report-subject-message', { who: who(t, s.authorName, s.authorId), excerpt: s.excerpt });
    case 'session':
      return t.t('report-subject-session', {
        title: s.title,
        id: s.id,
        when: at(s.startsAt, 'f'),
        status: t.t(`report-session-status-${s.status}`),
        host: who(t, s.hostName, s.hostId),
      });
    case 'session-gone':
      return t.t('report-subject-session-gone', { id: s.id });
    case 'pause':
      return s.until
        ? t.t('attendance-report-subject', { who: who(t, s.name, s.id), until: at(s.until, 'f') })
        : t.t('attendance-report-subject-over', { who: who(t, s.name, s.id) });
  }
}

export const MODERATION_PRESENTERS = {
  banned: (n: Of<'banned'>, { t }: Viewer): Reply => ({
    visibility: 'private',
    title: t.t('ban-notice-title'),
    text: t.t('ban-notice-text', { community: n.community }),
    tone: 'warning',
  }),
  'report-arrived': (n: Of<'report-arrived'>, { t }: Viewer): Reply => ({
    visibility: 'private',
    title: t.t('report-arrived-title', { community: n.community }),
    text: t.t('report-arrived-text', { reporter: n.reporter ?? t.t('report-someone-who-left'), when: at(n.filedAt, 'R') }),
    fields: [
      { name: t.t('report-field-about'), value: reportSubjectWords(t, n.subject).slice(0, 1024) },
      { name: t.t('report-field-reason'), value: reasonWords(t, n.reason).slice(0, 1024) },
    ],
    tone: 'warning',
    buttons: [[{ label: t.t('report-button-open'), action: n.open, style: 'primary' }]],
  }),
  'report-reviewed': (n: Of<'report-reviewed'>, { t }: Viewer): Reply => ({
    visibility: 'private',
    text: t.t('report-reviewed-text', { community: n.community }),
    tone: 'info',
  }),
};
