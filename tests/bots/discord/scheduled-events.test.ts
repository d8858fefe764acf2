import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ALL_JOBS, JOB } from '../../../jobs/index.js';
import { DeliveryRegistry } from '../../../src/delivery/platforms.js';
import { communityKey } from '../../../src/domain/platform.js';
import type { WorkoutSession } from '../../../src/domain/session.js';
import { silentLogger } from '../../../src/logger.js';
import { createScheduler, type Scheduler } from '../../../src/scheduler/index.js';
import { EVENT_STATUS, type FakeMessage, type FakeScheduledEvent, messageText } from '../../fakes/discord/index.js';
import { DiscordWorld, type Person } from './world.js';

let w: DiscordWorld;
let scheduler: Scheduler;
let mod: Person;
let host: Person;
let carol: Person;
let dora: Person;
/** A second host: one person may create 10 sessions a day. */
let hugo: Person;

beforeAll(async () => {
  w = await DiscordWorld.start();
  // The product's jobs, run by hand at the moments the planner would run them.
  const deliveries = new DeliveryRegistry();
  deliveries.register(w.bot.delivery);
  scheduler = createScheduler({ store: w.store, deliveries, clock: () => w.now, log: silentLogger(), jobs: ALL_JOBS });
  scheduler.attach(w.core);
  mod = w.person('Mona', { manageGuild: true });
  host = w.person('Hanna');
  carol = w.person('Carol');
  dora = w.person('Dora');
  hugo = w.person('Hugo');
  for (const p of [host, carol, dora, hugo]) await w.profile(p, { place: 'Berlin, DE' });
  await w.slash(mod.here, 'mod-settings', { 'announce-channel': w.fake.channelId(w.guild, 'sessions') });
});
beforeEach(() => w.isolate());
afterAll(async () => {
  await scheduler?.stop({ timeoutMs: 1_000 });
  await w?.stop();
});

const community = () => communityKey('discord', w.guild.id);
const events = (): FakeScheduledEvent[] => w.fake.events.inGuild(w.guild.id);
const eventCreates = () => w.fake.requests('POST', `/guilds/${w.guild.id}/scheduled-events`);
const announcements = (): FakeMessage[] => w.fake.messagesIn(w.guild, 'sessions');
const field = (m: FakeMessage, name: string) => m.embeds.flatMap((e) => e.fields ?? []).find((f) => f.name === name)?.value;
const sessionOf = async (event: FakeScheduledEvent): Promise<WorkoutSession> => {
  const s = await w.store.sessions.findByEvent(community(), event.id);
  if (!s) throw new Error(`no session has event ${event.id}`);
  return s;
};
const permissionNotices = (p: Person) => w.fake.dms(p.user).filter((m) => messageText(m).includes("Spotter can't create events"));

/** A session created by the host (or `by`) in #general, and the event made with its announcement. */
async function create(options: Record<string, string | number | boolean>, by: Person = host): Promise<FakeScheduledEvent | undefined> {
  const before = new Set(events().map((e) => e.id));
  const created = await w.slash(by.here, 'session-create', { activity: 'running', place: 'Berlin, DE', capacity: 3, ...options });
  expect(w.text(created)).toContain('Session created');
  return events().find((e) => !before.has(e.id));
}

describe('sessions as Discord scheduled events', () => {
  let event: FakeScheduledEvent;

  it('GIVEN an announce channel WHEN a session is created THEN it is announced AND made an external members-only event at the place, with activity, level, seats and how to ask', async () => {
    const made = await create({ when: 'tomorrow 7am', title: 'Sunrise 10k', duration: '1h' });
    expect(made).toBeDefined();
    event = made!;
    const [post] = eventCreates();
    // The payload as Discord got it (the closing note quotes one).
    console.log(`scheduled event create payload: ${JSON.stringify(post!.body)}`);
    const announcement = announcements().at(-1)!;
    expect(post!.body).toEqual({
      name: 'Sunrise 10k',
      description: expect.any(String),
      privacy_level: 2,
      entity_type: 3,
      entity_metadata: { location: field(announcement, 'Where') },
      scheduled_start_time: '2026-11-22T06:00:00Z',
      scheduled_end_time: '2026-11-22T07:00:00Z',
    });
    expect(event.description).toBe(
      'Running with Hanna\nLevel: all levels\nSeats: 3 of 3 seats left\nTo ask for a seat, press "Interested": Spotter sends you a "Request to join" button. Or press the one under the announcement.',
    );
    expect(event.status).toBe(EVENT_STATUS.scheduled);
    // The event's id is kept with the announcement.
    const s = await sessionOf(event);
    expect(s.announcements).toEqual([expect.objectContaining({ messageId: announcement.id, eventId: event.id })]);
    expect(w.errors()).toEqual([]);
  });

  it('GIVEN the event WHEN the host edits the session and a member gets a seat THEN the event follows: new name, one seat fewer', async () => {
    const s = await sessionOf(event);
    await w.slash(host.here, 'session-edit', { session: s.id, title: 'Sunrise 12k' });
    expect(event.name).toBe('Sunrise 12k');

    const carolThere = w.fake.member(carol.user, w.guild, { channel: 'sessions' });
    await w.click(carolThere, announcements().at(-1)!, 'Request to join');
    await w.click(host.dm, w.lastDm(host), 'Accept');
    await w.fake.world.waitFor(() => event.description?.includes('Seats: 2 of 3 seats left'), 20_000, 'the seats on the event');
    expect(event.status).toBe(EVENT_STATUS.scheduled);
    expect(event.bodies.at(-1)).not.toHaveProperty('status');
  });

  it('GIVEN a member who is not in the session WHEN they press "Interested" THEN they get a DM with "Request to join", and pressing it asks the host', async () => {
    expect((w.fake.gateway.intents ?? 0) & (1 << 16)).toBeTruthy(); // GUILD_SCHEDULED_EVENTS
    w.fake.events.interested(dora.user, event);
    const dm = await w.fake.world.waitFor(() => w.fake.dms(dora.user).at(-1), 20_000, "Dora's DM");
    await w.bot.idle();
    expect(messageText(dm)).toContain("You're interested in this session in Berlin Runners");
    expect(messageText(dm)).toContain('Sunrise 12k');

    const asked = await w.click(dora.dm, dm, 'Request to join');
    expect(w.text(asked)).toContain('Request sent');
    expect(messageText(w.lastDm(host))).toMatch(/Dora.*wants to join/s);

    // Pressed off and on again: no second DM (Hugo, pressing after her, is answered: all before is handled).
    const dorasDms = w.fake.dms(dora.user).length;
    w.fake.events.interested(dora.user, event);
    w.fake.events.interested(hugo.user, event);
    await w.fake.world.waitFor(() => w.fake.dms(hugo.user).some((m) => messageText(m).includes('Sunrise 12k')), 20_000, "Hugo's interest DM");
    await w.bot.idle();
    expect(w.fake.dms(dora.user)).toHaveLength(dorasDms);
  });

  it('GIVEN the event WHEN the session starts and then ends THEN it goes ACTIVE, then COMPLETED', async () => {
    const s = await sessionOf(event);
    w.advance(s.startsAt.getTime() - w.now.getTime());
    await scheduler.run(JOB.requestExpiry, { sessionId: s.id });
    expect(event.status).toBe(EVENT_STATUS.active);

    w.advance((s.durationMinutes + 15) * 60_000);
    await scheduler.run(JOB.sessionComplete, { sessionId: s.id });
    expect(event.statuses).toEqual([EVENT_STATUS.scheduled, EVENT_STATUS.active, EVENT_STATUS.completed]);
    expect(w.errors()).toEqual([]);
  });

  it('GIVEN a session under way WHEN its host calls it off THEN its event, which Discord can no longer cancel, is ended', async () => {
    const started = (await create({ when: 'tomorrow 5pm', title: 'Cut short' }))!;
    const s = await sessionOf(started);
    w.advance(s.startsAt.getTime() - w.now.getTime() + 5 * 60_000);
    await scheduler.run(JOB.requestExpiry, { sessionId: s.id });
    await w.slash(host.here, 'session-cancel', { session: s.id, reason: 'injury' });
    expect(started.statuses).toEqual([EVENT_STATUS.scheduled, EVENT_STATUS.active, EVENT_STATUS.completed]);
    expect(w.fake.world.requests.filter((r) => r.path.includes('/scheduled-events') && r.status >= 400)).toEqual([]);
  });

  it('GIVEN the host WHEN they press "Interested" on their own session THEN they are sent nothing', async () => {
    const mine = (await create({ when: 'next friday 7am', title: 'Own one' }))!;
    const before = [w.fake.dms(host.user).length, w.fake.dms(dora.user).length];
    w.fake.events.interested(host.user, mine);
    // A member the gateway tells about afterwards: everything before it has been handled.
    w.fake.events.interested(carol.user, mine);
    await w.fake.world.waitFor(() => w.fake.dms(carol.user).some((m) => messageText(m).includes('Own one')), 20_000, "Carol's DM");
    await w.bot.idle();
    expect([w.fake.dms(host.user).length, w.fake.dms(dora.user).length]).toEqual(before);
  });

  it('GIVEN events WHEN the host cancels one session and a moderator removes another THEN both events are CANCELED', async () => {
    const cancelled = (await create({ when: 'tomorrow 6pm', title: 'Evening jog' }))!;
    await w.slash(host.here, 'session-cancel', { session: (await sessionOf(cancelled)).id, reason: 'rain' });
    expect(cancelled.statuses).toEqual([EVENT_STATUS.scheduled, EVENT_STATUS.canceled]);

    const removed = (await create({ when: 'tomorrow 8pm', title: 'Night run' }))!;
    await w.slash(mod.here, 'session-remove', { session: (await sessionOf(removed)).id, reason: 'duplicate' });
    expect(removed.statuses).toEqual([EVENT_STATUS.scheduled, EVENT_STATUS.canceled]);
  });

  it('GIVEN a weekly session WHEN announced, run and ended THEN one recurring event carries the series: weekly on its weekday, moved on by Discord to the next occurrence, which then speaks for it', async () => {
    const series = (await create({ when: 'tuesday 7am', title: 'Tuesday tempo', weekly: true }))!;
    const body = eventCreates().at(-1)!.body as Record<string, unknown>;
    expect(body.recurrence_rule).toEqual({ start: body.scheduled_start_time, frequency: 2, interval: 1, by_weekday: [1] });
    expect(series.recurrence_rule).toMatchObject({ frequency: 2, interval: 1, by_weekday: [1] });

    // It starts: the next occurrence is made and announced, carrying the same event; this one goes ACTIVE.
    const first = await sessionOf(series);
    const creates = eventCreates().length;
    w.advance(first.startsAt.getTime() - w.now.getTime());
    await scheduler.run(JOB.nextOccurrence, { sessionId: first.id });
    await scheduler.run(JOB.requestExpiry, { sessionId: first.id });
    expect(eventCreates()).toHaveLength(creates);
    const next = (await w.store.sessions.listForPerson(first.hostId, ['open'], first.startsAt)).find((x) => x.seriesId === first.seriesId && x.id !== first.id)!;
    expect(next.announcements).toEqual([expect.objectContaining({ eventId: series.id })]);
    expect(series.status).toBe(EVENT_STATUS.active);

    // It ends: Discord moves the recurring event on a week; the next occurrence refreshes it.
    w.advance((first.durationMinutes + 15) * 60_000);
    const bodies = series.bodies.length;
    await scheduler.run(JOB.sessionComplete, { sessionId: first.id });
    expect(series.statuses).toEqual([EVENT_STATUS.scheduled, EVENT_STATUS.active, EVENT_STATUS.completed, EVENT_STATUS.scheduled]);
    expect(Date.parse(series.scheduled_start_time)).toBe(next.startsAt.getTime());
    expect(series.bodies.slice(bodies).at(-1)).toMatchObject({ name: 'Tuesday tempo', description: expect.stringContaining('3 of 3 seats left') });
    expect(series.bodies.slice(bodies).at(-1)).not.toHaveProperty('status');
    expect(events().filter((e) => e.name === 'Tuesday tempo')).toHaveLength(1);

    // Calling off the next occurrence ends the series (Spotter makes no more after a cancelled one).
    await w.slash(host.here, 'session-cancel', { session: next.id, reason: 'holiday' });
    expect(series.status).toBe(EVENT_STATUS.canceled);
    expect(w.fake.world.requests.filter((r) => r.path.includes('/scheduled-events') && r.status >= 400)).toEqual([]);
  });

  it('GIVEN the bot lost Create and Manage Events WHEN sessions are announced THEN they are posted without events, and the moderators are told once; granted and lost again, told again', async () => {
    const invalidBefore = w.fake.world.invalidRequests;
    const createsBefore = eventCreates().length;
    w.fake.events.allowEvents(w.guild, false);

    const postsBefore = announcements().length;
    expect(await create({ when: 'tomorrow 9am', title: 'No event 1' }, hugo)).toBeUndefined();
    expect(await create({ when: 'tomorrow 10am', title: 'No event 2' }, hugo)).toBeUndefined();
    expect(announcements()).toHaveLength(postsBefore + 2);
    expect(eventCreates()).toHaveLength(createsBefore);
    // Checked from the cached permissions: Discord saw no refused request.
    expect(w.fake.world.invalidRequests).toBe(invalidBefore);
    const [notice] = permissionNotices(mod);
    expect(permissionNotices(mod)).toHaveLength(1);
    expect(messageText(notice!)).toContain('Server Settings → Roles');

    w.fake.events.allowEvents(w.guild, true);
    expect(await create({ when: 'tomorrow 11am', title: 'Event again' }, hugo)).toBeDefined();
    w.fake.events.allowEvents(w.guild, false);
    expect(await create({ when: 'tomorrow 12pm', title: 'No event 3' }, hugo)).toBeUndefined();
    expect(permissionNotices(mod)).toHaveLength(2);
    w.fake.events.allowEvents(w.guild, true);
  });

  it('GIVEN a German-speaking community WHEN a session is announced THEN its event speaks German', async () => {
    await w.slash(mod.here, 'mod-settings', { language: 'de' });
    try {
      const german = (await create({ when: 'tomorrow 4pm', title: 'Lauftreff' }, hugo))!;
      expect(german.description).toBe(
        'Laufen mit Hugo\nLevel: alle Level\nPlätze: 3 von 3 Plätzen frei\nUm einen Platz zu bitten, tippe auf „Interessiert“: Spotter schickt dir einen Knopf „Teilnahme anfragen“. Oder nutze den unter der Ankündigung.',
      );
    } finally {
      await w.slash(mod.here, 'mod-settings', { language: 'auto' });
    }
  });

  it('GIVEN a moderator turns events off WHEN a session is announced THEN no event is made; /mod-settings shows it', async () => {
    const off = await w.slash(mod.here, 'mod-settings', { events: 'off' });
    expect(w.text(off)).toMatch(/Server events\s*off/);
    // The settings say how to change it back.
    expect(w.text(await w.slash(mod.here, 'mod-settings'))).toContain('events: on|off');
    const createsBefore = eventCreates().length;
    expect(await create({ when: 'tomorrow 3pm', title: 'Quiet one' }, hugo)).toBeUndefined();
    expect(eventCreates()).toHaveLength(createsBefore);
    expect(announcements().at(-1) && messageText(announcements().at(-1)!)).toContain('Quiet one');
    await w.slash(mod.here, 'mod-settings', { events: 'on' });
    expect(w.errors()).toEqual([]);
  });
});
