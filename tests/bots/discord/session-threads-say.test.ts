import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userKey } from '../../../src/domain/platform.js';
import type { WorkoutSession } from '../../../src/domain/session.js';
import { type FakeThread, messageText } from '../../fakes/discord/index.js';
import { callbackQuery, person, privateChatOf, type TgMessage, type TgUser, textMessage } from '../../fakes/telegram/index.js';
import { DiscordWorld, type Person, type TelegramSide } from './world.js';

let w: DiscordWorld;
let tg: TelegramSide;
let mod: Person;
let host: Person;
let carol: Person;
let tom: TgUser;
let uma: TgUser;

const GUARD_MS = 20_000;
const INTENT_MESSAGE_CONTENT = 1 << 15;
const says = (who: TgUser, text: string) => tg.fake.deliver(textMessage(who, text, privateChatOf(who)));
const inbox = (who: TgUser): TgMessage[] => tg.fake.state.messagesIn(who.id);
const said = (thread: FakeThread): string[] => w.fake.threads.messages(thread).map(messageText);
const ELSEWHERE = /uses Spotter on another app\. Spotter can't read this thread, so they read only what you send with \*\*\/say\*\*/;

beforeAll(async () => {
  // Message Content is not granted: the bot gets no word of what members type in threads.
  w = await DiscordWorld.start({ telegram: true });
  tg = w.telegram!;
  mod = w.person('Mona', { manageGuild: true });
  host = w.person('Hanna');
  carol = w.person('Carol');
  for (const p of [host, carol]) await w.profile(p, { place: 'Berlin, DE' });
  tom = person(7401, 'Tom');
  uma = person(7402, 'Uma');
  for (const who of [tom, uma]) for (const line of ['/set_location Berlin, DE', '/set_activities running', '/set_level intermediate']) await says(who, line);
  await w.slash(mod.here, 'mod-settings', { 'announce-channel': w.fake.channelId(w.guild, 'sessions') });
});
afterAll(async () => {
  await w?.stop();
});

describe('Discord session thread without Message Content, with members on Telegram', () => {
  let session: WorkoutSession;
  let thread: FakeThread;

  it('GIVEN a session thread WHEN the first Telegram member gets a seat THEN the thread is told once that such members read only what is sent with /say; a second one brings no repeat', async () => {
    expect((w.fake.gateway.intents ?? 0) & INTENT_MESSAGE_CONTENT).toBe(0);
    await w.slash(host.here, 'session-create', { activity: 'running', place: 'Berlin, DE', capacity: 4, when: 'tomorrow 7am', title: 'Sunrise 10k', duration: '1h' });
    await w.click(w.fake.member(carol.user, w.guild, { channel: 'sessions' }), w.fake.messagesIn(w.guild, 'sessions').at(-1)!, 'Request to join');
    await w.click(host.dm, w.lastDm(host), 'Accept');
    const hostId = (await w.store.people.findByIdentity(userKey('discord', host.user.id)))!.id;
    session = (await w.store.sessions.listForPerson(hostId, ['open', 'full'], w.now))[0]!;
    thread = w.fake.threads.byId.get((await w.store.chatPlaces.get(session.id))!.placeId)!;
    expect(said(thread).join('\n')).not.toMatch(ELSEWHERE);

    await says(tom, `/join ${session.id}`);
    await w.click(host.dm, w.lastDm(host), 'Accept');
    await w.bot.idle();
    expect(said(thread).slice(-2)).toEqual(['**Tom** has a seat now and joins the chat.', expect.stringMatching(ELSEWHERE)]);

    await says(uma, `/join ${session.id}`);
    await w.click(host.dm, w.lastDm(host), 'Accept');
    await w.bot.idle();
    expect(said(thread).at(-1)).toBe('**Uma** has a seat now and joins the chat.');
    expect(said(thread).filter((m) => ELSEWHERE.test(m))).toHaveLength(1);
  });

  it('GIVEN the thread WHEN Carol types in it THEN the bot never sees it, and Tom gets nothing', async () => {
    const toms = inbox(tom).length;
    w.fake.threads.say(carol.user, thread, 'typed, not sent with /say');
    await w.bot.idle();
    expect(inbox(tom)).toHaveLength(toms);
  });

  it('GIVEN the thread WHEN Carol sends /say in it THEN the bot posts it there under her name, Tom and Uma get it in Telegram with Reply, Report and Block, and Hanna, in the thread, gets no copy', async () => {
    const hannasDms = w.fake.dms(host.user).length;
    const sent = await w.slash(w.fake.inThread(carol.user, thread), 'say', { message: 'North gate at 6:55?' });
    expect(w.text(sent)).toContain('Sent to the chat of **Sunrise 10k**');
    expect(said(thread).at(-1)).toBe('**Carol**: North gate at 6:55?');
    const posted = w.fake.requests('POST', `/channels/${thread.id}/messages`).at(-1)!.body;
    expect(posted).toEqual({ content: '**Carol**: North gate at 6:55?', allowed_mentions: { parse: [], users: [] } });
    for (const who of [tom, uma]) {
      const relayed = await w.fake.world.waitFor(() => inbox(who).find((m) => (m.text ?? '').includes('North gate at 6:55?')), GUARD_MS, `Carol's words in ${who.first_name}'s chat`);
      expect(relayed.reply_markup?.inline_keyboard?.flat().map((b) => b.text)).toEqual(['Reply', 'Report', 'Block']);
    }
    expect(w.fake.dms(host.user)).toHaveLength(hannasDms);
    expect(w.errors()).toEqual([]);
  });

  it('GIVEN /say WHEN it is sent outside a session thread THEN it says where it works', async () => {
    const refused = await w.slash(carol.here, 'say', { message: 'hello?' });
    expect(w.text(refused)).toContain("Use /say inside a session chat's own thread");
    expect(said(thread).at(-1)).toBe('**Carol**: North gate at 6:55?');
  });

  it("GIVEN Carol's relayed message WHEN Tom presses Block on it in Telegram THEN Carol is taken out of the thread at once, Hanna stays, and Carol hears the chat goes on privately", async () => {
    const relayed = inbox(tom).find((m) => (m.text ?? '').includes('North gate at 6:55?'))!;
    const block = relayed.reply_markup!.inline_keyboard!.flat().find((b) => b.text === 'Block')!;
    await tg.fake.deliver(callbackQuery(tom, relayed, block.callback_data!));
    await w.fake.world.waitFor(() => (thread.members.has(carol.user.id) ? undefined : true), GUARD_MS, 'Carol out of the thread');
    expect([...thread.members].sort()).toEqual([w.fake.applicationId, host.user.id].sort());
    expect(w.fake.requests('DELETE', `/channels/${thread.id}/thread-members/${carol.user.id}`).map((r) => r.status)).toEqual([204]);
    await w.fake.world.waitFor(() => w.fake.dms(carol.user).find((m) => messageText(m).includes('Chat open: Sunrise 10k')), GUARD_MS, "Carol's chat-open DM");
    expect(w.errors()).toEqual([]);
  });
});
