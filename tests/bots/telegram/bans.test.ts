import { afterEach, describe, expect, it } from 'vitest';
import { type TelegramWorld, TelegramWorld as World, telegramCommunity, textsTo } from './world.js';

let world: TelegramWorld;
afterEach(async () => world?.stop());

const BANNED = /You are banned from <b>Morning Crew<\/b>, so you can no longer take part there/;

describe('Telegram: reports pushed to admins, bans that hold', () => {
  it('GIVEN a group whose admin is known WHEN a member reports another and the admin bans him THEN the admin gets the report privately, the banned member is told once and stays banned after /delete_me', async () => {
    world = await World.create();
    const crew = world.group(-1007770001, 'Morning Crew');
    const ada = await world.telegramUser(7401, 'Ada').ready();
    const max = await world.telegramUser(7402, 'Max').ready();
    const ben = await world.telegramUser(7403, 'Ben').ready();
    world.fake.state.setAdmins(crew.id, [ada.user]);
    // Ada uses the bot in the group as its admin: Spotter records her as a moderator there.
    await ada.says('/places', crew);
    await ben.says('/places', crew);
    const community = (await world.store.communities.getByKey(telegramCommunity(crew)))!;
    expect(community.moderators.map((m) => m.personId)).toEqual([(await ada.profile()).id]);

    const benId = (await ben.profile()).id;
    const reported = await max.says(`/report person: ${benId} reason: shouted at people at the track`, crew);
    expect(textsTo(reported, max.id).join()).toMatch(/your report went to the community's moderators/);
    expect(textsTo(reported, crew.id)).toEqual([]);
    const pushed = textsTo(reported, ada.id).join();
    expect(pushed).toMatch(/New report in Morning Crew/);
    expect(pushed).toMatch(/shouted at people at the track/);
    expect(textsTo(reported, ben.id)).toEqual([]);

    const opened = await ada.press('Open report');
    expect(textsTo(opened, ada.id).join()).toMatch(/Report in Morning Crew/);

    const banned = await ada.says(`/ban person: ${benId} reason: shouting`, crew);
    expect(textsTo(banned, ada.id).join()).toMatch(/Banned <b>Ben<\/b>/);
    expect(textsTo(banned, crew.id)).toEqual([]);
    const told = textsTo(banned, ben.id);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatch(/You can no longer take part here/);
    expect(told[0]).not.toMatch(/Ada|shouting/);

    const browsing = await ben.says('/sessions', crew);
    expect(textsTo(browsing, ben.id).join()).toMatch(BANNED);

    // Ben deletes himself and starts over from the same Telegram account.
    await ben.says('/delete_me');
    await ben.press('Yes, delete everything');
    await ben.ready();
    expect((await ben.profile()).id).not.toBe(benId);
    for (const line of ['/sessions', '/match']) {
      const again = await ben.says(line, crew);
      expect(textsTo(again, ben.id).join(), line).toMatch(BANNED);
    }
    const created = await ben.says('/session_create activity: running when: tomorrow 7am place: Berlin, DE', crew);
    expect(textsTo(created, ben.id).join()).toMatch(BANNED);
    expect(world.fake.state.messagesIn(crew.id)).toEqual([]);
  });
});
