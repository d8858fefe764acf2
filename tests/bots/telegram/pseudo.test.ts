import { afterEach, describe, expect, it } from 'vitest';
import { PSEUDO } from '../../../src/i18n/languages.js';
import { translator } from '../../../src/i18n/translator.js';
import { botMembership, stickerMessage } from '../../fakes/telegram/index.js';
import { type TelegramWorld, TelegramWorld as World, textsTo } from './world.js';

/**
 * The pseudo-locale run of the Telegram adapter's own words: with every message in accented
 * English, what the adapter says by itself (to something it can't read, to a group that adds the
 * bot) comes from the catalogues too.
 */

const pseudo = translator(PSEUDO);

let world: TelegramWorld;
afterEach(async () => world?.stop());

describe('the Telegram adapter’s own words in the pseudo-locale', () => {
  it('GIVEN a person whose app is English WHEN they send a sticker THEN the answer is the catalogue’s, in the pseudo-locale', async () => {
    world = await World.create({ locale: PSEUDO });
    const ana = world.telegramUser(8101, 'Ana');
    const said = textsTo(await world.fake.deliver(stickerMessage(ana.user)), ana.id).join('\n');
    expect(said).toContain(pseudo.t('telegram-unreadable'));
    expect(said).not.toMatch(/I read commands/);
  });

  it('GIVEN a group WHEN it adds the bot THEN the welcome posted there is in the pseudo-locale, its HTML tags intact so Telegram takes it', async () => {
    world = await World.create({ locale: PSEUDO });
    const runners = world.group(-1001234501, 'Crew');
    const hana = world.telegramUser(8102, 'Hana');
    world.fake.state.setAdmins(runners.id, [hana.user]);
    const said = textsTo(await world.fake.deliver(botMembership(world.fake.bot, runners, hana.user, 'left', 'member')), runners.id).join('\n');
    expect(said).toContain(pseudo.t('telegram-group-steps'));
    expect(said).toContain('<b>');
    expect(said).not.toMatch(/Spotter matches/);
  });
});
