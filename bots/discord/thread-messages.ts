import { type Client, Events } from 'discord.js';
import { communityKey, userKey } from '../../src/domain/platform.js';
import type { AdapterDeps } from '../../src/interaction/adapter.js';

/**
 * Messages people write in threads (MESSAGE_CREATE in a thread channel): handed to the core,
 * which relays those written in a session chat's thread to its members on other platforms. Needs
 * the Guild Messages intent and Message Content, a privileged one (turned on in the Developer
 * Portal, and for verified bots granted by Discord): without content there is nothing to relay,
 * so the listener is installed only when the deployment says the intent is granted.
 * Only threads are looked at: a message elsewhere costs nothing.
 */
export function onPlaceMessage(client: Client, deps: Pick<AdapterDeps, 'placeMessage' | 'log'>, track: (work: Promise<void>) => void): void {
  const relay = deps.placeMessage;
  if (!relay) return;
  client.on(Events.MessageCreate, (message) => {
    if (message.author.bot || message.system || !message.guildId || !message.channel.isThread() || !message.content) return;
    const work = relay(communityKey('discord', message.guildId), message.channelId, userKey('discord', message.author.id), message.content).catch((error: unknown) =>
      deps.log.warn({ threadId: message.channelId, err: (error as Error).message }, 'thread message not relayed'),
    );
    track(work);
  });
}
