import type { ChatPlaces } from '../core/session-chat-place.js';
import { decodeCommunityKey } from '../domain/platform.js';
import type { LocalePolicy } from '../i18n/locale-policy.js';
import { translator } from '../i18n/translator.js';
import type { PlaceDelivery } from '../interaction/platform-places.js';
import { mentioned, placeName, placeNoticeReply } from '../views/session-chat-place.js';
import type { DeliveryRegistry } from './platforms.js';

/**
 * The ChatPlaces the core uses: each call goes to the delivery of the community's own platform,
 * when it has places (Discord's private threads); what is said there is said in the community's
 * language (its moderators' default), as its announcements are.
 */
export function chatPlacesFrom(registry: DeliveryRegistry, locales: LocalePolicy): ChatPlaces {
  const placesOf = (key: Parameters<typeof decodeCommunityKey>[0]): PlaceDelivery | undefined => registry.get(decodeCommunityKey(key).platform)?.places;
  return {
    kind: (community) => placesOf(community.key)?.placeKind ?? null,
    async open(community, announcement, session) {
      return (await placesOf(community.key)?.openPlace(community, announcement, placeName(session))) ?? { kind: 'failed' };
    },
    async add(place, userId) {
      return (await placesOf(place.community)?.addToPlace(place.community, place.placeId, userId)) ?? false;
    },
    async remove(place, userId) {
      await placesOf(place.community)?.removeFromPlace(place.community, place.placeId, userId);
    },
    async tell(place, community, notice) {
      const t = translator(locales.community(community));
      const delivery = placesOf(place.community);
      // A place the bot reads relays what is written there: nobody needs telling how to be read.
      if (notice.kind === 'elsewhere' && delivery?.readsPlace !== false) return;
      await delivery?.postInPlace(place.community, place.placeId, placeNoticeReply(t, notice), mentioned(notice));
    },
    async close(place) {
      await placesOf(place.community)?.closePlace(place.community, place.placeId);
    },
  };
}
