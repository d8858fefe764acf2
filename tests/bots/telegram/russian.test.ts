import { afterEach, describe, expect, it } from 'vitest';
import { stickerMessage } from '../../fakes/telegram/index.js';
import { type TelegramWorld, TelegramWorld as World, textsTo } from './world.js';

let world: TelegramWorld;
afterEach(async () => world?.stop());

describe('Telegram: a user whose app is set to Russian', () => {
  it('GIVEN a Russian user WHEN they act before their profile is done and send a sticker THEN both answers are in Russian', async () => {
    world = await World.create();
    const boris = world.telegramUser(7001, 'Борис', { language_code: 'ru' });

    expect(textsTo(await boris.says('/match'), boris.id).join()).toMatch(/Сначала заполните профиль с помощью \/setup/);
    const sticker = textsTo(await world.fake.deliver(stickerMessage(boris.user)), boris.id).join();
    expect(sticker).toMatch(/Я читаю команды, текстовые ответы и отправленные геопозиции/);
    expect(sticker).not.toMatch(/I read commands/);
  });

  it('GIVEN an English-speaking runner and a Russian one WHEN the English one sends a buddy request THEN the Russian one is notified in Russian, with Russian buttons, and the answer reaches the English one in English', async () => {
    world = await World.create();
    const alice = await world.telegramUser(7101, 'Alice', { language_code: 'en' }).ready('Berlin, DE');
    const boris = await world.telegramUser(7102, 'Борис', { language_code: 'ru' }).ready('Berlin, DE');

    await alice.says('/match');
    const connect = await alice.press(/^Connect with #1 Борис/);
    const request = textsTo(connect, boris.id).join();
    expect(request).toMatch(/Новый запрос на партнёрство/);
    expect(request).toMatch(/Alice.*хочет тренироваться с вами/s);
    const buttons = boris.inbox().at(-1)?.reply_markup?.inline_keyboard?.flat().map((b) => b.text) ?? [];
    expect(buttons).toContain('Принять');
    expect(buttons).not.toContain('Accept');

    const accepted = await boris.press('Принять');
    expect(textsTo(accepted, alice.id).join()).toMatch(/<b>Борис<\/b> accepted your buddy request/);
  });

  it('GIVEN a Russian user WHEN a place is asked for in their private chat THEN the share-location keyboard speaks Russian', async () => {
    world = await World.create();
    const boris = world.telegramUser(7201, 'Борис', { language_code: 'ru' });
    const asked = await boris.says('/set_location');
    const keyboards = asked.calls
      .filter((c) => c.method === 'sendMessage')
      .map((c) => c.params.reply_markup as { keyboard?: { text: string }[][]; input_field_placeholder?: string } | undefined)
      .filter((m) => m?.keyboard);
    expect(keyboards.at(-1)?.keyboard?.[0]?.[0]?.text).toBe('📍 Отправить мою геопозицию');
    expect(keyboards.at(-1)?.input_field_placeholder).toBe('Или введите город или район');
  });
});
