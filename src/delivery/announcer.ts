import type { Announcer } from '../core/notify.js';
import type { DeliveryRegistry } from './platforms.js';
import { decodeCommunityKey } from '../domain/platform.js';
import type { LocalePolicy } from '../i18n/locale-policy.js';
import { translator } from '../i18n/translator.js';
import { announcementReply } from '../views/session.js';
import { updateEvent, withEvent } from './session-events.js';

/**
 * The Announcer the core uses: says a session's announcement in its community's language (the
 * moderators' default) and hands the post to the delivery of the community's own platform, with
 * the platform's own event for it where there is one (src/delivery/session-events.ts).
 */
export function announcerFrom(registry: DeliveryRegistry, locales: LocalePolicy): Announcer {
  return {
    async announce(community, facts, series = []) {
      const delivery = registry.get(decodeCommunityKey(community.key).platform);
      if (!delivery?.announce) return null;
      const t = translator(locales.community(community));
      const posted = await delivery.announce(community, announcementReply(t, facts));
      if (!posted) return null;
      return withEvent(delivery, community, t, facts, { community: community.key, channelId: posted.channelId, messageId: posted.messageId }, series);
    },
    async edit(announcement, facts, community) {
      const delivery = registry.get(decodeCommunityKey(announcement.community).platform);
      if (!delivery) return;
      const t = translator(locales.community(community));
      await delivery.editAnnouncement?.(announcement, announcementReply(t, facts));
      await updateEvent(delivery, announcement, t, facts);
    },
  };
}
