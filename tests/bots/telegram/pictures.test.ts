import { afterEach, describe, expect, it } from 'vitest';
import { expectPng } from '../../support/png.js';
import { type TelegramWorld, TelegramWorld as World } from './world.js';

let world: TelegramWorld;
afterEach(async () => world?.stop());

const captionLength = (html: string) => Array.from(html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot);/g, '_')).length;

describe('pictures on Telegram', () => {
  it('GIVEN a person in the private chat WHEN they send /stats THEN one photo arrives, a real PNG within Telegram’s limits, captioned with the whole text', async () => {
    world = await World.create();
    const ana = world.telegramUser(7001, 'Ana');
    const d = await ana.says('/stats');

    const photos = d.calls.filter((c) => c.method === 'sendPhoto');
    expect(photos).toHaveLength(1);
    const [call] = photos;
    expect(call!.status).toBe(200);
    expect(call!.files[0]?.field).toBe('photo');
    const size = expectPng(call!.files[0]!.bytes);
    expect(size.width + size.height).toBeLessThanOrEqual(10_000);
    expect(call!.files[0]!.bytes.length).toBeLessThanOrEqual(10 * 1024 * 1024);
    const caption = String(call!.params.caption);
    expect(captionLength(caption)).toBeLessThanOrEqual(1024);
    expect(caption).toMatch(/<b>Ana's training record<\/b>/);
    expect(caption).toContain('No sessions yet');
    expect(d.calls.filter((c) => c.method === 'sendMessage')).toHaveLength(0);
    const posted = world.fake.state.lastMessageIn(ana.user.id);
    expect(posted.photo?.[0]).toMatchObject({ width: 1410, height: 582 });
  });

  it('GIVEN a group admin WHEN they send /community-stats in the group THEN the charts arrive in their private chat as a captioned photo, never in the group', async () => {
    world = await World.create();
    const group = world.group(-100777, 'Berlin Runners');
    world.fake.state.setAdmins(group.id, []);
    const mo = world.telegramUser(7002, 'Mo');
    world.fake.state.setAdmins(group.id, [mo.user]);
    const d = await mo.says('/community_stats', group);

    const toMo = d.calls.filter((c) => c.status === 200 && String(c.params.chat_id) === mo.id && /^send(Photo|Message)$/.test(c.method));
    expect(toMo.map((c) => c.method)).toEqual(['sendPhoto']);
    expectPng(toMo[0]!.files[0]!.bytes);
    expect(String(toMo[0]!.params.caption)).toMatch(/^<b>Stats: Berlin Runners<\/b>/);
    expect(String(toMo[0]!.params.caption)).toMatch(/Sessions held: 0, 0/);
    // Nothing private went to the group.
    expect(d.calls.filter((c) => c.method === 'sendPhoto' && String(c.params.chat_id) === String(group.id))).toHaveLength(0);
  });

  it('GIVEN the fake Bot API WHEN a photo breaks Telegram’s rules THEN it is refused like Telegram would', async () => {
    world = await World.create();
    const { PNG } = await import('pngjs');
    const post = async (bytes: Buffer, caption = 'hi') => {
      const form = new FormData();
      form.set('chat_id', '7003');
      form.set('caption', caption);
      form.set('photo', new Blob([bytes]), 'x.png');
      const res = await fetch(`${world.fake.apiRoot}/bot${world.fake.token}/sendPhoto`, { method: 'POST', body: form });
      return (await res.json()) as { ok: boolean; description?: string };
    };
    const png = (width: number, height: number) => PNG.sync.write(new PNG({ width, height }));
    expect((await post(png(40, 20))).ok).toBe(true);
    expect((await post(Buffer.from('not an image'))).description).toMatch(/IMAGE_PROCESS_FAILED/);
    expect((await post(png(2100, 100))).description).toMatch(/PHOTO_INVALID_DIMENSIONS/);
    expect((await post(png(40, 20), 'x'.repeat(1025))).description).toMatch(/caption is too long/);
  });
});
