import { afterEach, describe, expect, it } from 'vitest';
import { point } from '../../../src/domain/geo.js';
import { basicGroup, botMembership, groupMigration, textMessage } from '../../fakes/telegram/index.js';
import { COORDINATE, type TelegramWorld, TelegramWorld as World, telegramCommunity, textsTo } from './world.js';

let world: TelegramWorld;
afterEach(async () => world?.stop());

describe('Telegram: groups as communities', () => {
  it('GIVEN a group that adds the bot WHEN its admin announces a session THEN a newcomer joins through the deep link, the host accepts, and the announcement is edited', async () => {
    world = await World.create();
    const runners = world.group(-1001234500, 'Kreuzberg Runners');
    const hana = await world.telegramUser(7001, 'Hana').ready('Berlin, DE');
    const joe = world.telegramUser(7002, 'Joe');
    world.fake.state.setAdmins(runners.id, [hana.user]);

    // GIVEN the bot is added to the group: the community is registered and the group welcomed.
    const added = await world.fake.deliver(botMembership(world.fake.bot, runners, hana.user, 'left', 'member'));
    expect(textsTo(added, runners.id).join()).toMatch(/Kreuzberg Runners.*Spotter/s);
    expect(await world.store.communities.getByKey(telegramCommunity(runners))).toMatchObject({ name: 'Kreuzberg Runners' });

    // WHEN Hana creates a session in the group: the confirmation is private, the announcement public.
    const created = await hana.says('/session_create activity: running when: tomorrow 7am place: Berlin, DE capacity: 3', runners);
    expect(textsTo(created, hana.id).join()).toMatch(/Session created/);
    const [announcement] = textsTo(created, runners.id);
    expect(announcement).toMatch(/Running with <b>Hana<\/b>/);
    expect(announcement).toMatch(/3 of 3 seats left/);
    const post = world.fake.state.lastMessageIn(runners.id);
    expect(post.reply_markup?.inline_keyboard?.flat().map((b) => b.text)).toEqual(['Request to join']);

    // WHEN Joe, who has not yet started the bot, presses "Request to join" in the group,
    // THEN the button answers with a deep link to the private chat, and nothing is requested yet.
    world.fake.refuse(joe.id, "Forbidden: bot can't initiate conversation with a user");
    const press = await joe.pressOn(post, 'Request to join');
    const answer = press.calls.find((c) => c.method === 'answerCallbackQuery');
    const link = String(answer?.params.url ?? '');
    expect(link).toMatch(/^https:\/\/t\.me\/spotter_test_bot\?start=[A-Za-z0-9_-]{1,64}$/);
    const session = (await world.store.sessions.listForPerson((await hana.profile()).id, ['open', 'full'], world.now))[0]!;
    expect(await world.store.joinRequests.listForSession(session.id, ['pending'])).toHaveLength(0);

    // WHEN Joe opens the link: Telegram sends "/start <payload>" in the private chat, which presses the same button there.
    world.fake.allow(joe.id);
    const started = await joe.says(`/start ${new URL(link).searchParams.get('start')}`);
    expect(textsTo(started, joe.id).join()).toMatch(/Request sent/);
    const request = textsTo(started, hana.id).join();
    expect(request).toMatch(/Joe/);
    expect(request).not.toMatch(COORDINATE);

    // WHEN Hana accepts from her private chat, Joe is told and the group's announcement shows the seat taken.
    const accepted = await hana.press('Accept');
    expect(textsTo(accepted, hana.id).join()).toMatch(/<b>Joe<\/b> is in/);
    expect(textsTo(accepted, joe.id).join()).toMatch(/Running|in/);
    const edit = accepted.calls.find((c) => c.method === 'editMessageText' && String(c.params.chat_id) === String(runners.id));
    expect(edit?.status).toBe(200);
    expect(Number(edit?.params.message_id)).toBe(post.message_id);
    expect(world.fake.state.lastMessageIn(runners.id).text).toMatch(/2 of 3 seats left/);

    // THEN Joe is seated and reachable: the reminder job can reach him in his private chat.
    const seated = await world.store.sessions.get(session.id);
    expect(seated?.participants).toContain((await joe.profile()).id);
    expect((await joe.profile()).unreachable).toEqual([]);
    expect(await world.adapter.delivery.sendToUser(joe.id, { visibility: 'private', text: `Reminder: ${seated!.title} starts soon.` })).toEqual({ kind: 'sent' });

    // Private content never went to the group: only the welcome and the announcement are there.
    expect(world.fake.state.messagesIn(runners.id)).toHaveLength(2);
    for (const text of world.everythingSent()) expect(text).not.toMatch(COORDINATE);
  });

  it('GIVEN a group member who is not an admin WHEN they run a moderator command THEN it is refused privately, and an admin of the same group gets through', async () => {
    world = await World.create();
    const crew = world.group(-1009876500, 'Morning Crew');
    const ada = await world.telegramUser(7101, 'Ada').ready();
    const max = await world.telegramUser(7102, 'Max').ready();
    world.fake.state.setAdmins(crew.id, [ada.user]);

    const refused = await max.says('/ban person: 1 reason: spam', crew);
    expect(textsTo(refused, max.id).join()).toMatch(/Only moderators of this community can use \/ban/);
    expect(textsTo(refused, crew.id)).toEqual([]);

    const maxId = (await max.profile()).id;
    const allowed = await ada.says(`/ban person: ${maxId} reason: spam`, crew);
    expect(textsTo(allowed, ada.id).join()).toMatch(/Banned <b>Max<\/b>/);
    expect(textsTo(allowed, crew.id)).toEqual([]);
    const community = await world.store.communities.getByKey(telegramCommunity(crew));
    expect(community?.bans.map((b) => b.personId)).toEqual([maxId]);
    // Both commands came within a minute: the admin list was read once.
    expect(world.fake.callsOf('getChatAdministrators')).toHaveLength(1);
  });

  it('GIVEN a person who never started the bot WHEN they run a private command in a group THEN the group gets a button that opens the private chat, not the answer', async () => {
    world = await World.create();
    const crew = world.group(-1005550001, 'Lunch Lifters');
    const zoe = world.telegramUser(7201, 'Zoe');
    world.fake.refuse(zoe.id, "Forbidden: bot can't initiate conversation with a user");

    const out = await world.fake.deliver(textMessage(zoe.user, '/profile@spotter_test_bot', crew));
    const [prompt] = textsTo(out, crew.id);
    expect(prompt).toMatch(/Zoe, I answer that in a private chat/);
    const button = world.fake.state.lastMessageIn(crew.id).reply_markup?.inline_keyboard?.[0]?.[0];
    expect(button?.url).toBe(`https://t.me/spotter_test_bot?start=in_${crew.id}`);

    // Opening it makes the group Zoe's home community for what she does in private.
    world.fake.allow(zoe.id);
    await zoe.says(`/start in_${crew.id}`);
    expect(zoe.lastText()).toMatch(/Welcome to Spotter/);
    const community = await world.store.communities.getByKey(telegramCommunity(crew));
    expect((await zoe.profile()).communities).toContain(community!.id);

    // A command for another bot in the group is not ours.
    const other = await world.fake.deliver(textMessage(zoe.user, '/profile@some_other_bot', crew));
    expect(other.calls.filter((c) => c.method.startsWith('send'))).toEqual([]);
  });

  it('GIVEN a group community with a curated place WHEN the group is upgraded to a supergroup THEN the new chat is the same community and no second one exists', async () => {
    world = await World.create();
    const old = basicGroup(-4001234, 'Park Runners');
    const upgraded = world.group(-1004001234, 'Park Runners');
    const ida = await world.telegramUser(7301, 'Ida').ready();
    world.fake.state.setAdmins(old.id, [ida.user]);
    world.fake.state.setAdmins(upgraded.id, [ida.user]);

    // GIVEN the group's community, announcing in the group itself, with a curated place and a ban.
    await world.fake.deliver(botMembership(world.fake.bot, old, ida.user, 'left', 'member'));
    const before = (await world.store.communities.getByKey(telegramCommunity(old)))!;
    await world.store.communities.updateSettings(before.id, {
      platformSettings: { telegram: { announceChannelId: String(old.id), moderatorRoleId: null } },
      places: [{ name: 'Tempelhofer Feld', point: point(52.4732, 13.4024) }],
    });
    const troll = world.telegramUser(7302, 'Troll');
    await troll.says('/help');
    const trollId = (await troll.profile()).id;
    await ida.says(`/ban person: ${trollId} reason: spam`, old);

    // WHEN the group is upgraded: Telegram posts "migrated to" in the old chat, "migrated from" in the new.
    await world.fake.deliver(...groupMigration(ida.user, old, upgraded));

    // THEN the community now lives under the new chat id, unchanged but for the announce channel.
    expect(await world.store.communities.getByKey(telegramCommunity(old))).toBeNull();
    const after = await world.store.communities.getByKey(telegramCommunity(upgraded));
    expect(after).toMatchObject({ id: before.id, name: 'Park Runners', settings: { platformSettings: { telegram: { announceChannelId: String(upgraded.id) } } } });
    expect(after?.bans.map((b) => b.personId)).toEqual([trollId]);

    // Commands in the new chat see the same community: the curated place is listed.
    const places = await ida.says('/places', upgraded);
    expect(textsTo(places, ida.id).join()).toMatch(/Tempelhofer Feld/);
    expect(await world.store.communities.getByKey(telegramCommunity(upgraded))).toMatchObject({ id: before.id });
    expect(await world.store.communities.getByKey(telegramCommunity(old))).toBeNull();
  });
});
