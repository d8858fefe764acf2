import { afterEach, describe, expect, it } from 'vitest';
import { botMembership, forum } from '../../fakes/telegram/index.js';
import { type TelegramWorld, TelegramWorld as World, textsTo } from './world.js';

let world: TelegramWorld;
afterEach(async () => world?.stop());

/** A forum supergroup in Tokyo where Hana hosts and Joe is a member; `topics`: the bot may manage topics. */
async function tokyoForum(topics: boolean) {
  world = await World.create();
  const runners = forum(-1001234611, 'Shibuya Runners');
  const hana = await world.telegramUser(7311, 'Hana').ready('Tokyo, JP');
  const joe = await world.telegramUser(7312, 'Joe').ready('Tokyo, JP');
  world.fake.state.setAdmins(runners.id, [hana.user]);
  world.fake.state.topics.allow(runners.id, topics);
  await world.fake.deliver(botMembership(world.fake.bot, runners, hana.user, 'left', 'administrator'));
  await hana.says('/session_create activity: running when: tomorrow 7am place: Tokyo, JP capacity: 3 title: Sunrise 10k', runners);
  const session = (await world.store.sessions.listForPerson((await hana.profile()).id, ['open', 'full'], world.now))[0]!;
  return { runners, hana, joe, session };
}

describe('Telegram session topics: times in the group zone, refusals in Telegram words', () => {
  it('GIVEN a forum in Tokyo (UTC+9) WHEN a session topic opens THEN its time is written in Tokyo time, with the zone named as the announcement names it', async () => {
    const { runners, hana, joe, session } = await tokyoForum(true);
    expect(session.timeZone).toBe('Asia/Tokyo');
    await joe.says(`/join ${session.id}`);
    await hana.press('Accept');
    const [topic] = world.fake.state.topics.inChat(runners.id);
    const opened = world.fake.state.messagesIn(runners.id).find((m) => m.message_thread_id === topic!.id)!.text!;
    const announcement = world.fake.state.messagesIn(runners.id).find((m) => m.message_thread_id === undefined && (m.text ?? '').includes('Sunrise 10k'))!.text!;
    // 07:00 where the session is, not 22:00 UTC; the zone named as the announcement names it.
    const when = /\(([^()]{1,60}07:00 \([^()]{1,20}\))\)/;
    const inTopic = when.exec(opened)?.[1];
    expect(inTopic).toBeDefined();
    expect(announcement).toContain(inTopic!);
    expect(inTopic).not.toMatch(/UTC/);
  });

  it('GIVEN a forum where the bot may not manage topics WHEN a first seat is taken THEN the admin is told of Telegram\'s "Manage Topics" right, not Discord\'s permissions', async () => {
    const { hana, joe, session } = await tokyoForum(false);
    await joe.says(`/join ${session.id}`);
    const accepted = await hana.press('Accept');
    const notice = textsTo(accepted, hana.id).find((t) => t.includes("Spotter can't open session chats in Shibuya Runners"));
    expect(notice).toBeDefined();
    expect(notice).toContain('"Manage Topics"');
    expect(notice).not.toMatch(/Private Threads|Manage Threads|Server Settings/);
  });
});
