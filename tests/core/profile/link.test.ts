import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userKey } from '../../../src/domain/platform.js';
import type { Invocation } from '../../../src/interaction/command.js';
import { Harness, runner } from '../../support/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => h.assertNoCoordinatesLeaked());

const onTelegram = (id: string): Invocation => ({ platform: 'telegram', user: { key: userKey('telegram', id), displayName: 'Ana (TG)' }, community: null });

describe('linking accounts across platforms', () => {
  it('GIVEN a profile on one platform WHEN its /link code is typed on another THEN both accounts use that profile', async () => {
    const ana = await runner(h, 'Ana', { activities: 'climbing' });
    const code = /\/link ([A-Z0-9]{6})/.exec((await ana.run('link')).replies[0]!.text)![1]!;
    // Her Telegram account had started a separate, empty profile.
    await h.dispatcher.handle(onTelegram('555'), { kind: 'line', command: 'set-level', text: 'beginner' });
    const out = await h.dispatcher.handle(onTelegram('555'), { kind: 'line', command: 'link', text: code.toLowerCase() });
    expect(out.replies.at(-1)!.text).toMatch(/Linked/);
    const linked = await h.store.people.findByIdentity(userKey('telegram', '555'));
    expect(linked?.id).toBe(await ana.id());
    expect(linked?.activities).toEqual(['climbing']);
    expect(linked?.identities).toHaveLength(2);
  });

  it('GIVEN a code WHEN used twice, on the same account, or malformed THEN each is refused with why', async () => {
    const ana = await runner(h, 'Ana');
    const code = /\/link ([A-Z0-9]{6})/.exec((await ana.run('link')).replies[0]!.text)![1]!;
    expect((await ana.run('link', code)).replies[0]!.text).toMatch(/other platform/);
    expect((await h.dispatcher.handle(onTelegram('1'), { kind: 'line', command: 'link', text: 'nope!' })).replies.at(-1)!.text).toMatch(/6 letters/);
    await h.dispatcher.handle(onTelegram('1'), { kind: 'line', command: 'link', text: code });
    expect((await h.dispatcher.handle(onTelegram('2'), { kind: 'line', command: 'link', text: code })).replies.at(-1)!.text).toMatch(/unknown or expired/);
  });

  it('GIVEN a code WHEN two accounts type it at the same moment THEN exactly one is linked and the other hears why not', async () => {
    const ana = await runner(h, 'Ana');
    const code = /\/link ([A-Z0-9]{6})/.exec((await ana.run('link')).replies[0]!.text)![1]!;
    const outs = await Promise.all(['21', '22'].map((id) => h.dispatcher.handle(onTelegram(id), { kind: 'line', command: 'link', text: code })));
    const texts = outs.map((o) => o.replies.at(-1)!.text);
    expect(texts.filter((t) => /Linked/.test(t)), texts.join(' | ')).toHaveLength(1);
    // Whichever step the other reached first: the code taken under it, gone, or the platform now linked.
    expect(texts.find((t) => !/Linked/.test(t))).toMatch(/just used on another account|unknown or expired|already has a|already linked/i);
    expect((await h.store.people.get(await ana.id()))?.identities).toHaveLength(2);
  });

  it('GIVEN a code WHEN 15 minutes pass THEN it has expired', async () => {
    const ana = await runner(h, 'Ana');
    const code = /\/link ([A-Z0-9]{6})/.exec((await ana.run('link')).replies[0]!.text)![1]!;
    h.advance(16 * 60_000);
    const out = await h.dispatcher.handle(onTelegram('9'), { kind: 'line', command: 'link', text: code });
    expect(out.replies.at(-1)!.text).toMatch(/unknown or expired/);
  });
});
