import { afterEach, describe, expect, it } from 'vitest';
import { userKey } from '../../../src/domain/platform.js';
import { type TelegramWorld, TelegramWorld as World } from './world.js';

let world: TelegramWorld;
afterEach(async () => world?.stop());

describe('Telegram: buttons that redraw their own message', () => {
  it('GIVEN a private message with an in-place button (the attendance sheet\'s kind) WHEN pressed THEN the message is edited with the answer and no new one is sent', async () => {
    world = await World.create();
    const hana = await world.telegramUser(6401, 'Hana').ready('Berlin, DE');
    const me = (await world.store.people.findByIdentity(userKey('telegram', hana.id)))!;
    const action = await world.core.actions.offer(me.id, { kind: 'help' });
    await world.adapter.delivery.sendToUser(hana.id, { visibility: 'private', text: 'Sheet', buttons: [[{ label: 'Toggle', action, style: 'primary', inPlace: true }]] });
    const before = hana.inbox().length;
    const out = await hana.press('Toggle');
    expect(out.calls.filter((c) => c.method === 'sendMessage')).toEqual([]);
    expect(out.calls.filter((c) => c.method === 'editMessageText')).toHaveLength(1);
    expect(hana.inbox()).toHaveLength(before);
    expect(hana.inbox().at(-1)?.text).toMatch(/\/match/);
  });
});
