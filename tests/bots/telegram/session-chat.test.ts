import { afterEach, describe, expect, it } from 'vitest';
import { botMembership } from '../../fakes/telegram/index.js';
import { COORDINATE, type TelegramWorld, TelegramWorld as World, textsTo } from './world.js';

let world: TelegramWorld;
afterEach(async () => world?.stop());

describe('Telegram: the chat of a session in a plain group, relayed through private chats', () => {
  it('GIVEN a session announced in a group and a seated member WHEN he types "/session_chat 1 see you there" THEN the host gets it privately, and her swipe-reply reaches him as an answer', async () => {
    world = await World.create();
    const runners = world.group(-1001234511, 'Kreuzberg Runners');
    const hana = await world.telegramUser(7101, 'Hana').ready('Berlin, DE');
    const joe = await world.telegramUser(7102, 'Joe').ready('Berlin, DE');
    world.fake.state.setAdmins(runners.id, [hana.user]);
    await world.fake.deliver(botMembership(world.fake.bot, runners, hana.user, 'left', 'member'));
    await hana.says('/session_create activity: running when: tomorrow 7am place: Berlin, DE capacity: 3 title: Sunrise 10k', runners);
    const session = (await world.store.sessions.listForPerson((await hana.profile()).id, ['open', 'full'], world.now))[0]!;

    await joe.says(`/join ${session.id}`);
    const accepted = await hana.press('Accept');
    // The chat opens with the first seat: both are told, in their private chats only.
    expect(textsTo(accepted, joe.id).join('\n')).toMatch(/Chat open: Sunrise 10k/);
    expect(textsTo(accepted, hana.id).join('\n')).toMatch(/Chat open: Sunrise 10k/);
    expect(textsTo(accepted, runners.id).join('\n')).not.toMatch(/Chat open/);

    await joe.says('/my_sessions');
    const sent = await joe.says('/session_chat 1 see you there');
    expect(textsTo(sent, joe.id).join()).toMatch(/Sent to the chat of <b>Sunrise 10k<\/b>/);
    const relayed = hana.inbox().at(-1)!;
    expect(relayed.text).toMatch(/Joe in Sunrise 10k/);
    expect(relayed.text).toMatch(/see you there/);
    expect(relayed.reply_markup?.inline_keyboard?.flat().map((b) => b.text)).toEqual(['Reply', 'Report', 'Block']);
    // Nothing of the chat is said in the group.
    expect(textsTo(sent, runners.id)).toEqual([]);

    const answer = await hana.repliesTo(relayed, 'Great, north gate');
    const got = textsTo(answer, joe.id).join('\n');
    expect(got).toMatch(/Great, north gate/);
    expect(got).toMatch(/see you there/);
    expect(got).not.toMatch(COORDINATE);
  });
});
