import type { EventsNotification } from '../../domain/notifications/events.js';
import type { Reply } from '../../interaction/reply.js';
import type { Viewer } from './viewer.js';

type Of<K extends EventsNotification['kind']> = Extract<EventsNotification, { kind: K }>;

export const EVENTS_PRESENTERS = {
  'events-permission-missing': (n: Of<'events-permission-missing'>, { t }: Viewer): Reply => ({
    visibility: 'private',
    title: t.t('event-permission-missing-title', { community: n.community }),
    text: t.t('event-permission-missing-text', { community: n.community }),
    tone: 'warning',
  }),
  'chat-place-permission-missing': (n: Of<'chat-place-permission-missing'>, { t }: Viewer): Reply => ({
    visibility: 'private',
    title: t.t('chat-place-permission-missing-title', { community: n.community }),
    // In the words of the community's platform: its moderators read it there.
    text: t.t(n.missing === 'topic-rights' ? 'chat-place-topic-rights-missing-text' : 'chat-place-permission-missing-text', { community: n.community }),
    tone: 'warning',
  }),
};
