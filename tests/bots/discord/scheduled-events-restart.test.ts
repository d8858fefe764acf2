import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeScheduledEvent, messageText } from '../../fakes/discord/index.js';
import { DiscordWorld, type Person } from './world.js';

/**
 * What Spotter promises to say once about scheduled events (one "Interested" DM per member and
 * session; one notice to the moderators while the bot may not make events) is kept in the store,
 * so a restart of the app, with nothing left in its memory, does not say it again.
 */
let w: DiscordWorld;
let mod: Person;
let host: Person;
let dora: Person;
let erik: Person;

beforeAll(async () => {
  w = await DiscordWorld.start();
  mod = w.person('Mona', { manageGuild: true });
  host = w.person('Hanna');
  dora = w.person('Dora');
  erik = w.person('Erik');
  for (const p of [host, dora]) await w.profile(p, { place: 'Berlin, DE' });
  await w.slash(mod.here, 'mod-settings', { 'announce-channel': w.fake.channelId(w.guild, 'sessions') });
});
beforeEach(() => w.isolate());
afterAll(async () => {
  await w?.stop();
});

const events = (): FakeScheduledEvent[] => w.fake.events.inGuild(w.guild.id);
const interestDms = (p: Person, title: string) => w.fake.dms(p.user).filter((m) => messageText(m).includes(title) && messageText(m).includes("You're interested"));
const permissionNotices = (p: Person) => w.fake.dms(p.user).filter((m) => messageText(m).includes("Spotter can't create events"));

async function create(when: string, title: string): Promise<FakeScheduledEvent | undefined> {
  const before = new Set(events().map((e) => e.id));
  const created = await w.slash(host.here, 'session-create', { activity: 'running', place: 'Berlin, DE', capacity: 3, when, title });
  expect(w.text(created)).toContain('Session created');
  return events().find((e) => !before.has(e.id));
}

/** Presses "Interested" and waits until the bot has handled it (a DM, or a later member's DM). */
async function interested(p: Person, event: FakeScheduledEvent, witness: Person, title: string): Promise<void> {
  w.fake.events.interested(p.user, event);
  // Discord tells the bot in order: once a later member's DM is there, this press was handled.
  const had = interestDms(witness, title).length;
  w.fake.events.interested(witness.user, event);
  await w.fake.world.waitFor(() => interestDms(witness, title).length > had || undefined, 20_000, `${witness.user.username}'s interest DM`);
  await w.bot.idle();
}

describe('scheduled events: told once, across a restart', () => {
  it('GIVEN Dora was sent the "Interested" DM WHEN the app restarts and she presses "Interested" again THEN she gets no second DM, while a member new to it still does', async () => {
    const event = (await create('tomorrow 7am', 'Restart run'))!;
    w.fake.events.interested(dora.user, event);
    await w.fake.world.waitFor(() => interestDms(dora, 'Restart run')[0], 20_000, "Dora's DM");
    await w.bot.idle();

    w = await w.restart();
    // A restart changes nothing: the press after it is answered by the new process (Erik's DM).
    await interested(dora, event, erik, 'Restart run');
    expect(interestDms(dora, 'Restart run')).toHaveLength(1);
    expect(interestDms(erik, 'Restart run')).toHaveLength(1);
    expect(w.errors()).toEqual([]);
  });

  it('GIVEN a DM that did not reach Erik (DMs closed) WHEN he opens them and presses "Interested" again THEN this time he gets it: only a delivered DM counts', async () => {
    const event = (await create('tomorrow 8am', 'Second try'))!;
    w.fake.closeDms(erik.user);
    await interested(erik, event, dora, 'Second try');
    expect(interestDms(erik, 'Second try')).toHaveLength(0);

    w.fake.openDms(erik.user);
    w.fake.events.interested(erik.user, event);
    await w.fake.world.waitFor(() => interestDms(erik, 'Second try')[0], 20_000, "Erik's DM");
    await w.bot.idle();
    expect(interestDms(erik, 'Second try')).toHaveLength(1);
  });

  it('GIVEN the moderators were told the bot may not make events WHEN the app restarts and another session is announced without the permission THEN they are not told again', async () => {
    w.fake.events.allowEvents(w.guild, false);
    try {
      expect(await create('tomorrow 9am', 'No event before')).toBeUndefined();
      expect(permissionNotices(mod)).toHaveLength(1);

      w = await w.restart();
      expect(await create('tomorrow 10am', 'No event after')).toBeUndefined();
      expect(w.fake.messagesIn(w.guild, 'sessions').some((m) => messageText(m).includes('No event after'))).toBe(true);
      expect(permissionNotices(mod)).toHaveLength(1);
    } finally {
      w.fake.events.allowEvents(w.guild, true);
    }
  });
});
