import { afterEach, describe, expect, it } from 'vitest';
import { venueMessage } from '../../fakes/telegram/index.js';
import { COORDINATE, type TelegramWorld, TelegramWorld as World } from './world.js';

let world: TelegramWorld;
afterEach(async () => world?.stop());

const keyboardOf = (markup: unknown) => (markup as { keyboard?: { text: string; request_location?: boolean }[][] } | undefined)?.keyboard;

describe('Telegram: a profile set up in the private chat', () => {
  it('GIVEN a new person WHEN they run /setup and answer by typing, pressing and sharing their location THEN the profile is complete and the location keyboard comes and goes', async () => {
    world = await World.create();
    const alice = world.telegramUser(5001, 'Alice');

    const start = await alice.says('/setup');
    expect(alice.lastText()).toMatch(/What do you train/);
    expect(start.calls.filter((c) => c.method === 'sendMessage')).toHaveLength(1);

    await alice.says('running, yoga');
    expect(alice.lastText()).toMatch(/level/i);

    // WHEN the level is chosen with its button, the place question offers the share-location keyboard.
    const place = await alice.press('Intermediate');
    const shareKeyboard = place.calls.find((c) => keyboardOf(c.params.reply_markup));
    expect(keyboardOf(shareKeyboard?.params.reply_markup)?.[0]?.[0]).toEqual({ text: '📍 Share my location', request_location: true });
    expect(place.calls.some((c) => c.method === 'sendMessage' && /Where do you train/.test(String(c.params.text)))).toBe(true);

    // WHEN the location is shared, it answers the place question and the keyboard is removed.
    const shared = await alice.sharesLocation(52.5208, 13.4094);
    expect(shared.calls.some((c) => (c.params.reply_markup as { remove_keyboard?: boolean } | undefined)?.remove_keyboard === true)).toBe(true);
    expect(alice.lastText()).toMatch(/How far will you travel/);

    await alice.says('15');
    await alice.says('weekday evenings, sat morning');
    const done = await alice.press('Skip');
    expect(done.calls.filter((c) => c.status === 200 && c.method === 'sendMessage').map((c) => c.params.text).join('\n')).toMatch(/Profile saved/);

    const p = await alice.profile();
    expect(p.activities).toEqual(['running', 'yoga']);
    expect(p.level).toBe('intermediate');
    expect(p.radiusKm).toBe(15);
    expect(p.area).toMatch(/Berlin/);
    expect(p.timeZone).toBe('Europe/Berlin');
    expect(p.location).not.toBeNull();
    // THEN the finished profile shows the area by name, in HTML, and nothing looks like a coordinate.
    expect(alice.lastText()).toMatch(/Berlin/);
    for (const text of world.everythingSent()) expect(text).not.toMatch(COORDINATE);
  });

  it('GIVEN no open question WHEN a venue is shared THEN it becomes the home area', async () => {
    world = await World.create();
    const bob = world.telegramUser(5002, 'Bob');
    await world.fake.deliver(venueMessage(bob.user, 48.8584, 2.2945, 'Tour Eiffel', 'Champ de Mars, Paris'));
    expect(bob.lastText()).toMatch(/Home area set to <b>.*Paris/);
    expect((await bob.profile()).timeZone).toBe('Europe/Paris');
  });

  it('GIVEN a place name shared by several towns WHEN one is picked from the buttons THEN that one is set', async () => {
    world = await World.create();
    const carol = world.telegramUser(5003, 'Carol');
    await carol.says('/set_location Springfield');
    const question = world.fake.state.lastMessageIn(carol.user.id);
    const options = question.reply_markup?.inline_keyboard?.flat() ?? [];
    expect(options.length).toBeGreaterThan(1);
    // Each option's callback data fits Telegram's 64 bytes.
    for (const b of options) expect(Buffer.byteLength(b.callback_data ?? '')).toBeLessThanOrEqual(64);
    const second = options[1]!;
    await carol.pressOn(question, second.text);
    expect(carol.lastText()).toMatch(/Home area set to/);
    expect((await carol.profile()).area).toBe(second.text);
  });

  it('GIVEN a profile WHEN the person exports their data THEN it arrives as a JSON document (multipart upload) in the private chat', async () => {
    world = await World.create();
    const dan = await world.telegramUser(5004, 'Dan').ready();
    const out = await dan.says('/export');
    const upload = out.calls.find((c) => c.method === 'sendDocument');
    expect(upload?.status).toBe(200);
    expect(upload?.params.caption).toBe('Here is everything Spotter keeps about you.');
    expect(upload?.files[0]?.name).toBe('spotter-my-data.json');
    expect(JSON.parse(upload!.files[0]!.content)).toMatchObject({ profile: { displayName: 'Dan', activities: ['running'] } });
  });
});
