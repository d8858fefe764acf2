import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userKey } from '../../../src/domain/platform.js';
import type { WorkoutSession } from '../../../src/domain/session.js';
import { type FakeThread, messageText } from '../../fakes/discord/index.js';
import { person, replyMessage, type TgMessage, type TgUser, textMessage, privateChatOf } from '../../fakes/telegram/index.js';
import { DiscordWorld, type Person, type TelegramSide } from './world.js';

let w: DiscordWorld;
let tg: TelegramSide;
let mod: Person;
let host: Person;
let carol: Person;
let tom: TgUser;

const GUARD_MS = 20_000;
const tomSays = (text: string) => tg.fake.deliver(textMessage(tom, text, privateChatOf(tom)));
const tomsInbox = (): TgMessage[] => tg.fake.state.messagesIn(tom.id);

beforeAll(async () => {
  // Message Content granted in the portal and asked for: what is written in threads reaches the bot.
  w = await DiscordWorld.start({ messageContent: true, telegram: true });
  tg = w.telegram!;
  mod = w.person('Mona', { manageGuild: true });
  host = w.person('Hanna');
  carol = w.person('Carol');
  for (const p of [host, carol]) await w.profile(p, { place: 'Berlin, DE' });
  tom = person(7201, 'Tom');
  for (const line of ['/set_location Berlin, DE', '/set_activities running', '/set_level intermediate']) await tomSays(line);
  await w.slash(mod.here, 'mod-settings', { 'announce-channel': w.fake.channelId(w.guild, 'sessions') });
});
afterAll(async () => {
  await w?.stop();
});

describe('Discord session thread with a participant on Telegram', () => {
  let session: WorkoutSession;
  let thread: FakeThread;

  it('GIVEN a Discord session whose chat has its thread WHEN a Telegram user gets a seat THEN the thread names him (nobody to add there) AND he is told in Telegram the chat is open', async () => {
    expect((w.fake.gateway.intents ?? 0) & ((1 << 9) | (1 << 15))).toBe((1 << 9) | (1 << 15));
    await w.slash(host.here, 'session-create', { activity: 'running', place: 'Berlin, DE', capacity: 4, when: 'tomorrow 7am', title: 'Sunrise 10k', duration: '1h' });
    const post = w.fake.messagesIn(w.guild, 'sessions').at(-1)!;
    await w.click(w.fake.member(carol.user, w.guild, { channel: 'sessions' }), post, 'Request to join');
    await w.click(host.dm, w.lastDm(host), 'Accept');
    const hostId = (await w.store.people.findByIdentity(userKey('discord', host.user.id)))!.id;
    session = (await w.store.sessions.listForPerson(hostId, ['open', 'full'], w.now))[0]!;
    thread = w.fake.threads.byId.get((await w.store.chatPlaces.get(session.id))!.placeId)!;

    await tomSays(`/join ${session.id}`);
    await w.click(host.dm, w.lastDm(host), 'Accept');
    await w.bot.idle();
    expect([...thread.members].sort()).toEqual([w.fake.applicationId, host.user.id, carol.user.id].sort());
    expect(messageText(w.fake.threads.messages(thread).at(-1)!)).toBe('**Tom** has a seat now and joins the chat.');
    // The bot reads the thread: nobody is told to write with /say.
    expect(w.fake.threads.messages(thread).map(messageText).join('\n')).not.toContain('/say');
    const opened = tomsInbox().find((m) => (m.text ?? '').includes('Chat open: Sunrise 10k'));
    expect(opened?.text).toMatch(/Hanna.*Carol|Carol.*Hanna/s);
  });

  it('GIVEN the thread WHEN Carol writes in it on Discord THEN Tom gets it in Telegram under her name, with Reply, Report and Block; Hanna, who is in the thread, gets no copy', async () => {
    const hannasDms = w.fake.dms(host.user).length;
    w.fake.threads.say(carol.user, thread, 'North gate at 6:55?');
    const relayed = await w.fake.world.waitFor(() => tomsInbox().find((m) => (m.text ?? '').includes('North gate at 6:55?')), GUARD_MS, "Carol's message in Tom's chat");
    await w.bot.idle();
    expect(relayed.text).toMatch(/Carol in Sunrise 10k/);
    expect(relayed.reply_markup?.inline_keyboard?.flat().map((b) => b.text)).toEqual(['Reply', 'Report', 'Block']);
    expect(w.fake.dms(host.user)).toHaveLength(hannasDms);
    const stored = await w.store.sessionChat.listForSession(session.id, w.now, 5);
    expect(stored[0]).toMatchObject({ body: 'North gate at 6:55?', toIds: [(await w.store.people.findByIdentity(userKey('telegram', String(tom.id))))!.id] });
  });

  it('GIVEN Carol\'s relayed message WHEN Tom swipe-replies in Telegram THEN the bot posts it in the thread under his name', async () => {
    const relayed = tomsInbox().find((m) => (m.text ?? '').includes('North gate at 6:55?'))!;
    await tg.fake.deliver(replyMessage(tom, 'Yes, see you there', relayed));
    await w.fake.world.waitFor(() => w.fake.threads.messages(thread).some((m) => m.content === '**Tom**: Yes, see you there'), GUARD_MS, "Tom's answer in the thread");
    const posted = w.fake.requests('POST', `/channels/${thread.id}/messages`).at(-1)!.body as { content: string; allowed_mentions: { parse: string[]; users: string[] } };
    expect(posted).toEqual({ content: '**Tom**: Yes, see you there', allowed_mentions: { parse: [], users: [] } });
    expect(w.errors()).toEqual([]);
  });
});
