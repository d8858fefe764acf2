import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ALL_JOBS, JOB } from '../../../jobs/index.js';
import { DeliveryRegistry } from '../../../src/delivery/platforms.js';
import { userKey } from '../../../src/domain/platform.js';
import type { WorkoutSession } from '../../../src/domain/session.js';
import { silentLogger } from '../../../src/logger.js';
import { createScheduler, type Scheduler } from '../../../src/scheduler/index.js';
import { type FakeMessage, type FakeThread, messageText } from '../../fakes/discord/index.js';
import { DiscordWorld, type Person } from './world.js';

let w: DiscordWorld;
let scheduler: Scheduler;
let mod: Person;
let host: Person;
let carol: Person;
let dora: Person;

beforeAll(async () => {
  w = await DiscordWorld.start();
  const deliveries = new DeliveryRegistry();
  deliveries.register(w.bot.delivery);
  scheduler = createScheduler({ store: w.store, deliveries, clock: () => w.now, log: silentLogger(), jobs: ALL_JOBS });
  scheduler.attach(w.core);
  mod = w.person('Mona', { manageGuild: true });
  host = w.person('Hanna');
  carol = w.person('Carol');
  dora = w.person('Dora');
  for (const p of [host, carol, dora]) await w.profile(p, { place: 'Berlin, DE' });
  await w.slash(mod.here, 'mod-settings', { 'announce-channel': w.fake.channelId(w.guild, 'sessions') });
});
beforeEach(() => w.isolate());
afterAll(async () => {
  await scheduler?.stop({ timeoutMs: 1_000 });
  await w?.stop();
});

const sessionsChannel = () => w.fake.channelId(w.guild, 'sessions');
const threadCreates = () => w.fake.requests('POST', `/channels/${sessionsChannel()}/threads`);
const announcements = (): FakeMessage[] => w.fake.messagesIn(w.guild, 'sessions');
const said = (thread: FakeThread): string[] => w.fake.threads.messages(thread).map(messageText);
const chatOpenDms = (p: Person) => w.fake.dms(p.user).filter((m) => messageText(m).includes('Chat open:'));
const threadOf = async (s: WorkoutSession): Promise<FakeThread> => {
  const place = await w.store.chatPlaces.get(s.id);
  const thread = place ? w.fake.threads.byId.get(place.placeId) : undefined;
  if (!thread) throw new Error(`no thread for ${s.title}`);
  return thread;
};

/** A session by the host, announced in #sessions; `who` ask for a seat there and the host accepts each. */
async function sessionWith(title: string, who: Person[]): Promise<WorkoutSession> {
  const created = await w.slash(host.here, 'session-create', { activity: 'running', place: 'Berlin, DE', capacity: 4, when: 'tomorrow 7am', title, duration: '1h' });
  expect(w.text(created)).toContain('Session created');
  const post = announcements().at(-1)!;
  for (const p of who) {
    await w.click(w.fake.member(p.user, w.guild, { channel: 'sessions' }), post, 'Request to join');
    await w.click(host.dm, w.lastDm(host), 'Accept');
  }
  const [s] = (await w.store.sessions.listForPerson((await w.store.people.findByIdentity(userKey('discord', host.user.id)))!.id, ['open', 'full'], w.now)).filter((x) => x.title === title);
  return s!;
}

describe('Discord: a private thread for every session chat', () => {
  let session: WorkoutSession;
  let thread: FakeThread;

  it('GIVEN a session announced in #sessions WHEN its first seat is taken THEN a private thread is made beside the post, host and participant are added and greeted there, not by DM', async () => {
    session = await sessionWith('Sunrise 10k', [carol]);
    const [create] = threadCreates();
    // The payload as Discord got it (the closing note quotes one).
    console.log(`thread create payload: ${JSON.stringify(create!.body)}`);
    expect(create!.body).toEqual({ name: 'Sunrise 10k', type: 12, invitable: false, auto_archive_duration: 10080 });
    thread = await threadOf(session);
    expect(thread.parentId).toBe(sessionsChannel());
    expect([...thread.members].sort()).toEqual([w.fake.applicationId, host.user.id, carol.user.id].sort());
    expect(w.fake.requests('PUT', `/channels/${thread.id}/thread-members/`).map((r) => r.status)).toEqual([204, 204]);

    const [opened] = said(thread);
    expect(opened).toContain('The chat of **Sunrise 10k**');
    expect(opened).toContain(`<@${host.user.id}>`);
    expect(opened).toContain(`<@${carol.user.id}>`);
    // Only the members named are notified: nobody else, no roles, no @everyone.
    const post = w.fake.requests('POST', `/channels/${thread.id}/messages`)[0]!.body as { allowed_mentions: { parse: string[]; users: string[] } };
    expect(post.allowed_mentions.parse).toEqual([]);
    expect(post.allowed_mentions.users.sort()).toEqual([host.user.id, carol.user.id].sort());
    // The thread is their chat's home: no "Chat open" DM for either.
    expect(chatOpenDms(carol)).toEqual([]);
    expect(chatOpenDms(host)).toEqual([]);
    expect(w.errors()).toEqual([]);
  });

  it('GIVEN the thread WHEN a second person gets a seat and then leaves THEN they are added and taken out, and the thread says so; nobody is DMed about it', async () => {
    const carolsDms = w.fake.dms(carol.user).length;
    await w.click(w.fake.member(dora.user, w.guild, { channel: 'sessions' }), announcements().find((m) => messageText(m).includes('Sunrise 10k'))!, 'Request to join');
    await w.click(host.dm, w.lastDm(host), 'Accept');
    expect(thread.members.has(dora.user.id)).toBe(true);
    expect(said(thread).at(-1)).toBe(`**Dora** has a seat now and joins the chat. <@${dora.user.id}>`);
    expect(chatOpenDms(dora)).toEqual([]);

    await w.slash(dora.dm, 'leave', { session: session.id });
    expect(thread.members.has(dora.user.id)).toBe(false);
    expect(w.fake.requests('DELETE', `/channels/${thread.id}/thread-members/${dora.user.id}`).map((r) => r.status)).toEqual([204]);
    expect(said(thread).at(-1)).toBe('**Dora** gave up their seat and left the chat.');
    expect(w.fake.dms(carol.user)).toHaveLength(carolsDms);
  });

  it('GIVEN the thread WHEN a participant writes with /session-chat THEN it is posted in the thread under their name, not DMed to the host', async () => {
    const hostsDms = w.fake.dms(host.user).length;
    const sent = await w.slash(carol.dm, 'session-chat', { session: session.id, message: 'Meet at the north gate?' });
    expect(w.text(sent)).toContain('Sent to the chat of **Sunrise 10k**');
    expect(said(thread).at(-1)).toBe('**Carol**: Meet at the north gate?');
    expect(w.fake.dms(host.user)).toHaveLength(hostsDms);
  });

  it('GIVEN the thread WHEN the hour-before reminder runs THEN the thread hears it too', async () => {
    w.advance(session.startsAt.getTime() - 60 * 60_000 - w.now.getTime());
    await scheduler.run(JOB.sessionReminder, { sessionId: session.id, lead: 60 });
    expect(said(thread).at(-1)).toMatch(/^Reminder: \*\*Sunrise 10k\*\* starts <t:\d+:F>\.$/);
  });

  it('GIVEN the session ended WHEN a day has passed THEN the thread is locked and archived; Discord then refuses posts in it (50083)', async () => {
    w.advance(session.startsAt.getTime() + (session.durationMinutes + 15) * 60_000 - w.now.getTime());
    await scheduler.run(JOB.sessionComplete, { sessionId: session.id });
    expect(thread.locked).toBe(false);
    w.advance(24 * 60 * 60_000);
    await scheduler.run(JOB.sessionComplete, { sessionId: session.id });
    expect(thread.bodies.at(-1)).toEqual({ locked: true, archived: true });
    expect([thread.locked, thread.archived]).toEqual([true, true]);
    expect(said(thread).at(-1)).toContain('this chat is closed now');

    const refused = await fetch(`${w.fake.apiUrl}/v10/channels/${thread.id}/messages`, {
      method: 'POST',
      headers: { authorization: `Bot ${w.fake.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ content: 'too late' }),
    });
    expect([refused.status, ((await refused.json()) as { code: number }).code]).toEqual([400, 50083]);
    expect(w.errors()).toEqual([]);
  });
});

describe('Discord: session chats where the bot may not make private threads', () => {
  it('GIVEN the bot lost its thread permissions WHEN two sessions get their first seat THEN no thread is asked for, the chat is relayed by DM as before, and the moderator is told once how to grant them', async () => {
    w.fake.threads.allowThreads(w.guild, false);
    const before = threadCreates().length;
    const first = await sessionWith('Lunch run', [carol]);
    await sessionWith('Evening run', [dora]);
    expect(threadCreates()).toHaveLength(before);
    expect(await w.store.chatPlaces.get(first.id)).toBeNull();
    expect(messageText(chatOpenDms(carol).at(-1)!)).toContain('Lunch run');
    expect(messageText(chatOpenDms(host).at(-1)!)).toContain('Evening run');
    const notices = w.fake.dms(mod.user).filter((m) => messageText(m).includes("Spotter can't open session chats in Berlin Runners"));
    expect(notices).toHaveLength(1);
    expect(messageText(notices[0]!)).toContain('Create Private Threads');
    expect(w.fake.world.requests.filter((r) => r.status === 403)).toEqual([]);

    // Granted again: the next session's chat gets its thread.
    w.fake.threads.allowThreads(w.guild, true);
    const again = await sessionWith('Night run', [carol]);
    expect(await threadOf(again)).toBeDefined();
  });
});
