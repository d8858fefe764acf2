import { afterEach, describe, expect, it } from 'vitest';
import { FakeTelegram, person, RateLimiter, textMessage } from '../../fakes/telegram/index.js';

let fake: FakeTelegram;
afterEach(async () => fake?.close());

/** A bare Bot API call, as any client makes it; a refusal rejects with Telegram's error body. */
async function call(f: FakeTelegram, method: string, params: Record<string, unknown> = {}, token = f.token): Promise<any> {
  const res = await fetch(`${f.apiRoot}/bot${token}/${method}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(params) });
  const body = (await res.json()) as { ok: boolean; result?: unknown; error_code?: number; description?: string };
  if (!body.ok) throw Object.assign(new Error(body.description), { code: body.error_code, description: body.description });
  return body.result;
}

describe('the fake Bot API', () => {
  it('holds getUpdates until an update comes, honours offset, and answers an empty list after the timeout', async () => {
    fake = await FakeTelegram.start();
    const held = call(fake, 'getUpdates', { offset: 0, timeout: 5 });
    await fake.push(textMessage(person(1, 'Ann'), 'hi'));
    const [first] = (await held) as { update_id: number }[];
    expect(first?.update_id).toBe(1);
    // Not confirmed yet: offset 0 hands it out again; offset 2 confirms and drops it.
    expect(((await call(fake, 'getUpdates', { offset: 0, timeout: 0 })) as { update_id: number }[]).map((u) => u.update_id)).toEqual([1]);
    const started = Date.now();
    expect(await call(fake, 'getUpdates', { offset: 2, timeout: 1 })).toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    await fake.processed(1);
  });

  it('checks the token, refuses chosen chats with 403, and knows its methods', async () => {
    fake = await FakeTelegram.start();
    await expect(call(fake, 'getMe', {}, '1:wrong')).rejects.toMatchObject({ code: 401 });
    fake.refuse(42);
    await expect(call(fake, 'sendMessage', { chat_id: 42, text: 'hi' })).rejects.toMatchObject({ code: 403, description: 'Forbidden: bot was blocked by the user' });
    await expect(call(fake, 'sendSticker', {})).rejects.toMatchObject({ code: 404 });
    await expect(call(fake, 'sendMessage', { chat_id: 43, text: '<b>open', parse_mode: 'HTML' })).rejects.toMatchObject({ code: 400 });
    expect(fake.calls.map((c) => c.status)).toEqual([401, 403, 404, 400]);
  });

  it('enforces about one message a second per chat with a short burst, 30 a second overall, and says how long to wait', async () => {
    let t = 0;
    const limiter = new RateLimiter({ perChat: { perSecond: 1, burst: 3 }, global: { perSecond: 30, burst: 30 }, perGroup: { perSecond: 20 / 60, burst: 20 } }, () => t);
    expect([1, 2, 3, 4].map(() => limiter.take('7'))).toEqual([null, null, null, 1]);
    t = 1000;
    expect(limiter.take('7')).toBeNull();
    const chats = Array.from({ length: 40 }, (_, i) => limiter.take(String(100 + i)));
    expect(chats.filter((r) => r === null)).toHaveLength(29);
    expect(chats.at(-1)).toBe(1);
    // Groups: 20 a minute on top of the per-chat limit.
    const groups = new RateLimiter({ perChat: { perSecond: 100, burst: 100 }, global: { perSecond: 100, burst: 100 }, perGroup: { perSecond: 20 / 60, burst: 20 } }, () => t);
    const inGroup = Array.from({ length: 21 }, () => groups.take('-100'));
    expect(inGroup.slice(0, 20).every((r) => r === null)).toBe(true);
    expect(inGroup[20]).toBe(3);
  });
});
