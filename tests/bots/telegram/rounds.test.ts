import { afterEach, describe, expect, it } from 'vitest';
import { userKey } from '../../../src/domain/platform.js';
import { botMembership } from '../../fakes/telegram/index.js';
import { COORDINATE, type TelegramWorld, TelegramWorld as World, telegramCommunity, textsTo } from './world.js';

let world: TelegramWorld;
afterEach(async () => world?.stop());

describe('Telegram + Discord: a pairing round', () => {
  it('GIVEN a group with rounds and one member on each platform WHEN the round runs THEN each gets the intro on their own platform, with a "Find a time" button naming the other', async () => {
    world = await World.create();
    const runners = world.group(-1001234600, 'Kreuzberg Runners');
    const hana = await world.telegramUser(7101, 'Hana').ready('Berlin, DE');
    const dana = await world.discordUser('80351110224678999', 'Dana').ready('Berlin, DE');
    world.fake.state.setAdmins(runners.id, [hana.user]);
    await world.fake.deliver(botMembership(world.fake.bot, runners, hana.user, 'left', 'member'));

    // Hana, an admin of the group, sets up Monday rounds and joins them, in the group.
    const setup = await hana.says('/rounds_setup weekday: mon hour: 9 timezone: Europe/Berlin', runners);
    expect(textsTo(setup, hana.id).join()).toMatch(/Pairing rounds are on: Mondays at 09:00 \(Europe\/Berlin\)/);
    const joined = await hana.says('/rounds_join', runners);
    expect(textsTo(joined, hana.id).join()).toMatch(/You're in!/);

    // Dana's profile lives on Discord (where Spotter reaches her); she is a member of the group's rounds too.
    const community = (await world.store.communities.getByKey(telegramCommunity(runners)))!;
    const danaProfile = (await world.store.people.findByIdentity(userKey('discord', dana.id)))!;
    await world.store.rounds.join(community.id, danaProfile.id, world.now);

    // WHEN the round job runs (here: the core's round, as the job calls it).
    const round = world.fake.mark();
    const held = await world.core.rounds.run(community.id);
    expect(held?.groups).toHaveLength(1);
    await world.fake.waitFor((c) => c.method === 'sendMessage' && String(c.params.chat_id) === hana.id, { after: round });

    // THEN Hana hears on Telegram, in her private chat, with the reasons and a button for Dana.
    const intro = hana.inbox().at(-1)!;
    expect(intro.text).toMatch(/Your training buddy this week \(Kreuzberg Runners\)/);
    expect(intro.text).toMatch(/Dana/);
    expect(intro.text).toMatch(/both run/);
    expect(intro.reply_markup?.inline_keyboard?.flat().map((b) => b.text)).toEqual(['Find a time with Dana']);

    // AND Dana hears on Discord, with a button for Hana.
    const danaIntro = dana.inbox().at(-1)!;
    expect(danaIntro.title).toMatch(/Your training buddy this week/);
    expect(danaIntro.text).toMatch(/Hana/);
    expect((danaIntro.buttons ?? []).flat().map((b) => b.label)).toEqual(['Find a time with Hana']);
    for (const text of world.everythingSent()) expect(text).not.toMatch(COORDINATE);
  });
});
