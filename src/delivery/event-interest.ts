import type { Core } from '../core/core.js';
import type { CommunityKey, UserKey } from '../domain/platform.js';
import type { LocalePolicy } from '../i18n/locale-policy.js';
import { translator } from '../i18n/translator.js';
import { interestReply } from '../views/session-events.js';
import type { Reply } from '../interaction/reply.js';
import type { EventInterest, InterestOffer } from '../interaction/adapter.js';

/**
 * Someone showed interest in a session's platform event (Discord's "Interested"): the private
 * message that offers them the session's "Request to join", in their language when Spotter knows
 * them, else the community's; null when there is nothing to offer them.
 */
async function eventInterestReply(core: Core, locales: LocalePolicy, community: CommunityKey, eventId: string, user: UserKey): Promise<InterestOffer | null> {
  const interest = await core.sessionEvents.interested(community, eventId, user);
  if (!interest) return null;
  const lang = interest.person ? locales.recipient(interest.person) : locales.community(interest.community);
  const reply: Reply = { ...interestReply(translator(lang), interest.facts, interest.community.name), lang, zone: interest.person?.timeZone ?? interest.facts.session.timeZone };
  const sessionId = interest.facts.session.id;
  return { reply, notDelivered: () => core.sessionEvents.interestNotDelivered(sessionId, user) };
}

/** The adapters' port for it (AdapterDeps.eventInterest), wired by the composition root. */
export const eventInterestFrom =
  (core: Core, locales: LocalePolicy): EventInterest =>
  (community, eventId, user) =>
    eventInterestReply(core, locales, community, eventId, user);
