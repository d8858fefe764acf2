import { z } from 'zod';
import { ACTIVITY_IDS, type ActivityId, LEVELS, type Level, resolveActivity } from '../domain/activities.js';
import { cleanText } from '../domain/text.js';

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
  readonly choices?: readonly { readonly value: string; readonly label: string }[];
  readonly min?: number;
  readonly max?: number;
  readonly maxLength?: number;
}

export type OptionsShape = Record<string, OptionSpec>;
export type OptionValues<O extends OptionsShape> = {
  [K in keyof O]: O[K] extends OptionSpec<infer T> ? T : never;
};

/**
 * Text people type may carry control characters, direction overrides, zero-width characters or
 * look like a query object; none gets in (see `cleanText`). Every text-like option goes through it.
 */
const textSchema = (max: number, what: string, plural = false) =>
  z
    .string({ error: `${what} must be text` })
    .transform(cleanText)
    .pipe(
      z
        .string()
        .min(1, `${what} can't be empty`)
        .max(max, `${what} ${plural ? 'are' : 'is'} too long: keep ${plural ? 'them' : 'it'} under ${max} characters`),
    );

interface Common {
  description: string;
  required?: boolean;
}

function spec<T>(kind: OptionKind, c: Common, schema: z.ZodType<T>, extra: Partial<OptionSpec<T>> = {}): OptionSpec<T> {
  return { kind, description: c.description, required: c.required ?? false, schema, ...extra };
}

export const opt = {
  /** `plural` when the label is a plural noun ("The notes"), so messages say "are too long". */
  text: (c: Common & { max?: number; label?: string; plural?: boolean }) =>
    spec('text', c, textSchema(c.max ?? 100, c.label ?? 'That', c.plural), { maxLength: c.max ?? 100 }),

  /** Long free text: Discord asks for it in a modal. */
  longText: (c: Common & { max: number; label: string; plural?: boolean }) =>
    spec('long-text', c, textSchema(c.max, c.label, c.plural), { maxLength: c.max }),

  integer: (c: Common & { min: number; max: number; label: string; unit?: string }) =>
    spec(
      'integer',
      c,
      z.preprocess(
        (v) => (typeof v === 'string' && /^\s*-?\d+\s*$/.test(v) ? Number(v) : v),
        z
          .number({ error: `${c.label} must be a whole number from ${c.min} to ${c.max}` })
          .int(`${c.label} must be a whole number from ${c.min} to ${c.max}`)
          .min(c.min, `${c.label} must be at least ${c.min}${c.unit ?? ''}`)
          .max(c.max, `${c.label} can be at most ${c.max}${c.unit ?? ''}`),
      ) as z.ZodType<number>,
      { min: c.min, max: c.max },
    ),

  boolean: (c: Common & { label: string }) =>
    spec(
      'boolean',
      c,
      z.preprocess((v) => {
        if (typeof v !== 'string') return v;
        const w = v.trim().toLowerCase();
        if (['on', 'yes', 'true', 'y', '1'].includes(w)) return true;
        if (['off', 'no', 'false', 'n', '0'].includes(w)) return false;
        return v;
      }, z.boolean({ error: `${c.label} must be on or off` })) as z.ZodType<boolean>,
    ),

  choice: <const V extends string>(c: Common & { label: string; values: readonly { value: V; label: string }[] }) =>
    spec(
      'choice',
      c,
      z.preprocess(
        (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
        z.enum(c.values.map((x) => x.value) as [V, ...V[]], {
          error: `${c.label} must be one of: ${c.values.map((x) => x.value).join(', ')}`,
        }),
      ) as z.ZodType<V>,
      { choices: c.values },
    ),

  activity: (c: Common) =>
    spec(
      'activity',
      c,
      z.string({ error: 'The activity must be text' }).transform((v, ctx): ActivityId => {
        const id = resolveActivity(v);
        if (!id) {
          ctx.addIssue({ code: 'custom', message: `I don't know the activity "${v.slice(0, 40)}". Try one of: ${ACTIVITY_IDS.join(', ')}` });
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
        .union([z.string(), z.array(z.string())], { error: 'Activities must be text, like "running, yoga"' })
        .transform((v, ctx): ActivityId[] => {
          const words = (Array.isArray(v) ? v : v.split(/[,;/&]|\band\b/)).map((w) => w.trim()).filter(Boolean);
          if (words.length === 0) {
            ctx.addIssue({ code: 'custom', message: 'Name at least one activity, like "running, yoga"' });
            return z.NEVER;
          }
          const ids = new Set<ActivityId>();
          for (const w of words) {
            const id = resolveActivity(w);
            if (!id) {
              ctx.addIssue({ code: 'custom', message: `I don't know the activity "${w.slice(0, 40)}". Try: ${ACTIVITY_IDS.join(', ')}` });
              return z.NEVER;
            }
            ids.add(id);
          }
          if (ids.size > 8) {
            ctx.addIssue({ code: 'custom', message: 'Pick at most 8 activities' });
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
        (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
        z.enum(LEVELS, { error: `The level must be one of: ${LEVELS.join(', ')}` }),
      ) as z.ZodType<Level>,
      { choices: LEVELS.map((l) => ({ value: l, label: l[0]!.toUpperCase() + l.slice(1) })) },
    ),

  /** A place: a curated meeting place, a city or area, "lat, lng" or a map link. Resolved by the core. */
  place: (c: Common) => spec('place', c, textSchema(200, 'The place')),

  /** A natural-language time ("tomorrow 7am"), resolved by the core in the person's zone. */
  when: (c: Common) => spec('when', c, textSchema(100, 'The time')),

  /** A session: its id, or its number in the last list you were shown. */
  session: (c: Common) => spec('session', c, textSchema(40, 'The session')),

  /** Another person: their number in the last list you were shown. */
  person: (c: Common) => spec('person', c, textSchema(40, "The person's name")),

  report: (c: Common) => spec('report', c, textSchema(40, 'The report')),
};
