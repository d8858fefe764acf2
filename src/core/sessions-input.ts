/**
 * Turning what a host or a browser typed into session facts: level ranges, meeting places
 * (a community's curated places first, then any location), the day filter of a search, and the
 * limits every session value keeps whoever calls the core.
 */
import * as en from 'chrono-node/en';
import { DateTime } from 'luxon';
import type { Community } from '../domain/community.js';
import type { LevelRange } from '../domain/session.js';
import { cleanText } from '../domain/text.js';
import { type Phrase, phrase } from '../domain/phrase.js';
import { err, ok, type Result, userError } from '../result.js';
import { resolveLocation, type ResolvedPlace, timeZoneAt } from './parse/location.js';

export const CAPACITY_MIN = 1;
export const CAPACITY_MAX = 50;
export const TITLE_MAX = 80;
export const NOTES_MAX = 500;
export const MESSAGE_MAX = 300;
export const DEFAULT_CAPACITY = 4;
export const DEFAULT_DURATION_MINUTES = 60;

/** The level ranges a host can pick, by the word they type. */
export const LEVEL_RANGES = {
  all: { min: 'beginner', max: 'advanced' },
  beginner: { min: 'beginner', max: 'beginner' },
  intermediate: { min: 'intermediate', max: 'intermediate' },
  advanced: { min: 'advanced', max: 'advanced' },
  'beginner-intermediate': { min: 'beginner', max: 'intermediate' },
  'intermediate-advanced': { min: 'intermediate', max: 'advanced' },
} as const satisfies Record<string, LevelRange>;

export type LevelRangeName = keyof typeof LEVEL_RANGES;

/**
 * The ranges in the order menus offer them. Their names are words, so they live in the catalogues
 * (`level-range-<name>`), said by the presentation in the reader's language.
 */
export const LEVEL_RANGE_NAMES = [
  'all',
  'beginner',
  'intermediate',
  'advanced',
  'beginner-intermediate',
  'intermediate-advanced',
] as const satisfies readonly LevelRangeName[];

export const levelRangeOf = (name: LevelRangeName): LevelRange => LEVEL_RANGES[name];

const invalid = (message: Phrase) => err(userError('invalid-input', message));

/** The checks the option schemas make, kept again here for callers that aren't commands. */
export function checkCapacity(capacity: number): Result<number> {
  if (!Number.isInteger(capacity) || capacity < CAPACITY_MIN || capacity > CAPACITY_MAX)
    return invalid(phrase('session-capacity-range', { min: CAPACITY_MIN, max: CAPACITY_MAX }));
  return ok(capacity);
}

/** The free texts of a session, each with its own words when it is empty or too long. */
export type SessionText = 'title' | 'notes' | 'message' | 'reason';

export function checkText(text: string, max: number, what: SessionText, allowEmpty: boolean): Result<string> {
  const clean = cleanText(text);
  if (!clean && !allowEmpty) return invalid(phrase('session-text-empty', { what }));
  if (clean.length > max) return invalid(phrase('session-text-too-long', { what, max }));
  return ok(clean);
}

export type PlaceResolution =
  | { readonly kind: 'found'; readonly place: ResolvedPlace }
  /** `value` is what to run the command with again to pick that option. */
  | { readonly kind: 'ambiguous'; readonly options: readonly { readonly value: string; readonly label: string }[] };

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Where a session meets: one of the community's curated places by name (exactly, or the only
 * one whose name contains the words), else any location `resolveLocation` understands. When a
 * name means several places, each option's `value` is the text plus "#n", which picks the n-th.
 */
export function resolveSessionPlace(text: string, community: Community | null): Result<PlaceResolution> {
  const typed = text.trim();
  const curated = community?.settings.places ?? [];
  const wanted = norm(typed);
  const exact = curated.find((p) => norm(p.name) === wanted);
  const partial = exact ? [exact] : wanted.length >= 3 ? curated.filter((p) => norm(p.name).includes(wanted)) : [];
  if (partial.length === 1) {
    const p = partial[0]!;
    return ok({ kind: 'found', place: { point: p.point, label: p.name, timeZone: timeZoneAt(p.point) } });
  }
  if (partial.length > 1)
    return ok({ kind: 'ambiguous', options: partial.slice(0, 25).map((p) => ({ value: p.name, label: p.name.slice(0, 100) })) });

  const pick = /^(.*\S)\s*#(\d{1,2})$/.exec(typed);
  const base = pick ? pick[1]! : typed;
  const resolved = resolveLocation(base);
  if (!resolved.ok) return resolved;
  if (resolved.value.kind === 'found') return ok({ kind: 'found', place: resolved.value.place });
  const options = resolved.value.options;
  if (pick) {
    const chosen = options[Number(pick[2]) - 1];
    if (!chosen) return invalid(phrase('session-place-pick-range', { count: options.length, name: base.slice(0, 60) }));
    return ok({ kind: 'found', place: chosen });
  }
  return ok({ kind: 'ambiguous', options: options.map((o, i) => ({ value: `${base} #${i + 1}`, label: o.label.slice(0, 100) })) });
}

export interface DayWindow {
  readonly from: Date;
  readonly to: Date;
  /** The day, as the person's own calendar names it: "Sat 28 Nov". */
  readonly label: Phrase;
}

/** "Sat 28 Nov" in the reader's language: weekday and month named by the catalogue. */
const dayLabel = (day: DateTime): Phrase =>
  phrase('session-day-label', { weekday: String(day.weekday), day: String(day.day), month: String(day.month) });

/** A day to browse, in the person's zone: "today", "tomorrow", "sat", "dec 5", "2026-12-01". */
export function parseDay(text: string, zone: string, now: Date): Result<DayWindow> {
  const typed = text.trim().toLowerCase();
  const here = DateTime.fromJSDate(now, { zone });
  let day: DateTime | null = null;
  if (typed === 'today') day = here.startOf('day');
  else if (typed === 'tomorrow') day = here.startOf('day').plus({ days: 1 });
  else if (typed.length <= 40) {
    const parser = zone.startsWith('America/') ? en.casual : en.GB;
    const [hit] = parser.parse(typed, { instant: now, timezone: here.offset }, { forwardDate: true });
    const year = hit?.start.get('year');
    const month = hit?.start.get('month');
    const date = hit?.start.get('day');
    if (hit && year && month && date) day = DateTime.fromObject({ year, month, day: date }, { zone });
  }
  if (!day || !day.isValid) return invalid(phrase('session-day-unreadable', { text: text.trim().slice(0, 40) }));
  const end = day.plus({ days: 1 });
  if (end <= here) return invalid(phrase('session-day-passed', { day: dayLabel(day) }));
  return ok({ from: (day < here ? here : day).toJSDate(), to: end.toJSDate(), label: dayLabel(day) });
}
