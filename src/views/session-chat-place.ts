import type { PlaceNotice, PlaceSessionCard } from '../domain/session-chat-place.js';
import { clip } from '../domain/text.js';
import type { Translator } from '../i18n/translator.js';
import type { Reply } from '../interaction/reply.js';

/** Discord's limit on a thread's name. */
const THREAD_NAME_MAX = 100;

/** The place's name: the session's title, as long as the platform takes. */
export const placeName = (s: PlaceSessionCard): string => clip(s.title, THREAD_NAME_MAX) || 'Spotter';

/** `<@id>`: a member named in the place (the platform notifies exactly those it is told to). */
const mentions = (ids: readonly string[]): string => ids.map((id) => `<@${id}>`).join(' ');

/**
 * What Spotter says in a session's place, in the community's language. Times go as `<t:…>`: a
 * platform that shows them natively (Discord) does so in each reader's zone; one that writes
 * them out (a Telegram topic, read by the whole group) writes them in the session's zone and
 * names it, as the session's announcement does.
 */
export function placeNoticeReply(t: Translator, n: PlaceNotice): Reply {
  return { ...noticeBody(t, n), zone: n.session.timeZone, lang: t.lang };
}

function noticeBody(t: Translator, n: PlaceNotice): Reply {
  switch (n.kind) {
    case 'opened':
      if (n.board) return { visibility: 'public', text: t.t('chat-place-board-opened', { title: n.session.title, at: n.session.startsAt }), tone: 'info' };
      return {
        visibility: 'public',
        text: [t.t('chat-place-opened', { title: n.session.title, at: n.session.startsAt }), mentions(n.mention), t.t('chat-place-opened-how')].filter(Boolean).join('\n\n'),
        tone: 'info',
      };
    case 'seat':
      if (n.who === null) return { visibility: 'public', text: t.t(n.change === 'joined' ? 'chat-place-board-seat-joined' : 'chat-place-board-seat-left', { title: n.session.title }), tone: 'info' };
      return {
        visibility: 'public',
        text: [t.t(n.change === 'joined' ? 'chat-place-seat-joined' : 'chat-place-seat-left', { who: n.who }), mentions(n.mention)].filter(Boolean).join(' '),
        tone: 'info',
      };
    case 'reminder':
      return { visibility: 'public', text: t.t('chat-place-reminder', { title: n.session.title, at: n.session.startsAt }), tone: 'info' };
    case 'message':
      return { visibility: 'public', text: t.t('chat-place-message', { name: n.from, body: n.body }) };
    case 'elsewhere':
      return { visibility: 'public', text: t.t('chat-place-elsewhere', { title: n.session.title }), tone: 'info' };
    case 'closed':
      return { visibility: 'public', text: t.t(n.cancelled ? 'chat-place-closed-cancelled' : 'chat-place-closed', { title: n.session.title }), tone: 'info' };
  }
}

/** Who a notice names and so notifies. */
export const mentioned = (n: PlaceNotice): readonly string[] => (n.kind === 'opened' || n.kind === 'seat' ? n.mention : []);
