import { describe, expect, it } from 'vitest';
import { parseLine, validateValues } from '../../src/interaction/arguments.js';
import { buildRegistry } from '../../src/interaction/registry.js';
import { defineCommand } from '../../src/interaction/command.js';
import { opt } from '../../src/interaction/options.js';
import { translator } from '../../src/i18n/translator.js';

/** What a failed check says, in English and in German. */
const said = (r: ReturnType<typeof validateValues>, lang: 'en' | 'de' = 'en') => (r.ok ? null : translator(lang).say(r.message));

const create = defineCommand({
  name: 'session-create',
  description: 'test',
  requires: [{ kind: 'anyone' }],
  category: 'more',
  options: {
    activity: opt.activity({ description: 'a', required: true }),
    when: opt.when({ description: 'w', required: true }),
    capacity: opt.integer({ description: 'c', min: 1, max: 50, label: 'Capacity' }),
  },
  positional: 'activity',
  execute: async () => ({ visibility: 'private', text: '' }),
});

describe('reading a typed line', () => {
  it('GIVEN name: value pairs WHEN a value contains a colon THEN only known option names split it', () => {
    expect(parseLine(create, 'activity: running when: tomorrow 7:30am capacity: 4')).toEqual({
      ok: true,
      values: { activity: 'running', when: 'tomorrow 7:30am', capacity: '4' },
    });
  });

  it('GIVEN text before the first pair WHEN the command has a positional option THEN the text fills it', () => {
    expect(parseLine(create, 'jogging when: sat 9:30')).toEqual({ ok: true, values: { activity: 'jogging', when: 'sat 9:30' } });
  });

  it('GIVEN underscores as Telegram users type them WHEN parsed THEN they name the same option', () => {
    const cmd = defineCommand({
      name: 'session-edit',
      description: 'test',
      requires: [{ kind: 'anyone' }],
      category: 'more',
      options: { 'level-min': opt.level({ description: 'l' }) },
      execute: async () => ({ visibility: 'private', text: '' }),
    });
    expect(parseLine(cmd, 'level_min: beginner')).toEqual({ ok: true, values: { 'level-min': 'beginner' } });
  });

  it('GIVEN values WHEN validated THEN they are typed, and unknown or invalid ones are named', () => {
    const ok = validateValues(create, { activity: 'jogging', when: 'tomorrow', capacity: '4' });
    expect(ok).toEqual({ ok: true, values: { activity: 'running', when: 'tomorrow', capacity: 4 }, missing: [] });
    const tooFew = validateValues(create, { activity: 'running', when: 'x', capacity: '0' });
    expect(tooFew).toMatchObject({ ok: false, option: 'capacity' });
    expect(said(tooFew)).toBe('Capacity must be at least 1');
    expect(said(validateValues(create, { activity: 'running', colour: 'red' }))).toMatch(/no option "colour"/);
    expect(validateValues(create, { when: 'x' })).toMatchObject({ ok: true, missing: ['activity'] });
    expect(validateValues(create, { activity: { $gt: '' }, when: 'x' })).toMatchObject({ ok: false, option: 'activity' });
  });

  it('GIVEN a value too long WHEN said in German THEN the label is German too', () => {
    const notes = defineCommand({ name: 'n', description: 'test', requires: [{ kind: 'anyone' }], category: 'more', options: { notes: opt.longText({ description: 'd', max: 5, label: 'The notes', plural: true }) }, execute: async () => ({ visibility: 'private', text: '' }) });
    const r = validateValues(notes, { notes: 'far too long' });
    expect(said(r)).toBe('The notes are too long: keep them under 5 characters.');
    expect(said(r, 'de')).toBe('Die Notizen sind zu lang: höchstens 5 Zeichen.');
  });
});

describe('command declarations', () => {
  it('GIVEN a declaration a platform could not carry WHEN the registry is built THEN start-up fails naming it', () => {
    expect(() => buildRegistry([{ ...create, name: 'Bad Name' }])).toThrow(/"Bad Name": names are lowercase/);
    expect(() => buildRegistry([create, create])).toThrow(/declared twice/);
    expect(() => buildRegistry([{ ...create, description: 'x'.repeat(101) }])).toThrow(/description must be 1–100/);
    expect(() =>
      buildRegistry([{ ...create, options: { a: opt.text({ description: 'a' }), b: opt.text({ description: 'b', required: true }) }, positional: undefined }]),
    ).toThrow(/required options must come before optional ones/);
  });
});
