import { afterEach, describe, expect, it } from 'vitest';
import { userKey } from '../../../src/domain/platform.js';
import { COORDINATE, type TelegramWorld, TelegramWorld as World, textsTo } from './world.js';

let world: TelegramWorld;
afterEach(async () => world?.stop());

describe('Telegram ↔ Discord: /plan between buddies on two platforms', () => {
  it('GIVEN Tanja on Telegram in Berlin and her buddy Dana on Discord in Lisbon, both free on weekday evenings WHEN Tanja plans and Dana picks a time THEN a private session exists that each sees in /my-sessions in their own zone', async () => {
    world = await World.create();
    const tanja = await world.telegramUser(6201, 'Tanja').ready('Berlin, DE');
    const dana = await world.discordUser('80351110224678999', 'Dana').ready('Lisbon, PT');
    const danaId = (await world.store.people.findByIdentity(userKey('discord', dana.id)))!.id;
    await tanja.says('/set_availability weekday evenings');
    expect((await dana.run('set-availability', 'weekday evenings')).outcome).toBe('ok');
    // Buddies first: Tanja asks, Dana accepts on Discord.
    await tanja.says(`/connect ${danaId}`);
    expect((await dana.press(dana.inbox().at(-1)!, 'Accept')).outcome).toBe('ok');

    // WHEN Tanja asks for times: evenings overlap from 18:00 Berlin (17:00 Lisbon) to 21:00 Berlin.
    const planned = await tanja.says(`/plan ${danaId}`);
    expect(textsTo(planned, tanja.id).join()).toMatch(/best times this week for Running with <b>Dana<\/b>/);
    const offered = await tanja.press('Mon 23 Nov, 18:00–19:00');
    expect(textsTo(offered, tanja.id).join()).toMatch(/Sent to Dana\./);

    // Dana's proposal reads in Lisbon time, in her Discord inbox.
    const proposal = dana.inbox().at(-1)!;
    expect(proposal.title).toBe('Tanja wants to train with you');
    expect(proposal.zone).toBe('Europe/Lisbon');
    expect((proposal.buttons ?? []).flat().map((b) => b.label)).toEqual(['Mon 23 Nov, 17:00–18:00', 'Propose another time']);
    const told = world.fake.mark();
    const picked = await dana.press(proposal, 'Mon 23 Nov, 17:00–18:00');
    expect(picked.outcome).toBe('ok');
    expect(picked.replies.map((r) => r.text).join()).toMatch(/You and \*\*Tanja\*\* are training together/);
    await world.fake.waitFor((c) => c.method === 'sendMessage' && String(c.params.chat_id) === tanja.id && /Session planned/.test(String(c.params.text)), { after: told });

    // THEN the private session: hosted by Tanja, Dana seated, nowhere public.
    const [session] = (await world.store.sessions.listForPerson((await tanja.profile()).id, ['open', 'full'], world.now)).filter((s) => s.visibility === 'private');
    expect(session).toMatchObject({ startsAt: new Date('2026-11-23T17:00:00Z'), participants: [danaId], communityId: null, capacity: 1 });

    // Tanja sees it on Telegram at 18:00 her time; Dana's Discord reply carries the instant for Discord to show in her zone.
    const mine = await tanja.says('/my_sessions');
    const tanjaSees = textsTo(mine, tanja.id).join('\n');
    expect(tanjaSees).toMatch(/Running/);
    expect(tanjaSees).toMatch(/18:00/);
    expect(tanjaSees).not.toMatch(/17:00/);
    const hers = await dana.run('my-sessions');
    const danaSees = hers.replies.map((r) => [r.text, ...(r.fields ?? []).map((f) => f.value)].join('\n')).join('\n');
    expect(danaSees).toContain(`<t:${session!.startsAt.getTime() / 1000}:`);
    expect(hers.replies.every((r) => r.zone === 'Europe/Lisbon')).toBe(true);
    for (const text of world.everythingSent()) expect(text).not.toMatch(COORDINATE);
  });
});
