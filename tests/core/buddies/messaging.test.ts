import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Core } from '../../../src/core/core.js';
import { DEFAULT_CORE_SETTINGS } from '../../../src/core/deps.js';
import type { Notifier } from '../../../src/core/notify.js';
import { type ConnectionId, newId } from '../../../src/domain/ids.js';
import { pairKey } from '../../../src/domain/social.js';
import type { Logger } from '../../../src/logger.js';
import { createMemoryStore } from '../../../src/store/memory/index.js';
import { makeProfile, T0 } from '../../support/fixtures.js';
import { type Actor, Harness, runner } from '../../support/harness.js';
import { DEFAULT_LIMITS } from '../../../src/core/limits.js';
import { createMemoryRateLimits } from '../../../src/store/rate-limits.js';

const DAY = 86_400_000;

let h: Harness;
afterEach(() => h.assertNoCoordinatesLeaked());

async function befriend(a: Actor, b: Actor): Promise<void> {
  await a.run('connect', await b.id());
  await b.press(b.button('Accept', [b.lastInbox()]));
  expect(b.last?.outcome, b.text()).toBe('ok');
}

describe('relayed messages', () => {
  beforeEach(async () => {
    h = await Harness.create();
  });

  it('GIVEN a Reply button WHEN pressed with typed text for its text THEN the reply goes back; WHEN the text claims to be its person THEN nothing is sent', async () => {
    const ana = await runner(h, 'Ana');
    const ben = await runner(h, 'Ben');
    const cat = await runner(h, 'Cat');
    await befriend(ana, ben);
    await ana.run('msg', `person: ${await ben.id()} text: Saturday?`);
    const reply = ben.lastInbox().buttons!.flat().find((b) => b.label === 'Reply')!;
    expect(reply.form).toEqual({ option: 'text', label: 'Your reply', max: 1000 });

    // A crafted press may not redirect the reply: the action's own person stays.
    const crafted = await ben.send({ kind: 'action', id: reply.action, value: await cat.id(), option: 'person' });
    expect(crafted.outcome).toBe('user-error');
    expect(cat.inbox()).toEqual([]);

    const out = await ben.send({ kind: 'action', id: reply.action, value: 'Yes, 9am', option: 'text' });
    expect(out.outcome).toBe('ok');
    expect(ana.lastInbox().text).toBe('> Saturday?\n\nYes, 9am');
  });

  it('GIVEN buddies WHEN Ana messages Ben THEN he gets it with Reply and Report buttons, and it is kept for the retention period', async () => {
    const ana = await runner(h, 'Ana');
    const ben = await runner(h, 'Ben');
    await befriend(ana, ben);
    await ana.run('msg', `person: ${await ben.id()} text: Tiergarten at 7, usual gate?`);
    expect(ana.text()).toMatch(/Sent to \*\*Ben\*\*/);

    const got = ben.lastInbox();
    expect(got.title).toBe('Message from Ana');
    expect(got.text).toBe('Tiergarten at 7, usual gate?');
    expect(got.buttons?.flat().map((b) => b.label)).toEqual(['Reply', 'Report', 'Block']);

    const c = await h.store.connections.findPair(await ana.id(), await ben.id());
    const [stored] = await h.store.messages.listForConnection(c!.id, h.now, 10);
    expect(stored).toMatchObject({ fromId: await ana.id(), toId: await ben.id(), body: 'Tiergarten at 7, usual gate?', replyToId: null });
    expect(stored!.expiresAt.getTime() - h.now.getTime()).toBe(DEFAULT_CORE_SETTINGS.messageRetentionDays * DAY);
  });

  it('GIVEN a message WHEN Ben presses Reply THEN he is asked for the text and the reply points at the original', async () => {
    const ana = await runner(h, 'Ana');
    const ben = await runner(h, 'Ben');
    await befriend(ana, ben);
    await ana.run('msg', `person: ${await ben.id()} text: Sunday 10k?`);
    h.advance(60_000);
    await ben.press(ben.button('Reply', [ben.lastInbox()]));
    expect(ben.last!.replies[0]!.prompt).toMatchObject({ kind: 'text', long: true });
    await ben.say('Yes! See you there.');
    expect(ben.text()).toMatch(/Sent to \*\*Ana\*\*/);

    const got = ana.lastInbox();
    expect(got.title).toBe('Message from Ben');
    expect(got.text).toBe('> Sunday 10k?\n\nYes! See you there.');
    const c = await h.store.connections.findPair(await ana.id(), await ben.id());
    const [reply, original] = await h.store.messages.listForConnection(c!.id, h.now, 10);
    expect(reply!.replyToId).toBe(original!.id);
    expect(reply!.body).toBe('Yes! See you there.');
  });

  it('GIVEN Ana and a stranger WHEN the stranger messages her, or Ana messages someone with only a pending request THEN both are refused and nothing is stored or sent', async () => {
    const ana = await runner(h, 'Ana');
    const cleo = await runner(h, 'Cleo');
    const dan = await runner(h, 'Dan');
    await cleo.run('msg', `person: ${await ana.id()} text: hey there`);
    expect(cleo.last?.outcome).toBe('user-error');
    expect(cleo.text()).toMatch(/You can only message buddies/);
    await ana.run('connect', await dan.id());
    await ana.run('msg', `person: ${await dan.id()} text: hi Dan`);
    expect(ana.text()).toMatch(/You can only message buddies/);
    expect(ana.inbox()).toHaveLength(0);
    expect(dan.inbox().filter((r) => r.title?.startsWith('Message'))).toHaveLength(0);
    expect(await h.store.messages.countFromSince(await cleo.id(), new Date(0))).toBe(0);
    expect(await h.store.messages.countFromSince(await ana.id(), new Date(0))).toBe(0);
  });

  it('GIVEN a typed reply-to that is not a message to me WHEN sending THEN it is delivered as a plain message', async () => {
    const ana = await runner(h, 'Ana');
    const ben = await runner(h, 'Ben');
    await befriend(ana, ben);
    await ana.run('msg', `person: ${await ben.id()} text: first`);
    const c = await h.store.connections.findPair(await ana.id(), await ben.id());
    const [mine] = await h.store.messages.listForConnection(c!.id, h.now, 1);
    h.advance(60_000);
    // Ana "replying" to her own message: not a reply to anything sent to her.
    await ana.runWith('msg', { person: await ben.id(), text: 'second', 'reply-to': mine!.id });
    const [latest] = await h.store.messages.listForConnection(c!.id, h.now, 1);
    expect(latest).toMatchObject({ body: 'second', replyToId: null });
  });
});

// The relay limit's stories live with the other limits: tests/core/limits/limits.test.ts.

describe('privacy of message bodies', () => {
  it('GIVEN a relayed message WHEN it is sent THEN no log line carries its body', async () => {
    h = await Harness.create();
    const lines: unknown[] = [];
    const log: Logger = {
      info: (o, m) => void lines.push(o, m),
      warn: (o, m) => void lines.push(o, m),
      error: (o, m) => void lines.push(o, m),
      debug: (o, m) => void lines.push(o, m),
      child: () => log,
    };
    const store = createMemoryStore();
    const delivered: unknown[] = [];
    const notifier: Notifier = { notify: async (_id, reply) => void delivered.push(reply) };
    const core = new Core({ store, clock: () => T0, notifier, log, settings: DEFAULT_CORE_SETTINGS, limits: createMemoryRateLimits(DEFAULT_LIMITS) });
    const ana = makeProfile({ displayName: 'Ana' });
    const ben = makeProfile({ displayName: 'Ben' });
    await store.people.insert(ana);
    await store.people.insert(ben);
    await store.connections.insert({ id: newId<ConnectionId>(), pair: pairKey(ana.id, ben.id), requesterId: ana.id, addresseeId: ben.id, status: 'accepted', createdAt: T0, respondedAt: T0 });

    const sent = await core.messaging.send(ana, null, ben.id, 'my secret plan: meet at the old mill');
    expect(sent.ok).toBe(true);
    expect(delivered).toHaveLength(1);
    expect(lines.length).toBeGreaterThan(0);
    expect(JSON.stringify(lines)).not.toMatch(/secret plan|old mill/);
  });
});
