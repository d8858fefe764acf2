import { z } from 'zod';
import { ACTIVITY_IDS, type ActivityId, LEVELS, type Level, resolveActivity, resolveLevel } from '../domain/activities.js';
import { either, isPhrase, type Phrase, phrase, type PhraseArg } from '../domain/phrase.js';
import { cleanText } from '../domain/text.js';
import { catalogues } from '../i18n/catalogue.js';
import { type Translator, translator } from '../i18n/translator.js';
import type { CommandDefinition } from './command.js';
import type { ListKind } from '../domain/refs.js';

/**
 * Typed command options. Each builder yields a spec that adapters read to build their inputs
 * (slash-command option types, autocomplete, modals) and a zod schema that turns what arrived —
 * a typed value from Discord or a piece of a text line from Telegram and the terminal — into the
 * value the handler gets, or a message saying exactly what was wrong.
 */

export type { OptionKind } from '../domain/option-kind.js';
import type { OptionKind } from '../domain/option-kind.js';

export interface OptionSpec<T = unknown> {
  readonly kind: OptionKind;
  readonly description: string;
  readonly required: boolean;
  readonly schema: z.ZodType<T>;
  /** For `choice`: the allowed values and their labels. */
  readonly choices?: readonly ChoiceSpec[];
  readonly min?: number;
  readonly max?: number;
  readonly maxLength?: number;
  /**
   * The kinds of list whose numbers this option takes ("/join 2": sessions nearby), the most
   * recently shown of them first; a number from another kind of list is not taken.
   */
  readonly lists?: readonly ListKind[];
}

/**
 * One choice of an option: its value, its English name (Discord's default name, and the words
 * shown when a language lacks its own), and, for words several commands share (the level ranges),
 * the catalogue message that names it; without one its name is the command's menu key
 * `cmd-<command>-<option>-<value>`.
 */
export interface ChoiceSpec {
  readonly value: string;
  readonly label: string;
  readonly key?: string;
}

export type OptionsShape = Record<string, OptionSpec>;
export type OptionValues<O extends OptionsShape> = {
  [K in keyof O]: O[K] extends OptionSpec<infer T> ? T : never;
};

/**
 * zod keeps an issue's message as a string, and what was wrong must be said later, in the reader's
 * language: the message is the phrase itself, written as JSON behind a mark that no typed text or
 * zod default message starts with. `issuePhrase` reads it back.
 */
const PHRASE_MARK = '\u0000phrase:';
const said = (key: string, args?: Readonly<Record<string, PhraseArg>>): string => PHRASE_MARK + JSON.stringify(phrase(key, args));

/** What a failed check said, as a phrase; zod's own words (never expected) become a plain "not valid". */
export function issuePhrase(message: string | undefined, label: PhraseArg = phrase('flow-label-that')): Phrase {
  if (message?.startsWith(PHRASE_MARK)) {
    const parsed: unknown = JSON.parse(message.slice(PHRASE_MARK.length));
    if (isPhrase(parsed)) return parsed;
  }
  return phrase('flow-not-valid', { label });
}

const knownKey = (key: string): boolean => catalogues().bundle('en').hasMessage(key);

/** A catalogue message's English words: a choice's default name where a platform wants one. */
const englishOf = (key: string): string => translator('en').t(key);

/**
 * An option's label ("The radius") as the reader's language says it: `flow-label-the-radius` in the
 * catalogue. A label without a message yet is shown as written.
 */
export function labelArg(label: string): PhraseArg {
  const words = label.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  const key = `flow-label-${words.join('-')}`;
  return knownKey(key) ? phrase(key) : label;
}

/** A catalogue message if there is one (the command menus' `cmd-…` keys), else the declared English. */
const fromCatalogue = (t: Translator, key: string, declared: string): string => (knownKey(key) ? t.t(key) : declared);

/** A command's description in the reader's language. */
export const commandDescription = (t: Translator, c: CommandDefinition): string => fromCatalogue(t, `cmd-${c.name}`, c.description);

/** An option's description (also the question a guided flow asks) in the reader's language. */
export const optionDescription = (t: Translator, c: CommandDefinition, name: string, spec: OptionSpec): string =>
  fromCatalogue(t, `cmd-${c.name}-${name}`, spec.description);

/** The catalogue message naming a choice, or null where only the declared English names it. */
export const choiceKey = (c: CommandDefinition, name: string, choice: ChoiceSpec): string | null => {
  const key = choice.key ?? `cmd-${c.name}-${name}-${choice.value}`;
  return knownKey(key) ? key : null;
};

/** A choice's name in the reader's language. */
export const choiceLabel = (t: Translator, c: CommandDefinition, name: string, choice: ChoiceSpec): string => {
  const key = choiceKey(c, name, choice);
  return key ? t.t(key) : choice.label;
};

/** The names of an option's choices as a phrase: "A, B or C" in the reader's language. */
export function choiceNames(c: CommandDefinition, name: string, spec: OptionSpec): PhraseArg {
  if (spec.kind === 'level') return either(LEVELS.map((l) => phrase(`flow-level-${l}`)));
  return either((spec.choices ?? []).map((choice) => {
    const key = choiceKey(c, name, choice);
    return key ? phrase(key) : choice.label;
  }));
}

/**
 * What a failed check said about option `name`, in phrase form. "Must be one of" is said with the
 * choices' names in the reader's language: only here is the command known that names them.
 */
export function optionIssue(c: CommandDefinition, name: string, spec: OptionSpec, message: string | undefined, label: PhraseArg): Phrase {
  const said = issuePhrase(message, label);
  if (said.key !== 'flow-one-of' || (spec.kind !== 'choice' && spec.kind !== 'level')) return said;
  return phrase('flow-one-of', { ...said.args, values: choiceNames(c, name, spec) });
}

/**
 * Text people type may carry control characters, direction overrides, zero-width characters or
 * look like a query object; none gets in (see `cleanText`). Every text-like option goes through it.
 */
const textSchema = (max: number, what: string, plural = false) => {
  const label = labelArg(what);
  return z
    .string({ error: said('flow-must-be-text', { label }) })
    .transform(cleanText)
    .pipe(
      z
        .string()
        .min(1, said('flow-empty', { label }))
        .max(max, said(plural ? 'flow-too-long-plural' : 'flow-too-long', { label, max })),
    );
};

/** Yes and no as people type them in the languages Spotter speaks. */
const TRUE_WORDS: ReadonlySet<string> = new Set(['on', 'yes', 'true', 'y', '1', 'an', 'ja', 'ein', 'sí', 'si', 'activado', 'да', 'вкл']);
const FALSE_WORDS: ReadonlySet<string> = new Set(['off', 'no', 'false', 'n', '0', 'aus', 'nein', 'desactivado', 'нет', 'выкл']);

interface Common {
  description: string;
  required?: boolean;
}

/** An option naming an item of lists the person was shown: which kinds of list its numbers come from. */
interface Listed extends Common {
  lists: readonly ListKind[];
}

function spec<T>(kind: OptionKind, c: Common, schema: z.ZodType<T>, extra: Partial<OptionSpec<T>> = {}): OptionSpec<T> {
  return { kind, description: c.description, required: c.required ?? false, schema, ...extra };
}

/** A choice option from its values and their names. */
function choiceSpec<V extends string>(c: Common & { label: string }, values: readonly (ChoiceSpec & { value: V })[]): OptionSpec<V> {
  return spec(
    'choice',
    c,
    z.preprocess(
      (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
      z.enum(values.map((x) => x.value) as [V, ...V[]], {
        // The English names here; `optionIssue` says them in the reader's language.
        error: said('flow-one-of', { label: labelArg(c.label), values: either(values.map((x) => (x.key ? phrase(x.key) : x.label))) }),
      }),
    ) as z.ZodType<V>,
    { choices: values },
  );
}

export const opt = {
  /** `plural` when the label is a plural noun ("The notes"), so messages say "are too long". */
  text: (c: Common & { max?: number; label?: string; plural?: boolean; lists?: readonly ListKind[] }) =>
    spec('text', c, textSchema(c.max ?? 100, c.label ?? 'That', c.plural), { maxLength: c.max ?? 100, ...(c.lists ? { lists: c.lists } : {}) }),

  /** Long free text: Discord asks for it in a modal. */
  longText: (c: Common & { max: number; label: string; plural?: boolean }) =>
    spec('long-text', c, textSchema(c.max, c.label, c.plural), { maxLength: c.max }),

  integer: (c: Common & { min: number; max: number; label: string; unit?: string }) => {
    const label = labelArg(c.label);
    const range = { label, min: c.min, max: c.max, unit: c.unit ?? '' };
    return spec(
      'integer',
      c,
      z.preprocess(
        (v) => (typeof v === 'string' && /^\s*-?\d+\s*$/.test(v) ? Number(v) : v),
        z
          .number({ error: said('flow-whole-number', range) })
          .int(said('flow-whole-number', range))
          .min(c.min, said('flow-at-least', range))
          .max(c.max, said('flow-at-most', range)),
      ) as z.ZodType<number>,
      { min: c.min, max: c.max },
    );
  },

  boolean: (c: Common & { label: string }) =>
    spec(
      'boolean',
      c,
      z.preprocess((v) => {
        if (typeof v !== 'string') return v;
        const w = v.trim().toLowerCase();
        if (TRUE_WORDS.has(w)) return true;
        if (FALSE_WORDS.has(w)) return false;
        return v;
      }, z.boolean({ error: said('flow-on-off', { label: labelArg(c.label) }) })) as z.ZodType<boolean>,
    ),

  choice: <const V extends string>(c: Common & { label: string; values: readonly { value: V; label: string }[] }) => choiceSpec(c, c.values),

  /**
   * A choice whose names are shared words of the catalogues, `<names>-<value>` ("level-range-all"),
   * not words of one command: the definition holds the values only.
   */
  namedChoice: <const V extends string>(c: Common & { label: string; values: readonly V[]; names: string }) =>
    choiceSpec(
      c,
      c.values.map((value) => {
        const key = `${c.names}-${value}`;
        return { value, key, label: englishOf(key) };
      }),
    ),


  activity: (c: Common) =>
    spec(
      'activity',
      c,
      z.string({ error: said('flow-must-be-text', { label: labelArg('The activity') }) }).transform((v, ctx): ActivityId => {
        const id = resolveActivity(v);
        if (!id) {
          ctx.addIssue({ code: 'custom', message: said('flow-unknown-activity', { text: v.slice(0, 40), known: ACTIVITY_IDS.join(', ') }) });
          return z.NEVER;
        }
        return id;
      }),
    ),

  activities: (c: Common) =>
    spec(
      'activities',
      c,
      z
        .union([z.string(), z.array(z.string())], { error: said('flow-activities-text') })
        .transform((v, ctx): ActivityId[] => {
          // "and" in each language Spotter speaks: "Laufen und Yoga", "correr y yoga", "бег и йога".
          const words = (Array.isArray(v) ? v : v.split(/[,;/&]|\s(?:and|und|y|и)\s/iu)).map((w) => w.trim()).filter(Boolean);
          if (words.length === 0) {
            ctx.addIssue({ code: 'custom', message: said('flow-activities-none') });
            return z.NEVER;
          }
          const ids = new Set<ActivityId>();
          for (const w of words) {
            const id = resolveActivity(w);
            if (!id) {
              ctx.addIssue({ code: 'custom', message: said('flow-unknown-activity-short', { text: w.slice(0, 40), known: ACTIVITY_IDS.join(', ') }) });
              return z.NEVER;
            }
            ids.add(id);
          }
          if (ids.size > 8) {
            ctx.addIssue({ code: 'custom', message: said('flow-activities-too-many', { max: 8 }) });
            return z.NEVER;
          }
          return [...ids];
        }),
    ),

  level: (c: Common) =>
    spec(
      'level',
      c,
      z.preprocess(
        // Level words of any language Spotter speaks: "Anfänger", "principiante", "новичок".
        (v) => (typeof v === 'string' ? (resolveLevel(v) ?? v.trim().toLowerCase()) : v),
        z.enum(LEVELS, { error: said('flow-one-of', { label: labelArg('The level'), values: either(LEVELS.map((l) => phrase(`flow-level-${l}`))) }) }),
      ) as z.ZodType<Level>,
      { choices: LEVELS.map((l) => ({ value: l, label: l[0]!.toUpperCase() + l.slice(1) })) },
    ),

  /** A place: a curated meeting place, a city or area, "lat, lng" or a map link. Resolved by the core. */
  place: (c: Common) => spec('place', c, textSchema(200, 'The place')),

  /** A natural-language time ("tomorrow 7am"), resolved by the core in the person's zone. */
  when: (c: Common) => spec('when', c, textSchema(100, 'The time')),

  /** A session: its id, or its number in the last list of `lists` shown. */
  session: (c: Listed) => spec('session', c, textSchema(40, 'The session'), { lists: c.lists }),

  /**
   * Another person: their number in the last list of `lists` shown, their name or @name (among
   * the people the asker has dealt with), a Discord mention, or their id (from a button).
   */
  person: (c: Listed) => spec('person', c, textSchema(40, "The person's name"), { lists: c.lists }),

  /** A member of the community a moderator acts on: Discord offers its user picker; elsewhere like `person`. */
  member: (c: Listed) => spec('member', c, textSchema(40, "The person's name"), { lists: c.lists }),

  report: (c: Listed) => spec('report', c, textSchema(40, 'The report'), { lists: c.lists }),

  /** A channel of the community: Discord offers its picker; elsewhere its id, a mention or "none". */
  channel: (c: Common & { label: string }) => spec('channel', c, textSchema(40, c.label)),

  /** A role of the community: Discord offers its picker; elsewhere its id, a mention or "none". */
  role: (c: Common & { label: string }) => spec('role', c, textSchema(40, c.label)),
};
