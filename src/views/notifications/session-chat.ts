import { ellipsize, squashSpaces } from '../../domain/text.js';
import { MESSAGE_MAX } from '../../core/messaging.js';
import type { SessionChatNotification } from '../../domain/notifications/session-chat.js';
import type { Reply } from '../../interaction/reply.js';
import type { Viewer } from './viewer.js';

type Of<K extends SessionChatNotification['kind']> = Extract<SessionChatNotification, { kind: K }>;

/** A session chat in private chats: said to one member, in their language, times in their zone. */
export const SESSION_CHAT_PRESENTERS = {
  'session-chat-opened': (n: Of<'session-chat-opened'>, { t }: Viewer): Reply => ({
    visibility: 'private',
    title: t.t('session-chat-opened-title', { title: n.session.title }),
    text: [
      t.t('session-chat-opened-text', { title: n.session.title, at: n.session.startsAt }),
      n.members.length > 0 ? t.t('session-chat-opened-members', { names: n.members.map((name) => `**${name}**`).join(', ') }) : '',
      t.t('session-chat-opened-how'),
    ]
      .filter(Boolean)
      .join('\n\n'),
    // The message is the `message` of /session-chat: Discord asks for it in a box, Telegram takes a swipe-reply.
    buttons: [[{ label: t.t('session-chat-button-write'), action: n.write, style: 'primary', form: { option: 'message', label: t.t('session-chat-button-write-form'), max: MESSAGE_MAX } }]],
    tone: 'info',
  }),
  'session-chat-seat': (n: Of<'session-chat-seat'>, { t }: Viewer): Reply => ({
    visibility: 'private',
    text: t.t(n.change === 'joined' ? 'session-chat-seat-joined' : 'session-chat-seat-left', { who: n.who, title: n.session.title }),
    tone: 'info',
  }),
  'session-chat-message': (n: Of<'session-chat-message'>, { t }: Viewer): Reply => ({
    visibility: 'private',
    title: t.t('session-chat-message-title', { name: n.from.displayName, title: n.session.title }),
    text: `${n.answered !== null ? `> ${ellipsize(squashSpaces(n.answered), 80)}\n\n` : ''}${n.body}`,
    buttons: [
      [
        { label: t.t('button-reply'), action: n.reply, style: 'primary', form: { option: 'message', label: t.t('button-reply-form'), max: MESSAGE_MAX } },
        { label: t.t('button-report'), action: n.report, style: 'danger' },
        { label: t.t('button-block'), action: n.block, style: 'secondary' },
      ],
    ],
  }),
};
