import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ALL_JOBS, JOB } from '../../../jobs/index.js';
import { DeliveryRegistry } from '../../../src/delivery/platforms.js';
import { userKey } from '../../../src/domain/platform.js';
import type { WorkoutSession } from '../../../src/domain/session.js';
import { silentLogger } from '../../../src/logger.js';
import { createScheduler, type Scheduler } from '../../../src/scheduler/index.js';
import { allComponents, type FakeMessage, messageText } from '../../fakes/discord/index.js';
import { type ApiCall, type Delivery, callbackQuery, person, type TgMessage, textMessage } from '../../fakes/telegram/index.js';
import { DiscordWorld, type Person } from './world.js';

/**
 * "I'm here" and "Running late" (#14 point 4) as people meet them: under the reminder the
 * scheduler sends an hour before, in a Discord DM and in a Telegram private chat, for a session
 * hosted on Discord with one participant on each platform. Both fakes are driven through the real
 * clients (discord.js, telegraf); one store and one core serve both, as in production.
 */
let w: DiscordWorld;
let scheduler: Scheduler;
let hanna: Person;
let dora: Person;
const tom = person(7301, 'Tom', { language_code: 'en' });
let s: WorkoutSession;

const MINUTE = 60_000;
/** An action id as buttons carry it on both platforms: random, nothing readable in it. */
const ACTION_ID = /^[A-Za-z0-9_-]{16}$/;

beforeAll(async () => {
  w = await DiscordWorld.start({ telegram: true });
  const deliveries = new DeliveryRegistry();
  deliveries.register(w.bot.delivery);
  deliveries.register(tg().adapter.delivery);
  // The product's reminder job, run by hand at the moment the planner would run it.
  scheduler = createScheduler({ store: w.store, deliveries, clock: () => w.now, log: silentLogger(), jobs: ALL_JOBS });
  scheduler.attach(w.core);
  hanna = w.person('Hanna');
  dora = w.person('Dora');
  for (const p of [hanna, dora]) await w.profile(p, { place: 'Berlin, DE' });
  for (const line of ['/set_location Berlin, DE', '/set_activities running', '/set_level intermediate']) await tomSays(line);

  const created = await w.slash(hanna.here, 'session-create', { activity: 'running', when: 'tomorrow 7am', place: 'Berlin, DE', capacity: 4, title: 'Sunrise 5k', duration: '1h' });
  expect(w.text(created)).toContain('Session created');
  const host = (await w.store.people.findByIdentity(userKey('discord', hanna.user.id)))!;
  s = (await w.store.sessions.listForPerson(host.id, ['open'], w.now)).find((x) => x.title === 'Sunrise 5k')!;
  // Dora asks on Discord, Tom on Telegram; Hanna accepts both from her DMs.
  await w.slash(dora.here, 'join', { session: s.id });
  await w.click(hanna.dm, w.lastDm(hanna), 'Accept');
  await tomSays(`/join ${s.id}`);
  await w.click(hanna.dm, w.lastDm(hanna), 'Accept');
  expect((await w.store.sessions.get(s.id))!.participants).toHaveLength(2);

  // An hour before the start the reminder job runs; its messages go out through the outbox.
  w.advance(s.startsAt.getTime() - 60 * MINUTE - w.now.getTime());
  const run = await scheduler.run(JOB.sessionReminder, { sessionId: s.id, lead: 60 });
  expect(run.error).toBeNull();
  await w.delivered();
});
beforeEach(() => w.isolate());
afterAll(async () => {
  await scheduler?.stop({ timeoutMs: 1_000 });
  await w?.stop();
});

function tg() {
  if (!w.telegram) throw new Error('the world runs no Telegram');
  return w.telegram;
}

/** Tom types in his private chat with the bot. */
async function tomSays(text: string): Promise<Delivery> {
  const done = await tg().fake.deliver(textMessage(tom, text));
  await w.bot.idle();
  return done;
}

/** Tom presses a button on one of the bot's messages in his private chat. */
async function tomPresses(message: TgMessage, label: string): Promise<Delivery> {
  const button = message.reply_markup?.inline_keyboard?.flat().find((b) => b.text === label);
  if (!button?.callback_data) throw new Error(`no button "${label}" on message ${message.message_id}`);
  const done = await tg().fake.deliver(callbackQuery(tom, message, button.callback_data));
  await w.bot.idle();
  return done;
}

const tomsChat = (): TgMessage[] => tg().fake.state.messagesIn(tom.id);
const tomsReminder = (): TgMessage => {
  const found = tomsChat().findLast((m) => (m.text ?? '').includes('Reminder: Sunrise 5k'));
  if (!found) throw new Error('Tom has no reminder');
  return found;
};
/** What the bot sent Tom's chat while handling an update. */
const sentToTom = (d: Delivery): ApiCall[] => d.calls.filter((c) => c.status === 200 && /^(send|edit)Message/.test(c.method) && String(c.params.chat_id) === String(tom.id));
const textsToTom = (d: Delivery): string => sentToTom(d).map((c) => String(c.params.text ?? '')).join('\n');
const reminderDm = (p: Person): FakeMessage => {
  const found = w.fake.dms(p.user).findLast((m) => messageText(m).includes('Reminder: Sunrise 5k'));
  if (!found) throw new Error(`${p.user.username} has no reminder`);
  return found;
};
const lateDms = (p: Person, minutes: number) => w.fake.dms(p.user).filter((m) => messageText(m).includes(`running about ${minutes} minutes late`));

describe('"I\'m here" and "Running late" under the reminder, on Discord and Telegram', () => {
  it('GIVEN the reminder an hour before WHEN it arrives THEN on Discord it carries "I\'m here" (green) and "Running late" buttons, on Telegram the same two inline buttons, each an opaque action id', async () => {
    const dm = reminderDm(dora);
    const buttons = allComponents(dm.components).filter((c) => c.type === 2);
    expect(buttons.map((b) => [b.label, b.style])).toEqual([
      ["I'm here", 3],
      ['Running late', 2],
    ]);
    for (const b of buttons) expect(b.custom_id).toMatch(ACTION_ID);
    // The host's reminder has them too: the host checks in and may be late like anyone.
    expect(allComponents(reminderDm(hanna).components).map((c) => c.label)).toEqual(["I'm here", 'Running late']);

    const reminder = tomsReminder();
    const keyboard = reminder.reply_markup?.inline_keyboard ?? [];
    expect(keyboard.map((row) => row.map((b) => b.text))).toEqual([["I'm here", 'Running late']]);
    for (const b of keyboard.flat()) expect(b.callback_data).toMatch(ACTION_ID);
    // Each person's buttons are their own.
    expect(keyboard.flat().map((b) => b.callback_data)).not.toContain(buttons[0]!.custom_id);
    expect(messageText(dm)).not.toMatch(/\d+\.\d{3,}/);
    expect(reminder.text ?? '').not.toMatch(/\d+\.\d{3,}/);
  });

  it('GIVEN half an hour to the start WHEN Dora presses "I\'m here" on Discord and Tom on Telegram THEN both are checked in, and /my-sessions shows it on each platform', async () => {
    w.advance(30 * MINUTE);
    const pressed = await w.click(dora.dm, reminderDm(dora), "I'm here");
    expect(w.text(pressed)).toMatch(/Checked in for \*\*Sunrise 5k\*\*/);
    const mine = await w.slash(dora.here, 'my-sessions');
    expect(w.text(mine)).toMatch(/Sunrise 5k[\s\S]*starts <t:\d+:R> · checked in/);

    const tomPressed = await tomPresses(tomsReminder(), "I'm here");
    expect(textsToTom(tomPressed)).toMatch(/Checked in for <b>Sunrise 5k<\/b>/);
    const tomsList = await tomSays('/my_sessions');
    expect(textsToTom(tomsList)).toMatch(/Sunrise 5k[\s\S]*· checked in/);

    const stored = (await w.store.sessions.get(s.id))!;
    const [doraId, tomId] = await Promise.all([w.store.people.findByIdentity(userKey('discord', dora.user.id)), w.store.people.findByIdentity(userKey('telegram', String(tom.id)))]);
    expect(stored.checkIns.map((c) => [c.personId, c.attended, c.by])).toEqual([
      [doraId!.id, true, 'self'],
      [tomId!.id, true, 'self'],
    ]);
  });

  it('GIVEN Tom on Telegram WHEN he presses "Running late" and picks 10 min THEN Hanna (the Discord host) and Dora get the notice as a Discord DM; a second notice 4 minutes later is refused politely, with when it can go', async () => {
    const asked = await tomPresses(tomsReminder(), 'Running late');
    expect(textsToTom(asked)).toMatch(/How late are you for/);
    const choices = tomsChat().at(-1)!;
    const minutes = choices.reply_markup?.inline_keyboard?.flat() ?? [];
    expect(minutes.map((b) => b.text)).toEqual(['5 min', '10 min', '15 min', '30 min']);
    for (const b of minutes) expect(b.callback_data).toMatch(ACTION_ID);

    const hostBefore = lateDms(hanna, 10).length;
    const told = await tomPresses(choices, '10 min');
    expect(textsToTom(told)).toMatch(/Told the 2 others in <b>Sunrise 5k<\/b>.*about 10 minutes late/s);
    await w.delivered();

    const [toHost] = lateDms(hanna, 10).slice(hostBefore);
    expect(toHost!.embeds[0]!.title).toBe('Running 10 minutes late');
    expect(toHost!.embeds[0]!.description).toMatch(/\*\*Tom\*\* is running about 10 minutes late for your session \*\*Sunrise 5k\*\* \(<t:\d+:F>\)/);
    expect(messageText(lateDms(dora, 10).at(-1)!)).toMatch(/\*\*Tom\*\* is running about 10 minutes late for \*\*Sunrise 5k\*\*/);
    // Nobody is told where Tom is, and he is not told about himself.
    expect(messageText(toHost!)).not.toMatch(/\d+\.\d{3,}/);
    expect(tomsChat().filter((m) => /running about/.test(m.text ?? ''))).toEqual([]);

    // Four minutes on, again: held back, in his language, saying when.
    w.advance(4 * MINUTE);
    await tomPresses(tomsReminder(), 'Running late');
    const again = await tomPresses(tomsChat().at(-1)!, '15 min');
    expect(textsToTom(again)).toMatch(/One late notice per 10 minutes: you can send another in 6 minutes/);
    await w.delivered();
    expect(lateDms(hanna, 15)).toEqual([]);
    expect(lateDms(dora, 15)).toEqual([]);
    expect(w.errors()).toEqual([]);
  });

  it('GIVEN Dora on Discord WHEN she presses "Running late" and picks 5 min THEN Hanna gets it as a Discord DM and Tom in his Telegram chat', async () => {
    const asked = await w.click(dora.dm, reminderDm(dora), 'Running late');
    const choices = w.lastShown(asked);
    const buttons = allComponents(choices.components).filter((c) => c.type === 2);
    expect(buttons.map((b) => b.label)).toEqual(['5 min', '10 min', '15 min', '30 min']);
    for (const b of buttons) expect(b.custom_id).toMatch(ACTION_ID);

    const chatBefore = tomsChat().length;
    const told = await w.click(dora.dm, choices, '5 min');
    expect(w.text(told)).toMatch(/Told the 2 others in \*\*Sunrise 5k\*\*/);
    await w.delivered();
    expect(messageText(lateDms(hanna, 5).at(-1)!)).toMatch(/\*\*Dora\*\* is running about 5 minutes late for your session/);
    const toTom = tomsChat().slice(chatBefore).find((m) => /running about 5 minutes late/.test(m.text ?? ''));
    expect(toTom?.text).toMatch(/Dora<\/b> is running about 5 minutes late for <b>Sunrise 5k<\/b>/);
  });
});
