import type { Locale } from '../../src/i18n/languages.js';
import { LocalePolicy } from '../../src/i18n/locale-policy.js';
import { announcerFrom } from '../../src/delivery/announcer.js';
import { presenterFor } from '../../src/views/notifications/index.js';
import { testPictures } from './pictures.js';
import { fileURLToPath } from 'node:url';
import { expect, vi } from 'vitest';
import { Core } from '../../src/core/core.js';
import { type CoreSettings, DEFAULT_CORE_SETTINGS } from '../../src/core/deps.js';
import { DEFAULT_LIMITS, type LimitSettings } from '../../src/core/limits.js';
import { DeliveryRegistry, type DeliveryOutcome, type PlatformDelivery } from '../../src/delivery/platforms.js';
import { OutboxDelivery } from './outbox-delivery.js';
import { type Community, platformSettingsOf } from '../../src/domain/community.js';
import type { PersonId } from '../../src/domain/ids.js';
import { type CommunityKey, communityKey, type Platform, userKey } from '../../src/domain/platform.js';
import type { Profile } from '../../src/domain/profile.js';
import type { Announcement } from '../../src/domain/session.js';
import type { CommunityMembership, Invocation } from '../../src/interaction/command.js';
import { Dispatcher, type Inbound, type Outcome } from '../../src/interaction/dispatcher.js';
import { type CommandRegistry, loadCommands } from '../../src/interaction/registry.js';
import type { Button, Reply } from '../../src/interaction/reply.js';
import { silentLogger } from '../../src/logger.js';
import { createMemoryStore } from '../../src/store/memory/index.js';
import type { Store } from '../../src/store/port.js';
import { createMemoryRateLimits } from '../../src/store/rate-limits.js';
import { T0 } from './fixtures.js';

export const COMMANDS_DIR = fileURLToPath(new URL('../../commands', import.meta.url));

let registryPromise: Promise<CommandRegistry> | null = null;
export const testRegistry = () => (registryPromise ??= loadCommands(COMMANDS_DIR));

/** A message that reached a person outside of their own command (a notification). */
export interface Delivered {
  readonly platform: Platform;
  readonly userId: string;
  readonly reply: Reply;
}

export interface Posted {
  readonly community: Community;
  readonly reply: Reply;
  readonly messageId: string;
  edits: Reply[];
}

/** Any decimal number with 3+ places looks like a coordinate; none may ever leave Spotter. */
const COORDINATES = /-?\d{1,3}\.\d{3,}/g;

export const textOf = (r: Reply): string =>
  [r.title ?? '', r.text, ...(r.fields ?? []).flatMap((f) => [f.name, f.value]), ...(r.buttons ?? []).flat().map((b) => b.label), ...(r.select?.options ?? []).map((o) => `${o.label} ${o.description ?? ''}`)].join('\n');

/**
 * `typed`: what the people themselves typed, which a reply may quote back ("Spotter doesn't speak
 * "http://12.1200#""): a number found in it is theirs, not a leak. Anything else that looks like a
 * coordinate fails.
 */
export function expectNoCoordinates(replies: Iterable<Reply>, typed: readonly string[] = []): void {
  for (const r of replies) {
    const text = textOf(r) + (r.file?.mime === 'text/calendar' ? r.file.content : '') + (r.image ? `\n${r.image.alt}` : '');
    const leaked = [...text.matchAll(COORDINATES)].map((m) => m[0]).filter((found) => !typed.some((t) => t.includes(found)));
    expect(leaked, `an outbound message contains something that looks like coordinates: ${JSON.stringify(text)}`).toEqual([]);
  }
}

/**
 * The product driven through its command layer, the way every adapter drives it, on the
 * in-memory store with a hand-moved clock. Notifications go through production's outbox and
 * sender (./outbox-delivery.ts). Every reply and notification is recorded so tests can assert on
 * them and check that none carries coordinates.
 */
export class Harness {
  readonly store: Store;
  readonly core: Core;
  readonly dispatcher: Dispatcher;
  readonly deliveries = new DeliveryRegistry();
  /** Production's outbox and sender, drained after each command. */
  readonly delivery: OutboxDelivery;
  readonly delivered: Delivered[] = [];
  readonly posts: Posted[] = [];
  readonly replies: Reply[] = [];
  /** Platform user ids whose DMs are closed. */
  readonly closedDms = new Set<string>();
  now: Date;

  private constructor(registry: CommandRegistry, settings: CoreSettings, limits: LimitSettings, now: Date, locales: LocalePolicy) {
    this.now = now;
    this.syncFakeDate();
    this.store = createMemoryStore();
    const clock = () => this.now;
    const log = silentLogger();
    const delivery: PlatformDelivery = {
      platform: 'console',
      sendToUser: async (userId, reply): Promise<DeliveryOutcome> => {
        if (this.closedDms.has(userId)) return { kind: 'unreachable', reason: 'DMs closed' };
        this.delivered.push({ platform: 'console', userId, reply });
        return { kind: 'sent' };
      },
      announce: async (community, reply) => {
        const messageId = `post-${this.posts.length + 1}`;
        this.posts.push({ community, reply, messageId, edits: [] });
        return { channelId: platformSettingsOf(community).announceChannelId ?? 'main', messageId };
      },
      editAnnouncement: async (a: Announcement, reply) => {
        this.posts.find((p) => p.messageId === a.messageId)?.edits.push(reply);
      },
    };
    this.deliveries.register(delivery);
    this.delivery = new OutboxDelivery(this.store, this.deliveries, clock, log, presenterFor(locales));
    this.core = new Core({
      store: this.store,
      clock,
      notifier: this.delivery.notifier,
      log,
      settings,
      limits: createMemoryRateLimits(limits),
      announcer: announcerFrom(this.deliveries, locales),
    });
    this.dispatcher = new Dispatcher(registry, this.core, log, undefined, testPictures(log), locales);
  }

  /** `locale`: everything said in this one (the pseudo-locale run finds words outside the catalogues). */
  static async create(options: { now?: Date; settings?: Partial<CoreSettings>; limits?: Partial<LimitSettings>; locale?: Locale } = {}): Promise<Harness> {
    const locales = new LocalePolicy(options.locale ?? null);
    return new Harness(await testRegistry(), { ...DEFAULT_CORE_SETTINGS, ...options.settings }, { ...DEFAULT_LIMITS, ...options.limits }, options.now ?? T0, locales);
  }

  advance(ms: number): void {
    this.now = new Date(this.now.getTime() + ms);
    this.syncFakeDate();
  }

  /**
   * rate-limiter-flexible reads `Date.now()`, not this clock: a story that moves time across a
   * limit's window fakes Date (vi.useFakeTimers({ toFake: ['Date'] })) and `Date` then follows.
   */
  private syncFakeDate(): void {
    if (vi.isFakeTimers()) vi.setSystemTime(this.now);
  }

  /** A person on the terminal platform; give `community` to act inside one. */
  person(name: string, options: ActorOptions = {}): Actor {
    return new Actor(this, name, options);
  }

  /** Every outbound message so far: replies, notifications, announcements and their edits. */
  everything(): Reply[] {
    return [...this.replies, ...this.delivered.map((d) => d.reply), ...this.posts.flatMap((p) => [p.reply, ...p.edits])];
  }

  /** `typed`: what the people typed, which replies may quote back (see expectNoCoordinates). */
  assertNoCoordinatesLeaked(typed: readonly string[] = []): void {
    expectNoCoordinates(this.everything(), typed);
  }
}

export interface ActorOptions {
  readonly community?: string;
  readonly admin?: boolean;
  readonly roles?: string[];
  /** The language tag the person's platform reports ("de", "ru-RU"), as Discord and Telegram send it. */
  readonly locale?: string;
  /** The account's handle as a platform with handles reports it (null: none); absent, none is reported. */
  readonly handle?: string | null;
}

export class Actor {
  readonly userId: string;
  readonly communityKey: CommunityKey | null;
  last: Outcome | null = null;

  constructor(
    private readonly h: Harness,
    readonly name: string,
    private readonly options: ActorOptions,
  ) {
    this.userId = name.toLowerCase().replace(/\W+/g, '-');
    this.communityKey = options.community ? communityKey('console', options.community) : null;
  }

  /** The same person acting in another place (a community, or a private chat with none). */
  in(community: string | null, options: { admin?: boolean; roles?: string[] } = {}): Actor {
    const a = new Actor(this.h, this.name, {
      ...options,
      ...(this.options.locale ? { locale: this.options.locale } : {}),
      ...(this.options.handle !== undefined ? { handle: this.options.handle } : {}),
      ...(community ? { community } : {}),
    });
    return a;
  }

  /** The same person after changing (or, with null, removing) their handle on the platform. */
  withHandle(handle: string | null): Actor {
    return new Actor(this.h, this.name, { ...this.options, handle });
  }

  invocation(): Invocation {
    const membership: CommunityMembership | null = this.communityKey
      ? { key: this.communityKey, name: this.options.community!, roleIds: this.options.roles ?? [], isAdmin: this.options.admin ?? false }
      : null;
    const handle = this.options.handle !== undefined ? { handle: this.options.handle } : {};
    return { platform: 'console', user: { key: userKey('console', this.userId), displayName: this.name, ...handle }, locale: this.options.locale ?? null, community: membership };
  }

  async send(inbound: Inbound): Promise<Outcome> {
    const outcome = await this.h.dispatcher.handle(this.invocation(), inbound);
    await this.h.delivery.settle();
    this.h.replies.push(...outcome.replies);
    this.last = outcome;
    return outcome;
  }

  /** Runs a command as typed: `run('set-location', 'Berlin')`. */
  run(command: string, text = ''): Promise<Outcome> {
    return this.send({ kind: 'line', command, text });
  }

  /** Runs a command with structured values, as Discord sends them. */
  runWith(command: string, values: Record<string, unknown>): Promise<Outcome> {
    return this.send({ kind: 'options', command, values });
  }

  say(text: string): Promise<Outcome> {
    return this.send({ kind: 'text', text });
  }

  shareLocation(lat: number, lng: number): Promise<Outcome> {
    return this.send({ kind: 'location', lat, lng });
  }

  press(button: Button | { action: string }, value?: string): Promise<Outcome> {
    return this.send({ kind: 'action', id: button.action, ...(value !== undefined ? { value } : {}) });
  }

  /** Finds a button by its label among the replies of my last outcome (or the given replies). */
  button(label: string | RegExp, replies: readonly Reply[] = this.last?.replies ?? []): Button {
    const all = replies.flatMap((r) => (r.buttons ?? []).flat());
    const found = all.find((b) => (typeof label === 'string' ? b.label === label : label.test(b.label)));
    if (!found) throw new Error(`no button "${label}" among: ${all.map((b) => b.label).join(', ') || '(none)'}`);
    return found;
  }

  /** Notifications delivered to me. */
  inbox(): Reply[] {
    return this.h.delivered.filter((d) => d.userId === this.userId).map((d) => d.reply);
  }

  lastInbox(): Reply {
    const inbox = this.inbox();
    if (!inbox.length) throw new Error(`${this.name} has no notifications`);
    return inbox[inbox.length - 1]!;
  }

  async profile(): Promise<Profile> {
    const p = await this.h.store.people.findByIdentity(userKey('console', this.userId));
    if (!p) throw new Error(`${this.name} has no profile yet`);
    return p;
  }

  async id(): Promise<PersonId> {
    return (await this.profile()).id;
  }

  /** The text of my last replies, joined, for assertions. */
  text(): string {
    return (this.last?.replies ?? []).map(textOfReply).join('\n---\n');
  }
}

const textOfReply = (r: Reply) => textOf(r);

/** A person with a complete profile, set up through the commands themselves. */
export async function runner(
  h: Harness,
  name: string,
  setup: { place?: string; activities?: string; level?: string; availability?: string; radius?: number; community?: string; handle?: string | null } = {},
): Promise<Actor> {
  const a = h.person(name, { ...(setup.community ? { community: setup.community } : {}), ...(setup.handle !== undefined ? { handle: setup.handle } : {}) });
  const steps: [string, string][] = [
    ['set-location', setup.place ?? 'Berlin, DE'],
    ['set-activities', setup.activities ?? 'running'],
    ['set-level', setup.level ?? 'intermediate'],
    ['set-radius', String(setup.radius ?? 15)],
  ];
  if (setup.availability) steps.push(['set-availability', setup.availability]);
  for (const [command, text] of steps) {
    const out = await a.run(command, text);
    if (out.outcome !== 'ok') throw new Error(`${name}: /${command} ${text} failed: ${a.text()}`);
  }
  return a;
}
