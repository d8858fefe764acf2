import { afterEach, describe, expect, it } from 'vitest';
import { wasThere } from '../../../src/domain/session.js';
import { type TelegramPerson, type TelegramWorld, TelegramWorld as World } from './world.js';

let world: TelegramWorld;
afterEach(async () => world?.stop());

const MINUTE = 60_000;

const labels = (p: TelegramPerson): string[] =>
  (world.fake.state.lastMessageIn(p.user.id).reply_markup?.inline_keyboard ?? []).flat().map((b) => b.text);

/** Alice hosts a session tomorrow at 7 that Bob joined; the clock stands `minutes` after its start. */
async function sessionUnderWay(minutes: number) {
  world = await World.create();
  const alice = await world.telegramUser(7301, 'Alice').ready('Berlin, DE');
  const bob = await world.telegramUser(7302, 'Bob').ready('Berlin, DE');
  await alice.says('/session_create running tomorrow 7am Berlin 4');
  await bob.says('/sessions');
  await bob.says('/join 1');
  await alice.press('Accept');
  const [s] = await world.store.sessions.listForPerson((await alice.profile()).id, ['open', 'full'], new Date(0));
  world.advance(s!.startsAt.getTime() - world.now.getTime() + minutes * MINUTE);
  return { alice, bob, id: s!.id };
}

describe('Telegram: check-in while a session happens', () => {
  it("GIVEN a session under way WHEN Bob opens /my_sessions THEN it is there, happening now, with I'm here and I missed it; pressing I'm here checks him in", async () => {
    const { bob, id } = await sessionUnderWay(10);
    await bob.says('/my_sessions');
    expect(bob.lastText()).toMatch(/happening now/);
    expect(labels(bob)).toEqual(expect.arrayContaining(["I'm here (1)", 'I missed it (1)']));
    await bob.press("I'm here (1)");
    expect(bob.lastText()).toMatch(/Checked in for <b>Running session<\/b>/);
    const s = await world.store.sessions.get(id);
    expect(wasThere(s!, (await bob.profile()).id)).toBe(true);
  });

  it('GIVEN a session under way WHEN its host, Alice, opens /my_sessions and presses I\'m here THEN she is checked in like any participant', async () => {
    const { alice, id } = await sessionUnderWay(10);
    await alice.says('/my_sessions');
    expect(alice.lastText()).toMatch(/happening now · you host/);
    await alice.press("I'm here (1)");
    expect(alice.lastText()).toMatch(/Checked in for <b>Running session<\/b>/);
    const s = await world.store.sessions.get(id);
    expect(wasThere(s!, (await alice.profile()).id)).toBe(true);
  });

  it('GIVEN a session that ended an hour ago WHEN Bob opens /my_sessions THEN I made it and I missed it are there; I missed it is recorded', async () => {
    const { bob } = await sessionUnderWay(2 * 60);
    await bob.says('/my_sessions');
    expect(labels(bob)).toEqual(expect.arrayContaining(['I made it (1)', 'I missed it (1)']));
    await bob.press('I missed it (1)');
    expect(bob.lastText()).toMatch(/Thanks for saying so about <b>Running session<\/b>/);
    expect((await bob.profile()).attendance).toMatchObject({ attended: 0, missed: 1 });
  });

  it('GIVEN a session under way WHEN Bob writes /checkin yes THEN it is the session happening now', async () => {
    const { bob } = await sessionUnderWay(10);
    await bob.says('/checkin yes');
    expect(bob.lastText()).toMatch(/Checked in for <b>Running session<\/b>/);
  });
});
