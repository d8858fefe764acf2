/**
 * Weekly windows back in words, for showing a profile: "weekday evenings, Sat morning" where the
 * windows are parts of the day, otherwise days and clock hours ("Mon/Wed 6–8", "daily 7–9").
 */
import { WEEKDAY_NAMES, type Weekday, type WeeklySlot } from '../../domain/availability.js';
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
  return groups.flatMap((g) => describeGroup(g.days, g.windows)).join(', ');
}
