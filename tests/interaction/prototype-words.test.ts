import { beforeEach, describe, expect, it } from 'vitest';
import { type Harness as H, Harness, runner } from '../support/harness.js';
import { storeSnapshot } from '../support/store-snapshot.js';

/**
 * Words every plain object answers to ("constructor", "toString", "__proto__", …) typed where
 * Spotter looks words up: availability words, activities, levels, level ranges, place aliases,
 * option names. Each gets the same specific answer as any other unknown word; nothing crashes and
 * nothing is stored.
 */
const PROTO_WORDS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'prototype'] as const;

async function expectRefused(h: H, run: () => Promise<{ outcome: string; replies: readonly { text: string }[] }>, pattern: RegExp) {
  const before = storeSnapshot(h.store);
  const out = await run();
  const text = out.replies.map((r) => r.text).join('\n');
  expect(out.outcome, text).toBe('user-error');
  expect(text).not.toMatch(/something went wrong/i);
  expect(text).toMatch(pattern);
  expect(storeSnapshot(h.store)).toBe(before);
}

describe('words that every plain object knows', () => {
  let h: H;
  beforeEach(async () => {
    h = await Harness.create();
    await runner(h, 'Ana', { community: 'club' });
  });

  it.each(PROTO_WORDS)('GIVEN a runner WHEN she types /set-availability %s THEN she hears which word was not understood, and nothing is stored', async (word) => {
    const ana = h.person('Ana');
    await expectRefused(h, () => ana.run('set-availability', word), /I don't understand "[^"]+" in your availability/);
  });

  it('GIVEN a runner WHEN "constructor" hides among real availability words THEN the unknown word is named', async () => {
    const ana = h.person('Ana');
    await expectRefused(h, () => ana.run('set-availability', 'mon evening, constructor morning'), /"constructor"/);
  });

  it.each(PROTO_WORDS)('GIVEN a runner WHEN she gives %s as an activity, a level or a place THEN each is refused by name', async (word) => {
    const ana = h.person('Ana');
    await expectRefused(h, () => ana.run('set-activities', word), /I don't know the activity/);
    await expectRefused(h, () => ana.run('set-level', word), /The level must be one of: Beginner, Intermediate or Advanced/);
    await expectRefused(h, () => ana.run('set-location', word), /I couldn't find a place called|I don't understand|couldn't read/);
  });

  it.each(PROTO_WORDS)('GIVEN a host WHEN the level range is %s THEN the choices are listed and no session exists', async (word) => {
    const ana = h.person('Ana', { community: 'club' });
    await expectRefused(h, () => ana.runWith('session-create', { activity: 'running', when: 'tomorrow 7am', place: 'Berlin', levels: word }), /The level range must be one of: All levels, Beginner, Intermediate, Advanced, Beginner to intermediate or Intermediate to advanced/);
  });

  it.each(PROTO_WORDS)('GIVEN any command WHEN an option named %s arrives (as Discord would send it) THEN "no option" and nothing stored', async (name) => {
    const ana = h.person('Ana');
    await expectRefused(h, () => ana.runWith('set-name', { name: 'Ana', [name]: 'x' }), new RegExp(`/set-name has no option "${name}"`));
    await expectRefused(h, () => ana.runWith('set-radius', { [name]: '5' }), new RegExp(`/set-radius has no option "${name}"`));
  });

  it('GIVEN a typed line WHEN it names an option "constructor:" THEN it is text of the positional option, not an option', async () => {
    const ana = h.person('Ana');
    const out = await ana.run('set-name', 'constructor: Ana');
    expect(out.outcome).toBe('ok');
    expect((await ana.profile()).displayName).toBe('constructor: Ana');
  });

  it('GIVEN the guided /setup WHEN the availability answer is "constructor" THEN the unknown word is named and the profile keeps its availability', async () => {
    // Someone new: /setup asks a returning person only what is missing.
    const ana = h.person('Avery');
    await ana.run('setup');
    const before = (await ana.profile()).availability;
    for (const answer of ['running', 'beginner', 'Berlin, DE', '10']) expect((await ana.say(answer)).outcome).toBe('ok');
    const out = await ana.say('constructor');
    // The availability question accepts any text; the command reads it at once and asks again.
    expect(out.outcome).toBe('user-error');
    await ana.say('skip');
    const text = [out, ana.last!].flatMap((o) => o.replies.map((r) => r.text)).join('\n');
    expect(text).toMatch(/I don't understand "constructor" in your availability/);
    expect(text).not.toMatch(/something went wrong/i);
    expect((await ana.profile()).availability).toEqual(before);
  });
});
