/**
 * How much two people's weekly availability overlaps, each given in their own time zone.
 *
 * Both sides become real instants for one concrete week, the week (Monday to Monday, in `aZone`)
 * that contains `reference`, using that week's UTC offsets, so a week in which one side changes to
 * or from summer time is computed as it will really happen. The neighbouring weeks are expanded
 * too and the result is clipped to A's week, so Sunday night in New York still meets Monday
 * morning in Berlin.
 */
import { DateTime } from 'luxon';
import type { WeeklySlot } from '../../domain/availability.js';

export interface Overlap {
  minutes: number;
  windows: number;
  label: string;
}

interface Span {
  start: number;
  end: number;
}

const MINUTE = 60_000;

/** Parts of the day for naming an overlap, in A's local time; together they cover the clock. */
const LABEL_PARTS: ReadonlyArray<{ name: string; plural: string; from: number; to: number }> = [
  { name: 'night', plural: 'nights', from: 0, to: 5 },
  { name: 'morning', plural: 'mornings', from: 5, to: 12 },
  { name: 'afternoon', plural: 'afternoons', from: 12, to: 17 },
  { name: 'evening', plural: 'evenings', from: 17, to: 21 },
  { name: 'night', plural: 'nights', from: 21, to: 24 },
];

/** Share of the overlapping minutes one part of the day needs for the label to name it. */
const DOMINANT_SHARE = 0.6;

const NO_OVERLAP: Overlap = { minutes: 0, windows: 0, label: 'no shared times yet' };

/** The instant a wall-clock minute of a local day falls on (luxon moves times in a DST gap forward). */
function wallClock(day: DateTime, minutes: number): DateTime {
  if (minutes >= 1440) return day.plus({ days: 1 }).startOf('day');
  return day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0, millisecond: 0 });
}

/** Matching compares one person with many: their expanded weeks are kept per slot list. */
const expanded = new WeakMap<readonly WeeklySlot[], Map<string, Span[]>>();

function instants(slots: readonly WeeklySlot[], zone: string, reference: Date): Span[] {
  const thisWeek = DateTime.fromJSDate(reference, { zone }).startOf('week');
  const key = `${zone}|${thisWeek.toMillis()}`;
  let cache = expanded.get(slots);
  const hit = cache?.get(key);
  if (hit) return hit;
  const spans = expand(slots, thisWeek);
  if (!cache) {
    cache = new Map();
    expanded.set(slots, cache);
  }
  if (cache.size > 8) cache.clear();
  cache.set(key, spans);
  return spans;
}

function expand(slots: readonly WeeklySlot[], thisWeek: DateTime): Span[] {
  const spans: Span[] = [];
  for (const offset of [-1, 0, 1]) {
    const monday = thisWeek.plus({ weeks: offset });
    for (const slot of slots) {
      const day = monday.plus({ days: slot.day - 1 });
      const start = wallClock(day, slot.start).toMillis();
      const end = wallClock(day, slot.end).toMillis();
      if (end > start) spans.push({ start, end });
    }
  }
  return union(spans);
}

/** Sorted, with overlapping or touching spans joined. */
function union(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

function intersect(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (!x || !y) break;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (end > start) out.push({ start, end });
    if (x.end < y.end) i++;
    else j++;
  }
  return union(out);
}

/** Minutes of a span in each part of the day, in `zone`'s local time. */
function minutesByPart(span: Span, zone: string): Map<string, number> {
  const out = new Map<string, number>();
  const startLocal = DateTime.fromMillis(span.start, { zone });
  const endLocal = DateTime.fromMillis(span.end, { zone });
  if (startLocal.offset !== endLocal.offset) {
    // The clocks change inside this window: walk it in 5-minute steps.
    const step = 5 * MINUTE;
    for (let t = span.start; t < span.end; t += step) {
      const local = DateTime.fromMillis(t, { zone });
      add(out, local.hour * 60 + local.minute, Math.min(step, span.end - t) / MINUTE);
    }
    return out;
  }
  let position = startLocal.hour * 60 + startLocal.minute + startLocal.second / 60;
  let remaining = (span.end - span.start) / MINUTE;
  while (remaining > 0) {
    const ofDay = position % 1440;
    const part = partAt(ofDay);
    const chunk = Math.min(remaining, part.to * 60 - ofDay);
    out.set(part.name, (out.get(part.name) ?? 0) + chunk);
    position += chunk;
    remaining -= chunk;
  }
  return out;
}

function partAt(minuteOfDay: number): (typeof LABEL_PARTS)[number] {
  const hour = minuteOfDay / 60;
  const part = LABEL_PARTS.find((p) => hour >= p.from && hour < p.to) ?? LABEL_PARTS[LABEL_PARTS.length - 1];
  if (!part) throw new Error('LABEL_PARTS is empty');
  return part;
}

function add(out: Map<string, number>, minuteOfDay: number, minutes: number): void {
  const name = partAt(minuteOfDay % 1440).name;
  out.set(name, (out.get(name) ?? 0) + minutes);
}

function hoursLabel(minutes: number): string {
  if (minutes < 60) return `${Math.round(minutes)} min a week overlap`;
  const hours = Math.round((minutes / 60) * 2) / 2;
  return `${hours} h a week overlap`;
}

/**
 * Shared weekly time between A (slots in `aZone`) and B (slots in `bZone`) in the week containing
 * `reference`: total minutes, the number of separate shared windows, and a label naming the part
 * of A's day most of it falls in ("3 evenings overlap"), or the hours when it is spread out.
 */
export function weeklyOverlap(
  a: readonly WeeklySlot[],
  aZone: string,
  b: readonly WeeklySlot[],
  bZone: string,
  reference: Date,
): Overlap {
  const weekStart = DateTime.fromJSDate(reference, { zone: aZone }).startOf('week');
  const week: Span = { start: weekStart.toMillis(), end: weekStart.plus({ weeks: 1 }).toMillis() };
  const shared = intersect(instants(a, aZone, reference), instants(b, bZone, reference))
    .map((s) => ({ start: Math.max(s.start, week.start), end: Math.min(s.end, week.end) }))
    .filter((s) => s.end > s.start);
  if (!shared.length) return { ...NO_OVERLAP };

  const minutes = Math.round(shared.reduce((sum, s) => sum + (s.end - s.start), 0) / MINUTE);
  const totals = new Map<string, number>();
  const windowsByPart = new Map<string, number>();
  for (const span of shared) {
    const parts = minutesByPart(span, aZone);
    let main: string | null = null;
    for (const [name, m] of parts) {
      totals.set(name, (totals.get(name) ?? 0) + m);
      if (main === null || m > (parts.get(main) ?? 0)) main = name;
    }
    if (main) windowsByPart.set(main, (windowsByPart.get(main) ?? 0) + 1);
  }

  let label = hoursLabel(minutes);
  const [dominant, dominantMinutes] = [...totals].sort((x, y) => y[1] - x[1])[0] ?? [null, 0];
  const count = dominant ? (windowsByPart.get(dominant) ?? 0) : 0;
  if (dominant && count > 0 && dominantMinutes >= DOMINANT_SHARE * minutes) {
    const part = LABEL_PARTS.find((p) => p.name === dominant);
    if (part) label = count === 1 ? `1 ${part.name} overlaps` : `${count} ${part.plural} overlap`;
  }
  return { minutes, windows: shared.length, label };
}
