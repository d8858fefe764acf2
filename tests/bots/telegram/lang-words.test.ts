import { afterEach, describe, expect, it } from 'vitest';
import { botMembership, callbackQuery, stickerMessage } from '../../fakes/telegram/index.js';
import { type TelegramWorld, TelegramWorld as World, textsTo } from './world.js';

let world: TelegramWorld;
afterEach(async () => world?.stop());

/** The text of the alert a pressed button was answered with. */
const alertOf = (d: { calls: readonly { method: string; params: Record<string, unknown> }[] }): string =>
  String(d.calls.find((c) => c.method === 'answerCallbackQuery')?.params.text ?? '');

describe('Telegram: the adapter speaks the language the person chose, and level ranges are words of every language', () => {
  it('GIVEN a person whose app is English and who chose /language de WHEN they reach the level question, press a stale choice and send a sticker THEN the level ranges, the alert and the note are German', async () => {
    world = await World.create();
    const ana = await world.telegramUser(9101, 'Ana', { language_code: 'en' }).ready();
    expect(textsTo(await ana.says('/language de'), ana.id).join()).toMatch(/Spotter spricht ab jetzt Deutsch mit dir/);

    // WHEN the guided /session_create asks who the session suits
    for (const answer of ['/session_create', 'running', 'tomorrow 7am', 'Berlin']) await ana.says(answer);
    await ana.says('4');
    const asked = world.fake.state.lastMessageIn(ana.user.id);
    // THEN every level range is offered by its German name
    expect(asked.text).toMatch(/Für wen/);
    expect(asked.reply_markup?.inline_keyboard?.flat().map((b) => b.text)).toEqual(
      expect.arrayContaining(['Alle Niveaus', 'Anfänger', 'Fortgeschritten', 'Profi', 'Anfänger bis Fortgeschritten', 'Fortgeschritten bis Profi']),
    );
    expect(asked.reply_markup?.inline_keyboard?.flat().map((b) => b.text)).not.toContain('All levels');

    // WHEN they press a choice of a list the bot no longer keeps
    const stale = await world.fake.deliver(callbackQuery(ana.user, asked, 'AAAAAAAAAAAAAAAA:3'));
    // THEN the alert is the adapter's own words, in German, not in the language of their app
    expect(alertOf(stale)).toBe('Diese Auswahl ist abgelaufen. Führe den Befehl noch einmal aus, um eine neue zu bekommen.');

    // WHEN they send something the bot can't read THEN the adapter answers in German too
    const sticker = textsTo(await world.fake.deliver(stickerMessage(ana.user)), ana.id).join();
    expect(sticker).toMatch(/Ich lese Befehle, getippte Antworten und geteilte Standorte/);

    // WHEN they go back to following their app THEN the adapter speaks English again
    await ana.says('/language auto');
    expect(alertOf(await world.fake.deliver(callbackQuery(ana.user, asked, 'AAAAAAAAAAAAAAAA:2')))).toMatch(/^Those choices have expired/);
  });

  it('GIVEN a Russian user WHEN they mistype a level and a level range THEN each error lists the choices by their Russian names', async () => {
    world = await World.create();
    const boris = await world.telegramUser(9201, 'Борис', { language_code: 'ru' }).ready();

    const level = textsTo(await boris.says('/set_level волшебник'), boris.id).join();
    expect(level).toMatch(/Уровень: допустимо одно из значений: Новичок, Средний или Продвинутый/);

    const range = textsTo(await boris.says('/session_create activity: running when: tomorrow 7am place: Berlin levels: волшебники'), boris.id).join();
    expect(range).toMatch(/Диапазон уровней: допустимо одно из значений: Все уровни, Новичок, Средний уровень, Продвинутый, От новичка до среднего или От среднего до продвинутого/);
    expect(range).not.toMatch(/beginner|All levels/);
    expect(await world.store.sessions.listForPerson((await boris.profile()).id, ['open', 'full'], world.now)).toHaveLength(0);
  });

  it('GIVEN a German-speaking host WHEN they type a level range in Spanish, Russian or English THEN each is taken for its range', async () => {
    world = await World.create();
    const jonas = await world.telegramUser(9301, 'Jonas', { language_code: 'de' }).ready();
    const typed = ['De principiante a intermedio', 'от среднего до продвинутого', 'Advanced', 'Anfänger bis Fortgeschritten'];
    for (const words of typed) {
      const created = textsTo(await jonas.says(`/session_create activity: running when: tomorrow 7am place: Berlin levels: ${words}`), jonas.id).join();
      expect(created, words).not.toMatch(/⚠️/);
    }
    const sessions = await world.store.sessions.listForPerson((await jonas.profile()).id, ['open', 'full'], world.now);
    const ranges = sessions.map((s) => `${s.levels.min}-${s.levels.max}`).sort();
    expect(ranges).toEqual(['advanced-advanced', 'beginner-intermediate', 'beginner-intermediate', 'intermediate-advanced']);
  });

  it('GIVEN a group without a language WHEN a Russian user adds the bot THEN the welcome is Russian; GIVEN its moderators chose Spanish WHEN it is added again THEN the welcome is Spanish', async () => {
    world = await World.create();
    const group = world.group(-1009400, 'Бегуны');
    const olga = await world.telegramUser(9401, 'Ольга', { language_code: 'ru' }).ready();
    world.fake.state.setAdmins(group.id, [olga.user]);

    const first = textsTo(await world.fake.deliver(botMembership(world.fake.bot, group, olga.user, 'left', 'member')), group.id).join();
    expect(first).toMatch(/Здравствуйте, Бегуны!/);

    await olga.says('/mod_settings language: es', group);
    await world.fake.deliver(botMembership(world.fake.bot, group, olga.user, 'member', 'left'));
    const again = textsTo(await world.fake.deliver(botMembership(world.fake.bot, group, olga.user, 'left', 'member')), group.id).join();
    expect(again).toMatch(/¡Hola, Бегуны!/);
    expect(again).not.toMatch(/Здравствуйте/);
  });
});
