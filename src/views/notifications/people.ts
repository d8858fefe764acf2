import type { PeopleNotification } from '../../domain/notifications/people.js';
import type { Reply } from '../../interaction/reply.js';
import type { Viewer } from './viewer.js';

type Of<K extends PeopleNotification['kind']> = Extract<PeopleNotification, { kind: K }>;

export const PEOPLE_PRESENTERS = {
  'erasure-session-cancelled': (n: Of<'erasure-session-cancelled'>, { t }: Viewer): Reply => ({
    visibility: 'private',
    title: t.t('delete-notice-cancelled-title'),
    text: t.t('delete-notice-cancelled-text', { title: n.session.title, when: n.session.startsAt }),
    tone: 'warning',
  }),
  'erasure-seat-yours': (n: Of<'erasure-seat-yours'>, { t }: Viewer): Reply => ({
    visibility: 'private',
    title: t.t('delete-notice-seat-title'),
    text: t.t('delete-notice-seat-text', { title: n.session.title }),
    tone: 'success',
  }),
};
