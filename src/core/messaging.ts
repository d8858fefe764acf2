import type { Community } from '../domain/community.js';
import { type MessageId, newId } from '../domain/ids.js';
import type { Profile } from '../domain/profile.js';
import { personCard } from '../domain/notification.js';
import type { RelayedMessage } from '../domain/social.js';
import { cleanText } from '../domain/text.js';
import { phrase } from '../domain/phrase.js';
import { err, ok, type Result, userError } from '../result.js';
import { limitedError } from './limits.js';
import type { Actions } from './actions.js';
import { BuddiesService } from './buddies.js';
import type { CoreDeps } from './deps.js';
import { bannedFrom, isBannedFrom } from './moderation-rules.js';

const DAY_MS = 86_400_000;
export const MESSAGE_MAX = 1000;

const ONLY_BUDDIES = userError('forbidden', phrase('msg-error-only-buddies'));

export interface SentMessage {
  readonly to: Profile;
  readonly message: RelayedMessage;
}

/**
 * Messages relayed between connected buddies, across platforms: the notifier delivers on
 * whichever platform the recipient uses. Bodies are stored until their retention ends and are
 * never written to the logs.
 */
export class MessagingService {
  private readonly buddies: BuddiesService;

  constructor(
    private readonly deps: CoreDeps,
    private readonly actions: Actions,
  ) {
    this.buddies = new BuddiesService(deps, actions);
  }

  /**
   * Relays `text` to the buddy `ref`. `replyTo` names the message being answered; one that is
   * not from that buddy to me (or has expired) is ignored.
   */
  async send(me: Profile, community: Community | null, ref: string, text: string, replyTo?: string): Promise<Result<SentMessage>> {
    const { store, clock, notifier, log, settings, limits } = this.deps;
    if (isBannedFrom(community, me)) return err(bannedFrom(community));
    const body = cleanText(text);
    if (!body) return err(userError('invalid-input', phrase('msg-error-empty')));
    if (body.length > MESSAGE_MAX) return err(userError('invalid-input', phrase('msg-error-too-long', { max: String(MESSAGE_MAX) })));

    const found = await this.buddies.resolvePerson(me, ref);
    if (!found.ok) return found;
    const them = found.value;
    if (them.id === me.id) return err(ONLY_BUDDIES);
    // A block drops the connection, but check both ways anyway: a block always wins.
    if (me.blocked.includes(them.id) || them.blocked.includes(me.id)) return err(ONLY_BUDDIES);
    const connection = await this.buddies.buddyConnection(me.id, them.id);
    if (!connection) return err(ONLY_BUDDIES);

    const allowed = await limits.take('message', me.id);
    if (!allowed.ok) return err(limitedError(allowed.error));

    const now = clock();

    const original = replyTo ? await store.messages.get(replyTo as MessageId, now) : null;
    const answered = original && original.connectionId === connection.id && original.toId === me.id && original.fromId === them.id ? original : null;

    const message: RelayedMessage = {
      id: newId<MessageId>(),
      connectionId: connection.id,
      fromId: me.id,
      toId: them.id,
      body,
      replyToId: answered?.id ?? null,
      createdAt: now,
      expiresAt: new Date(now.getTime() + settings.messageRetentionDays * DAY_MS),
    };
    await store.messages.insert(message);
    log.info({ messageId: message.id, connectionId: connection.id, reply: answered !== null }, 'message relayed');

    await notifier.notify(them.id, {
      kind: 'buddy-message',
      from: personCard(me),
      body: message.body,
      answered: answered?.body ?? null,
      reply: await this.actions.offer(them.id, { kind: 'msg', person: me.id, 'reply-to': message.id }),
      report: await this.actions.offer(them.id, { kind: 'report', message: message.id }),
      block: await this.actions.offer(them.id, { kind: 'block', person: me.id }),
    });
    return ok({ to: them, message });
  }
}
