import type { Notification, NotificationKind } from '../../domain/notification.js';
import type { Profile } from '../../domain/profile.js';
import type { LocalePolicy } from '../../i18n/locale-policy.js';
import { translator } from '../../i18n/translator.js';
import type { Reply } from '../../interaction/reply.js';
import { ATTENDANCE_PRESENTERS } from './attendance.js';
import { BUDDY_PRESENTERS } from './buddies.js';
import { EVENTS_PRESENTERS } from './events.js';
import { LIVE_PRESENTERS } from './live.js';
import { MATCH_PRESENTERS } from './matching.js';
import { MEETING_PRESENTERS } from './meetings.js';
import { MODERATION_PRESENTERS } from './moderation.js';
import { PEOPLE_PRESENTERS } from './people.js';
import { PLAN_PRESENTERS } from './plan.js';
import { ROUND_PRESENTERS } from './rounds.js';
import { SESSION_PRESENTERS } from './sessions.js';
import { SESSION_CHAT_PRESENTERS } from './session-chat.js';
import type { Viewer } from './viewer.js';

export type { Viewer } from './viewer.js';

type Presenters = { readonly [K in NotificationKind]: (n: Extract<Notification, { kind: K }>, viewer: Viewer) => Reply };

/** Every kind of notification has exactly one way to be said: the compiler checks none is missing. */
const PRESENTERS: Presenters = {
  ...ATTENDANCE_PRESENTERS,
  ...BUDDY_PRESENTERS,
  ...EVENTS_PRESENTERS,
  ...LIVE_PRESENTERS,
  ...MATCH_PRESENTERS,
  ...MEETING_PRESENTERS,
  ...MODERATION_PRESENTERS,
  ...PEOPLE_PRESENTERS,
  ...PLAN_PRESENTERS,
  ...ROUND_PRESENTERS,
  ...SESSION_PRESENTERS,
  ...SESSION_CHAT_PRESENTERS,
  // Written before notifications were facts (old outbox rows): shown as they were written.
  prerendered: (n) => n.reply as unknown as Reply,
};

/** A notification said to one viewer: in their language, times in their zone. */
export function present(notification: Notification, viewer: Viewer): Reply {
  const say = PRESENTERS[notification.kind] as (n: Notification, v: Viewer) => Reply;
  return { zone: viewer.zone, lang: viewer.lang, ...say(notification, viewer) };
}

/** Says notifications to the person they are for, when they are delivered. */
export type NotificationPresenter = (notification: Notification, recipient: Pick<Profile, 'timeZone' | 'language' | 'platformLanguage'>) => Reply;

export const presenterFor =
  (locales: LocalePolicy): NotificationPresenter =>
  (notification, recipient) => {
    const lang = locales.recipient(recipient);
    return present(notification, { t: translator(lang), lang, zone: recipient.timeZone });
  };
