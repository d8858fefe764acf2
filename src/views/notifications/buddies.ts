import { ellipsize, squashSpaces } from '../../domain/text.js';
import type { BuddyNotification } from '../../domain/notifications/buddies.js';
import { MESSAGE_MAX } from '../../core/messaging.js';
import type { Reply } from '../../interaction/reply.js';
import { personLine } from '../words.js';
import type { Viewer } from './viewer.js';

type Of<K extends BuddyNotification['kind']> = Extract<BuddyNotification, { kind: K }>;

export const BUDDY_PRESENTERS = {
  'buddy-request': (n: Of<'buddy-request'>, { t }: Viewer): Reply => ({
    visibility: 'private',
    title: t.t('buddy-request-title'),
    text: t.t('buddy-request-text', { person: personLine(t, n.from) }) + (n.note ? `\n\n“${n.note}”` : ''),
    buttons: [
      [
        { label: t.t('button-accept'), action: n.accept, style: 'success' },
        { label: t.t('button-decline'), action: n.decline, style: 'danger' },
      ],
    ],
    tone: 'info',
  }),
  'buddy-accepted': (n: Of<'buddy-accepted'>, { t }: Viewer): Reply => ({
    visibility: 'private',
    title: t.t('buddy-accepted-title'),
    text: t.t('buddy-accepted-text', { name: n.by.displayName }),
    buttons: [[{ label: t.t('button-message'), action: n.message, style: 'primary' }]],
    tone: 'success',
  }),
  'buddy-declined': (n: Of<'buddy-declined'>, { t }: Viewer): Reply => ({
    visibility: 'private',
    text: t.t('buddy-declined-text', { name: n.by.displayName }),
    tone: 'info',
  }),
  'buddy-message': (n: Of<'buddy-message'>, { t }: Viewer): Reply => ({
    visibility: 'private',
    title: t.t('buddy-message-title', { name: n.from.displayName }),
    text: `${n.answered !== null ? `> ${ellipsize(squashSpaces(n.answered), 80)}\n\n` : ''}${n.body}`,
    buttons: [
      [
        // The reply is the `text` of /msg: Discord asks for it in a box at once, Telegram takes a swipe-reply.
        { label: t.t('button-reply'), action: n.reply, style: 'primary', form: { option: 'text', label: t.t('button-reply-form'), max: MESSAGE_MAX } },
        { label: t.t('button-report'), action: n.report, style: 'danger' },
        { label: t.t('button-block'), action: n.block, style: 'secondary' },
      ],
    ],
  }),
};
