/**
 * Weekly windows back in words, for showing a profile: "weekday evenings, Sat morning" where the
 * windows are parts of the day, otherwise days and clock hours ("Mon/Wed 6–8", "daily 7–9").
 */
import { WEEKDAY_NAMES, type Weekday, type WeeklySlot } from '../../domain/availability.js';
import { phrase, type Phrase } from '../../domain/phrase.js';
// availability.ts re-exports this module, so this import is a cycle; harmless, as `merge` is only
// called at run time, never while the modules load.
import { merge } from './availability.js';
import { ALL_DAYS, h, PARTS_OF_DAY, WEEKDAYS, WEEKEND, type PartOfDay, type Window } from './availability-lexer.js';

const PLURAL: Readonly<Record<PartOfDay, string>> = {
  'early morning': 'early mornings',
  morning: 'mornings',
  'late morning': 'late mornings',
  lunchtime: 'lunchtimes',
  afternoon: 'afternoons',
  evening: 'evenings',
  night: 'nights',
  'all day': 'all day',
};

const hhmm = (minutes: number) => {
  const hours = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  const hh = minutes === h(24) ? 24 : hours;
  return m ? `${hh}:${String(m).padStart(2, '0')}` : `${hh}`;
};

function partNamed(w: Window): PartOfDay | null {
  for (const [name, window] of Object.entries(PARTS_OF_DAY) as [PartOfDay, Window][]) {
    if (window.start === w.start && window.end === w.end) return name;
  }
  return null;
}

const sameDays = (a: readonly Weekday[], b: readonly Weekday[]) => a.length === b.length && a.every((d, i) => d === b[i]);

/** "Mon–Wed/Fri": runs of three or more days with a dash, the rest with slashes. */
function dayList(days: readonly Weekday[]): string {
  const out: string[] = [];
  let i = 0;
  while (i < days.length) {
    let j = i;
    while (j + 1 < days.length && (days[j + 1] ?? 0) === (days[j] ?? 0) + 1) j++;
    const from = WEEKDAY_NAMES[(days[i] ?? 1) - 1] ?? '';
    const to = WEEKDAY_NAMES[(days[j] ?? 1) - 1] ?? '';
    if (j - i >= 2) {
      out.push(`${from}–${to}`);
      i = j + 1;
    } else {
      out.push(from);
      i++;
    }
  }
  return out.join('/');
}

function describeGroup(days: readonly Weekday[], windows: readonly Window[]): string[] {
  const every = sameDays(days, ALL_DAYS);
  const weekdays = sameDays(days, WEEKDAYS);
  const weekend = sameDays(days, WEEKEND);
  const single = days.length === 1;
  const names = windows.map(partNamed);
  const out: string[] = [];

  const named = names.filter((n): n is PartOfDay => n !== null && n !== 'all day');
  if (named.length) {
    const list = (forms: (n: PartOfDay) => string) => named.map(forms).join(' & ');
    if (every) out.push(`every ${list((n) => n)}`);
    else if (weekdays) out.push(`weekday ${list((n) => PLURAL[n])}`);
    else if (weekend) out.push(`weekend ${list((n) => PLURAL[n])}`);
    else if (single) out.push(`${dayList(days)} ${list((n) => n)}`);
    else out.push(`${dayList(days)} ${list((n) => PLURAL[n])}`);
  }
  if (names.includes('all day')) {
    out.push(every ? 'every day' : weekdays ? 'weekdays' : weekend ? 'weekends' : `${dayList(days)} all day`);
  }
  const ranges = windows.filter((_, i) => names[i] === null).map((w) => `${hhmm(w.start)}–${hhmm(w.end)}`);
  if (ranges.length) {
    out.push(`${every ? 'daily' : weekdays ? 'weekdays' : weekend ? 'weekends' : dayList(days)} ${ranges.join(' & ')}`);
  }
  return out;
}

/**
 * A short wording: "weekday evenings, Sat morning" where the windows are parts of the day,
 * otherwise days and clock hours: "Mon/Wed 6–8", "daily 7–9".
 */
export function describeAvailabilityShort(slots: readonly WeeklySlot[]): string {
  if (!slots.length) return 'not set';
  return groupsOf(slots).flatMap((g) => describeGroup(g.days, g.windows)).join(', ');
}

/** Which days share each window, then which windows share each set of days; in order. */
function groupsOf(slots: readonly WeeklySlot[]): { days: Weekday[]; windows: Window[] }[] {
  // Which days share each window, then which windows share each set of days.
  const daysByWindow = new Map<string, Weekday[]>();
  for (const s of merge(slots)) {
    const key = `${s.start}-${s.end}`;
    const list = daysByWindow.get(key) ?? [];
    if (!list.includes(s.day)) list.push(s.day);
    daysByWindow.set(key, list);
  }
  const byDays = new Map<string, { days: Weekday[]; windows: Window[] }>();
  for (const [key, days] of daysByWindow) {
    const [start, end] = key.split('-').map(Number) as [number, number];
    days.sort((a, b) => a - b);
    const dk = days.join(',');
    const entry = byDays.get(dk) ?? { days, windows: [] };
    entry.windows.push({ start, end });
    byDays.set(dk, entry);
  }
  const groups = [...byDays.values()];
  for (const g of groups) g.windows.sort((a, b) => a.start - b.start);
  groups.sort(
    (a, b) => (a.days[0] ?? 0) - (b.days[0] ?? 0) || (a.windows[0]?.start ?? 0) - (b.windows[0]?.start ?? 0),
  );
  return groups;
}

// ---------------------------------------------------------------- in any language

const PART_KEYS: Readonly<Record<PartOfDay, string>> = {
  'early morning': 'early-morning',
  morning: 'morning',
  'late morning': 'late-morning',
  lunchtime: 'lunchtime',
  afternoon: 'afternoon',
  evening: 'evening',
  night: 'night',
  'all day': 'all-day',
};

/** "a & b & c", "a/b/c", "a, b, c" as nested phrases: each language writes its own joiners. */
function joined(items: readonly (Phrase | string)[], key: string): Phrase | string {
  const [first, ...rest] = items;
  if (first === undefined) return '';
  return rest.reduce<Phrase | string>((a, b) => phrase(key, { a, b }), first);
}

const dayName = (d: Weekday | undefined): Phrase => phrase(`parse-weekday-short-${d ?? 1}`);

function dayListPhrase(days: readonly Weekday[]): Phrase | string {
  const out: Phrase[] = [];
  let i = 0;
  while (i < days.length) {
    let j = i;
    while (j + 1 < days.length && (days[j + 1] ?? 0) === (days[j] ?? 0) + 1) j++;
    if (j - i >= 2) {
      out.push(phrase('parse-describe-run', { from: dayName(days[i]), to: dayName(days[j]) }));
      i = j + 1;
    } else {
      out.push(dayName(days[i]));
      i++;
    }
  }
  return joined(out, 'parse-describe-slash');
}

function describeGroupPhrase(days: readonly Weekday[], windows: readonly Window[]): Phrase[] {
  const scope = sameDays(days, ALL_DAYS) ? 'every' : sameDays(days, WEEKDAYS) ? 'weekday' : sameDays(days, WEEKEND) ? 'weekend' : 'days';
  const single = days.length === 1;
  const names = windows.map(partNamed);
  const out: Phrase[] = [];
  const dayList = dayListPhrase(days);

  const named = names.filter((n): n is PartOfDay => n !== null && n !== 'all day');
  if (named.length) {
    // "every evening", "Mon evening" name one; "weekday evenings", "Mon/Wed evenings" several.
    const form = scope === 'every' || (scope === 'days' && single) ? 'one' : 'many';
    const parts = joined(named.map((n) => phrase(`parse-part-${PART_KEYS[n]}-${form}`)), 'parse-describe-and');
    out.push(phrase(`parse-describe-${scope}`, { days: dayList, parts }));
  }
  if (names.includes('all day')) out.push(phrase(`parse-describe-${scope}-all-day`, { days: dayList }));
  const ranges = windows.filter((_, i) => names[i] === null).map((w) => `${hhmm(w.start)}–${hhmm(w.end)}`);
  if (ranges.length) out.push(phrase(`parse-describe-${scope}-ranges`, { days: dayList, ranges: joined(ranges, 'parse-describe-and') }));
  return out;
}

/**
 * The same wording as `describeAvailabilityShort`, as words without a language: "weekday
 * evenings, Sat morning" in English, "wochentags abends, Sa morgens" in German.
 */
export function describeAvailability(slots: readonly WeeklySlot[]): Phrase {
  if (!slots.length) return phrase('parse-describe-not-set');
  const all = groupsOf(slots).flatMap((g) => describeGroupPhrase(g.days, g.windows));
  const whole = joined(all, 'parse-describe-comma');
  return typeof whole === 'string' ? phrase('parse-describe-not-set') : whole;
}
