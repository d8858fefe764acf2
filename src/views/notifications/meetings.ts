import type { MeetingNotification } from '../../domain/notifications/meetings.js';
import type { Reply } from '../../interaction/reply.js';
import type { Viewer } from './viewer.js';

type Of<K extends MeetingNotification['kind']> = Extract<MeetingNotification, { kind: K }>;

export const MEETING_PRESENTERS = {
  'meeting-question': (n: Of<'meeting-question'>, { t }: Viewer): Reply => {
    const names = t.list(n.with.map((p) => `**${p.displayName || t.t('meeting-someone')}**`));
    const asked = t.t(n.source === 'round' ? 'meeting-question-round' : 'meeting-question-connection', { names, count: n.with.length });
    return {
      visibility: 'private',
      title: t.t('meeting-question-title', { count: n.with.length }),
      text: n.ask > 1 ? `${asked}\n\n${t.t('meeting-question-last')}` : asked,
      buttons: [
        [
          { label: t.t('meeting-button-yes'), action: n.yes, style: 'success' },
          { label: t.t('meeting-button-not-yet'), action: n.notYet, style: 'secondary' },
          { label: t.t('meeting-button-no'), action: n.no, style: 'danger' },
        ],
      ],
      tone: 'info',
    };
  },
};
