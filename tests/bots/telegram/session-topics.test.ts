import { afterEach, describe, expect, it } from 'vitest';
import { botMembership, forum } from '../../fakes/telegram/index.js';
import { type TelegramWorld, TelegramWorld as World, textsTo } from './world.js';

let world: TelegramWorld;
afterEach(async () => world?.stop());

/** A forum supergroup where Hana hosts, Joe and Kai are members; `topics`: the bot may manage topics. */
async function forumWorld(topics: boolean) {
  world = await World.create();
  const runners = forum(-1001234599, 'Kreuzberg Runners');
  const hana = await world.telegramUser(7301, 'Hana').ready('Berlin, DE');
  const joe = await world.telegramUser(7302, 'Joe').ready('Berlin, DE');
  const kai = await world.telegramUser(7303, 'Kai').ready('Berlin, DE');
  world.fake.state.setAdmins(runners.id, [hana.user]);
  world.fake.state.topics.allow(runners.id, topics);
  await world.fake.deliver(botMembership(world.fake.bot, runners, hana.user, 'left', 'administrator'));
  await hana.says('/session_create activity: running when: tomorrow 7am place: Berlin, DE capacity: 3 title: Sunrise 10k', runners);
  const session = (await world.store.sessions.listForPerson((await hana.profile()).id, ['open', 'full'], world.now))[0]!;
  return { runners, hana, joe, kai, session };
}

const inTopic = (w: TelegramWorld, chatId: number, topicId: number) =>
  w.fake.state.messagesIn(chatId).filter((m) => m.message_thread_id === topicId).map((m) => m.text ?? '');

describe('Telegram: a topic for every session in a forum supergroup', () => {
  it('GIVEN a session announced in a forum WHEN its first seats are taken and it is called off THEN a topic carries its news without names, the talk stays private, and the topic is closed', async () => {
    const { runners, hana, joe, kai, session } = await forumWorld(true);
    await joe.says(`/join ${session.id}`);
    const accepted = await hana.press('Accept');
    const [create] = world.fake.callsOf('createForumTopic');
    expect(create?.params).toMatchObject({ chat_id: String(runners.id), name: 'Sunrise 10k' });
    const [topic] = world.fake.state.topics.inChat(runners.id);
    expect(inTopic(world, runners.id, topic!.id)[0]).toMatch(/Sunrise 10k.*has its first seat: news of it comes here/s);
    // The conversation stays relayed privately: both are told there, in their own chats.
    expect(textsTo(accepted, joe.id).join('\n')).toMatch(/Chat open: Sunrise 10k/);
    expect(textsTo(accepted, hana.id).join('\n')).toMatch(/Chat open: Sunrise 10k/);

    await kai.says(`/join ${session.id}`);
    await hana.press('Accept');
    expect(inTopic(world, runners.id, topic!.id).at(-1)).toBe('Another seat in <b>Sunrise 10k</b> is taken.');

    await joe.says('/my_sessions');
    await joe.says('/session_chat 1 see you at the gate');
    expect(hana.inbox().at(-1)?.text).toMatch(/see you at the gate/);
    // Nobody's words and nobody's name in the group's topic.
    const said = inTopic(world, runners.id, topic!.id).join('\n');
    expect(said).not.toMatch(/see you at the gate|Joe|Kai/);

    await hana.says(`/session_cancel ${session.id} rain`);
    expect(inTopic(world, runners.id, topic!.id).at(-1)).toMatch(/Sunrise 10k<\/b> was called off: this chat is closed now/);
    expect(world.fake.callsOf('closeForumTopic').map((c) => [c.params.message_thread_id, c.status])).toEqual([[topic!.id, 200]]);
    expect(topic!.closed).toBe(true);
  });

  it('GIVEN a forum where the bot may not manage topics WHEN a first seat is taken THEN Telegram refuses the topic, the chat is relayed as before', async () => {
    const { runners, hana, joe, session } = await forumWorld(false);
    await joe.says(`/join ${session.id}`);
    const accepted = await hana.press('Accept');
    expect(world.fake.callsOf('createForumTopic').map((c) => [c.status, (c.result as { description?: string }).description])).toEqual([[400, 'Bad Request: not enough rights to create a topic']]);
    expect(world.fake.state.topics.inChat(runners.id)).toEqual([]);
    expect(textsTo(accepted, joe.id).join('\n')).toMatch(/Chat open: Sunrise 10k/);
    // The group's admin hears how to grant the right.
    expect(textsTo(accepted, hana.id).join('\n')).toMatch(/Spotter can't open session chats in Kreuzberg Runners/);
  });
});
