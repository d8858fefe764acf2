import { afterEach, describe, expect, it } from 'vitest';
import { callbackQuery, stickerMessage, textMessage } from '../../fakes/telegram/index.js';
import { type TelegramWorld, TelegramWorld as World, textsTo } from './world.js';

let world: TelegramWorld;
afterEach(async () => world?.stop());

describe('Telegram: bad input, blocked people, flood limits and repeated updates', () => {
  it('GIVEN a person WHEN they send bad input THEN each gets a specific answer and nothing is stored', async () => {
    world = await World.create();
    const ana = await world.telegramUser(8001, 'Ana').ready();

    expect(textsTo(await ana.says('/set_radius 5000'), ana.id)).toEqual(['⚠️ The radius can be at most 200 km']);
    expect((await ana.profile()).radiusKm).toBe(10);

    expect(textsTo(await ana.says('/frobnicate now'), ana.id)).toEqual(["⚠️ I don't know /frobnicate. Try /help."]);
    expect(textsTo(await ana.says('/set_location {"$gt": ""}'), ana.id).join()).toMatch(/^⚠️/);
    expect((await ana.profile()).area).toBe('Berlin, DE');

    // A question answered wrongly is asked again, with the reason.
    await ana.says('/set_level');
    const wrong = textsTo(await ana.says('wizard'), ana.id).join();
    expect(wrong).toMatch(/^<b>⚠️ \/set_level<\/b>/);
    expect(wrong).toMatch(/The level must be one of: Beginner, Intermediate or Advanced/);
    expect((await ana.profile()).level).toBe('intermediate');

    // HTML in what people type is shown as text, never as markup.
    await ana.says('/set_bio I <3 hills & <b>intervals</b>');
    await ana.says('/profile');
    expect(ana.lastText()).toContain('I &lt;3 hills &amp; &lt;b&gt;intervals&lt;/b&gt;');

    expect(textsTo(await world.fake.deliver(stickerMessage(ana.user)), ana.id).join()).toMatch(/I read commands, typed answers and shared locations/);

    // Forged buttons: an unknown action and a select option whose choices were never stored.
    const last = world.fake.state.lastMessageIn(ana.user.id);
    expect(textsTo(await world.fake.deliver(callbackQuery(ana.user, last, 'AAAAAAAAAAAAAAAA')), ana.id)).toEqual([
      '⚠️ That button has expired. Run the command again for a fresh one.',
    ]);
    const expired = await world.fake.deliver(callbackQuery(ana.user, last, 'AAAAAAAAAAAAAAAA:3'));
    expect(expired.calls.find((c) => c.method === 'answerCallbackQuery')?.params).toMatchObject({ show_alert: true, text: expect.stringMatching(/expired/) });
  });

  it('GIVEN someone who blocked the bot WHEN a buddy request is sent to them THEN they are recorded unreachable, and told on their next use', async () => {
    world = await World.create();
    const alice = await world.telegramUser(8101, 'Alice').ready();
    const bob = await world.telegramUser(8102, 'Bob').ready();
    world.fake.refuse(bob.id, 'Forbidden: bot was blocked by the user');

    await alice.says('/match');
    const connect = await alice.press(/^Connect with #1 Bob/);
    expect(connect.calls.filter((c) => String(c.params.chat_id) === bob.id).map((c) => c.status)).toEqual([403]);
    expect((await bob.profile()).unreachable.map((u) => u.platform)).toEqual(['telegram']);
    // Not retried: a second notification isn't even attempted while Bob is unreachable.
    await alice.says('/connect 1');
    expect(world.fake.calls.filter((c) => String(c.params.chat_id) === bob.id && c.status === 403)).toHaveLength(1);

    // WHEN Bob unblocks and uses Spotter again, the missed request comes first.
    world.fake.allow(bob.id);
    const back = textsTo(await bob.says('/buddies'), bob.id);
    expect(back[0]).toMatch(/^<b>While you were away \(1\)<\/b>/);
    expect(back[0]).toMatch(/Alice/);
    expect((await bob.profile()).unreachable).toEqual([]);
  });

  it('GIVEN Telegram is rate limiting WHEN replies and notifications hit 429 THEN they wait retry_after and go through', async () => {
    world = await World.create();
    const alice = await world.telegramUser(8201, 'Alice').ready();
    const bob = await world.telegramUser(8202, 'Bob').ready();
    world.fake.setLimits({ perChat: { perSecond: 1, burst: 1 } });

    // A reply: Alice's chat has just had its message, so the next one is refused and waited out.
    await alice.says('/match');
    const startedAt = Date.now();
    const profile = await alice.says('/profile');
    expect(profile.calls.filter((c) => c.method === 'sendMessage').map((c) => c.status)).toEqual([429, 200]);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(900);
    expect(profile.calls.find((c) => c.status === 429)?.result).toMatchObject({ error_code: 429, parameters: { retry_after: 1 } });

    // A notification: the core is told "throttled", waits retry_after, and tries again.
    await bob.says('/help');
    const connect = await alice.press(/^Connect with #1 Bob/);
    expect(connect.calls.filter((c) => String(c.params.chat_id) === bob.id).map((c) => c.status)).toEqual([429, 200]);
    expect(textsTo(connect, bob.id).join()).toMatch(/Alice/);
    expect((await bob.profile()).unreachable).toEqual([]);
  });

  it('GIVEN the same update delivered twice WHEN the bot handles them THEN it answers once', async () => {
    world = await World.create();
    const alice = world.telegramUser(8301, 'Alice');
    const [update] = world.fake.numbered(textMessage(alice.user, '/help'));
    const from = world.fake.mark();
    world.fake.enqueue([update!, update!]);
    await world.fake.processed(update!.update_id);
    expect(world.fake.sent(alice.id, from)).toHaveLength(1);
  });

  it('GIVEN a question and its answer arrive in one batch WHEN the bot handles them THEN one after the other, so the answer finds the question', async () => {
    world = await World.create();
    const alice = await world.telegramUser(8401, 'Alice').ready();
    const updates = world.fake.numbered(textMessage(alice.user, '/set_level'), textMessage(alice.user, 'advanced'), textMessage(alice.user, '/set_radius 14'));
    const from = world.fake.mark();
    world.fake.enqueue(updates);
    await world.fake.processed(updates[2]!.update_id);
    const texts = world.fake.sent(alice.id, from).map((c) => String(c.params.text));
    expect(texts).toHaveLength(3);
    expect(texts[0]).toMatch(/Your level/);
    expect(texts[1]).toMatch(/advanced/i);
    expect(texts[2]).toMatch(/within <b>14 km/);
    expect((await alice.profile()).level).toBe('advanced');
  });

  it('GIVEN the bot starts THEN the command menus fit each place: moderator commands only for group admins', async () => {
    world = await World.create();
    const menus = world.fake.state.menus;
    const names = (scope: string) => (menus.get(scope) ?? []).map((c) => c.command);
    const scopes = ['all_chat_administrators', 'all_group_chats', 'all_private_chats', 'default'];
    expect([...menus.keys()].sort()).toEqual(scopes.flatMap((s) => [s, `${s}:de`, `${s}:es`, `${s}:ru`]).sort());
    expect(names('all_private_chats')).toEqual(expect.arrayContaining(['setup', 'set_location', 'match', 'session_create', 'help']));
    expect(names('all_private_chats')).not.toContain('ban');
    expect(names('all_group_chats')).not.toContain('ban');
    expect(names('all_chat_administrators')).toEqual(expect.arrayContaining(['ban', 'reports', 'session_create']));
    for (const scope of menus.keys()) expect(names(scope)).not.toContain('delete_me_confirm');
  });

  it('GIVEN the bot starts THEN each scope has a menu per language: the same commands, described in German, Spanish and Russian', async () => {
    world = await World.create();
    const menus = world.fake.state.menus;
    for (const scope of ['default', 'all_private_chats', 'all_group_chats', 'all_chat_administrators']) {
      const english = menus.get(scope) ?? [];
      for (const lang of ['de', 'es', 'ru']) expect((menus.get(`${scope}:${lang}`) ?? []).map((c) => c.command)).toEqual(english.map((c) => c.command));
    }
    const described = (lang: string, command: string) => menus.get(`all_private_chats:${lang}`)?.find((c) => c.command === command)?.description;
    expect(described('ru', 'setup')).toBe('Настроить профиль шаг за шагом');
    expect(described('de', 'match')).toMatch(/Trainings-Buddys in deiner Nähe/);
    expect(described('es', 'sessions')).toMatch(/sesiones de entrenamiento cerca de ti/);
    expect(menus.get('all_private_chats')?.find((c) => c.command === 'setup')?.description).toBe('Set up your fitness profile step by step');
  });
});
