import type { Announcer } from '../core/notify.js';
import type { DeliveryRegistry } from './platforms.js';
import { decodeCommunityKey } from '../domain/platform.js';
import type { LocalePolicy } from '../i18n/locale-policy.js';
import { translator } from '../i18n/translator.js';
import { announcementReply } from '../views/session.js';

/**
 * The Announcer the core uses: says a session's announcement in its community's language (the
 * moderators' default) and hands the post to the delivery of the community's own platform.
 */
export function announcerFrom(registry: DeliveryRegistry, locales: LocalePolicy): Announcer {
  return {
    async announce(community, facts) {
      const delivery = registry.get(decodeCommunityKey(community.key).platform);
      if (!delivery?.announce) return null;
      const posted = await delivery.announce(community, announcementReply(translator(locales.community(community)), facts));
      return posted ? { community: community.key, channelId: posted.channelId, messageId: posted.messageId } : null;
    },
    async edit(announcement, facts, community) {
      const delivery = registry.get(decodeCommunityKey(announcement.community).platform);
      await delivery?.editAnnouncement?.(announcement, announcementReply(translator(locales.community(community)), facts));
    },
  };
}
