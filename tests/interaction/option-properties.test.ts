import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { positionalOrder } from '../../src/interaction/command.js';
import { validateValues } from '../../src/interaction/arguments.js';
import { issuePhrase, opt, type OptionSpec } from '../../src/interaction/options.js';
import { translator } from '../../src/i18n/translator.js';
import { Harness, runner, testRegistry } from '../support/harness.js';
import { adversarialText, beyond } from '../support/adversarial.js';

/**
 * Every option schema — each builder of options.ts and every option of every command in the
 * registry — takes adversarial text up to and beyond its maximum, and any value at all, without
 * throwing: a value, or a user error that says what is wrong. Text that gets through is clean.
 */
const registry = await testRegistry();
const options = registry.list.flatMap((c) => (Object.entries(c.options) as [string, OptionSpec][]).map(([name, spec]) => ({ command: c, name, spec })));

const limitOf = (spec: OptionSpec) => spec.maxLength ?? (spec.kind === 'place' ? 200 : 100);
const UNCLEAN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B\u200C\u2060\uFEFF]/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const TEXT_KINDS = new Set(['text', 'long-text', 'place', 'when', 'session', 'person', 'report']);

const BUILDERS: Record<string, OptionSpec> = {
  text: opt.text({ description: 'd', max: 40, label: 'T' }),
  longText: opt.longText({ description: 'd', max: 300, label: 'L' }),
  integer: opt.integer({ description: 'd', min: 1, max: 50, label: 'I' }),
  boolean: opt.boolean({ description: 'd', label: 'B' }),
  choice: opt.choice({ description: 'd', label: 'C', values: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] }),
  activity: opt.activity({ description: 'd' }),
  activities: opt.activities({ description: 'd' }),
  level: opt.level({ description: 'd' }),
  place: opt.place({ description: 'd' }),
  when: opt.when({ description: 'd' }),
  session: opt.session({ description: 'd', lists: ['sessions'] }),
  person: opt.person({ description: 'd', lists: ['buddies'] }),
  report: opt.report({ description: 'd', lists: ['reports'] }),
};

function expectValueOrMessage(spec: OptionSpec, input: unknown): void {
  const r = spec.schema.safeParse(input);
  if (!r.success) {
    // Every failure is said from the catalogue, in words, never zod's own default.
    expect(issuePhrase(r.error.issues[0]?.message).key).not.toBe('flow-not-valid');
    expect(translator('en').say(issuePhrase(r.error.issues[0]?.message)).length).toBeGreaterThan(5);
    return;
  }
  if (TEXT_KINDS.has(spec.kind)) {
    const v = r.data as string;
    expect(v).not.toMatch(UNCLEAN);
    expect(v.normalize('NFC')).toBe(v);
    // zod counts characters (code points), not UTF-16 units.
    expect([...v].length).toBeLessThanOrEqual(limitOf(spec));
    expect(v).not.toMatch(LONE_SURROGATE);
    expect(v.length).toBeGreaterThan(0);
  }
}

describe('option schemas on adversarial input', () => {
  it.each(Object.entries(BUILDERS))('GIVEN the %s builder WHEN given any text or any value THEN a value or a message', (_, spec) => {
    fc.assert(fc.property(adversarialText(beyond(limitOf(spec))), (text) => expectValueOrMessage(spec, text)), { numRuns: 300 });
    fc.assert(fc.property(fc.anything(), (value) => expectValueOrMessage(spec, value)), { numRuns: 200 });
  });

  it.each(options.map((o) => [o.command.name, o.name, o] as const))('GIVEN /%s WHEN option "%s" gets adversarial text THEN validation gives values or one message', (_, name, o) => {
    fc.assert(
      fc.property(adversarialText(beyond(limitOf(o.spec))), (text) => {
        const r = validateValues(o.command, { [name]: text });
        if (r.ok) {
          if (Object.hasOwn(r.values, name)) expectValueOrMessage(o.spec, text);
        } else {
          expect(r.option).toBe(name);
          expect(translator('en').say(r.message).length).toBeGreaterThan(5);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('commands driven with adversarial text', () => {
  const positional = registry.list.filter((c) => !c.hidden && positionalOrder(c).length > 0);

  it.each(positional.map((c) => [c.name, c] as const))('GIVEN a member with a profile WHEN /%s gets adversarial text THEN a reply, never the apology', async (_, command) => {
    const h = await Harness.create();
    await runner(h, 'Mod', { community: 'club' });
    const mod = h.person('Mod', { community: 'club', admin: true });
    const typed: string[] = [];
    await fc.assert(
      fc.asyncProperty(adversarialText(beyond(limitOf(command.options[positionalOrder(command)[0]!] as OptionSpec))), async (text) => {
        typed.push(text);
        const out = await mod.run(command.name, text);
        // A question left open would take the next run's text as its answer: end it.
        await mod.say('cancel');
        expect(out.outcome, `${command.name} ${JSON.stringify(text)}: ${mod.text()}`).not.toBe('error');
        for (const r of out.replies) expect(r.text).not.toMatch(/something went wrong/i);
      }),
      { numRuns: 15 },
    );
    // A reply may quote the text back ("Spotter doesn't speak …"): numbers in it are the person's own.
    h.assertNoCoordinatesLeaked(typed);
  });
});
