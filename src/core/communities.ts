import { type Community, platformSettingsOf, withPlatformSettings } from '../domain/community.js';
import { type CommunityKey, decodeCommunityKey } from '../domain/platform.js';
import { cleanText } from '../domain/text.js';
import type { CoreDeps } from './deps.js';

/** What happens to a community as a whole when its platform changes it under us. */
export class CommunitiesService {
  constructor(private readonly deps: CoreDeps) {}

  /**
   * The bot was added to a group: the community under `key`, created with the group's title when
   * new. The title is free text like any other: cleaned before it is kept.
   */
  async joined(key: CommunityKey, title: string): Promise<Community> {
    return this.deps.store.communities.ensure(key, cleanText(title) || 'Community', this.deps.clock());
  }

  /**
   * The community's platform id changed (a Telegram group upgraded to a supergroup): the same
   * community, with its members, settings, places and bans, now lives under `to`. An announce
   * channel that was the old chat itself follows it to the new one.
   *
   * Sessions' announcements (`{community, channelId, messageId}`) are left as they are: the posts
   * stay in the old chat, where they can no longer be edited; those edits fail and the adapter
   * already catches and logs that. New sessions are announced in the new chat.
   *
   * Null when there was nothing under `from` (already moved), or `to` already holds a community
   * with its own settings or bans (then neither is changed, and it is logged).
   */
  async moved(from: CommunityKey, to: CommunityKey): Promise<Community | null> {
    const { store, log } = this.deps;
    const moved = await store.communities.rekey(from, to);
    if (!moved) {
      // Telegram tells both chats: the second message finds the move done, nothing to say.
      if (await store.communities.getByKey(from)) log.warn({ from, to }, 'community not moved: the new key holds a configured community');
      return null;
    }
    // The settings were the old key's platform's; under `to` they are read for its platform.
    const before = { key: from, settings: moved.settings };
    const oldId = decodeCommunityKey(from).id;
    if (platformSettingsOf(before).announceChannelId !== oldId) return moved;
    return (await store.communities.updateSettings(moved.id, { platformSettings: withPlatformSettings(moved, { announceChannelId: decodeCommunityKey(to).id }) })) ?? moved;
  }
}
