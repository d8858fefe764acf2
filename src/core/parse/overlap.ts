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
import { phrase, type Phrase } from '../../domain/phrase.js';

export interface Overlap {
  minutes: number;
  windows: number;
  /** The overlap in words, for any reader: "3 evenings overlap", "2 h a week overlap". */
  reason: Phrase;
  /** TRANSITIONAL: `reason` in English, until matching's explanations are phrases. */
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

const NO_OVERLAP: Overlap = { minutes: 0, windows: 0, reason: phrase('parse-overlap-none'), label: 'no shared times yet' };

/** The instant a wall-clock minute of a local day falls on (luxon moves times in a DST gap forward). */
function wallClock(day: DateTime, minutes: number): DateTime {
  if (minutes >= 1440) return day.plus({ days: 1 }).startOf('day');
  return day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0, millisecond: 0 });
}

interface LocalDay {
  readonly date: DateTime;
  /** Local midnight as epoch milliseconds. */
  readonly midnight: number;
  /** No clock change between this midnight and the next. */
  readonly regular: boolean;
}

/**
 * The 21 local days (previous, this and next week) around the week containing `reference`, per
 * zone. Matching measures one person against hundreds, mostly in a handful of zones: the luxon
 * work is done once per zone and week, and slots become plain arithmetic on regular days.
 */
const dayTables = new Map<string, readonly LocalDay[]>();

/** The last table handed out, by its week's DateTime (weekContaining hands out one per zone and week). */
let lastDays: { readonly week: DateTime; readonly days: readonly LocalDay[] } | null = null;

function localDays(zone: string, thisWeek: DateTime): readonly LocalDay[] {
  if (lastDays?.week === thisWeek) return lastDays.days;
  const key = `${zone}|${thisWeek.toMillis()}`;
  const hit = dayTables.get(key);
  if (hit) {
    lastDays = { week: thisWeek, days: hit };
    return hit;
  }
  const days: LocalDay[] = [];
  let date = thisWeek.minus({ weeks: 1 });
  for (let i = 0; i < 21; i++) {
    const next = date.plus({ days: 1 });
    days.push({ date, midnight: date.toMillis(), regular: date.offset === next.offset });
    date = next;
  }
  if (dayTables.size >= 256) dayTables.clear();
  dayTables.set(key, days);
  lastDays = { week: thisWeek, days };
  return days;
}

function instantOf(day: LocalDay, minutes: number): number {
  return day.regular ? day.midnight + minutes * MINUTE : wallClock(day.date, minutes).toMillis();
}

/** Per zone, the last week asked for: its Monday and where it ends, as epoch milliseconds. */
const weekStarts = new Map<string, { readonly from: number; readonly to: number; readonly monday: DateTime }>();

/**
 * Monday 00:00 of the week containing `reference` in `zone`. Cached per zone as the span of that
 * week, so every `now` within it hits: each /match has its own `now`, and building a zoned
 * DateTime per query cost more than ranking the pool.
 */
function weekContaining(reference: Date, zone: string): DateTime {
  const t = reference.getTime();
  const hit = weekStarts.get(zone);
  if (hit && hit.from <= t && t < hit.to) return hit.monday;
  // A zone luxon doesn't know (a corrupt profile) is read as UTC rather than poisoning the maths.
  const local = DateTime.fromJSDate(reference, { zone });
  const monday = (local.isValid ? local : DateTime.fromJSDate(reference, { zone: 'UTC' })).startOf('week');
  if (weekStarts.size >= 256) weekStarts.clear();
  weekStarts.set(zone, { from: monday.toMillis(), to: monday.plus({ weeks: 1 }).toMillis(), monday });
  return monday;
}

function instants(slots: readonly WeeklySlot[], days: readonly LocalDay[]): Span[] {
  const spans: Span[] = [];
  for (let week = 0; week < 3; week++) {
    for (const slot of slots) {
      const day = days[week * 7 + slot.day - 1];
      if (!day) continue;
      const start = instantOf(day, slot.start);
      const end = instantOf(day, slot.end);
      if (end > start) spans.push({ start, end });
    }
  }
  return union(spans);
}

/**
 * A's spans, kept for the same slots and days: ranking measures one person's week against
 * hundreds, and rebuilding it for each was half the work. One entry, the last list seen (by the
 * list object; the slot values are compared too, in case a list was edited in place): a cache per
 * list would keep the spans of everyone an alert job scored for as long as their stored profile.
 */
let ownSpans: { slots: readonly WeeklySlot[]; days: readonly LocalDay[]; values: number[]; spans: Span[] } | null = null;

const slotValues = (slots: readonly WeeklySlot[]) => slots.flatMap((s) => [s.day, s.start, s.end]);

/** Whether a cached entry was made for this very list, still holding the values it held then. */
const sameSlots = (cached: { slots: readonly WeeklySlot[]; values: readonly number[] } | null, slots: readonly WeeklySlot[]): boolean =>
  cached !== null &&
  cached.slots === slots &&
  cached.values.length === slots.length * 3 &&
  slots.every((s, i) => s.day === cached.values[3 * i] && s.start === cached.values[3 * i + 1] && s.end === cached.values[3 * i + 2]);

function instantsOnce(slots: readonly WeeklySlot[], days: readonly LocalDay[]): readonly Span[] {
  if (ownSpans && ownSpans.days === days && sameSlots(ownSpans, slots)) return ownSpans.spans;
  const spans = instants(slots, days);
  ownSpans = { slots, days, values: slotValues(slots), spans };
  return spans;
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

/** Minutes of a span in each part of the day, in the local time of `days`. */
function minutesByPart(span: Span, days: readonly LocalDay[]): Map<string, number> {
  const out = new Map<string, number>();
  let t = span.start;
  while (t < span.end) {
    const i = days.findIndex((d, k) => d.midnight <= t && t < (days[k + 1]?.midnight ?? Infinity));
    const day = days[i];
    if (!day) break;
    const dayEnd = Math.min(span.end, days[i + 1]?.midnight ?? span.end);
    if (day.regular) {
      const ofDay = (t - day.midnight) / MINUTE;
      const part = partAt(ofDay);
      const chunkEnd = Math.min(dayEnd, day.midnight + part.to * 60 * MINUTE);
      add(out, ofDay, (chunkEnd - t) / MINUTE);
      t = chunkEnd;
    } else {
      // The clocks change today: read the local time every 5 minutes.
      const step = 5 * MINUTE;
      const local = DateTime.fromMillis(t, { zone: day.date.zone });
      const chunkEnd = Math.min(dayEnd, t + step);
      add(out, local.hour * 60 + local.minute, (chunkEnd - t) / MINUTE);
      t = chunkEnd;
    }
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

function hoursLabel(minutes: number): { reason: Phrase; label: string } {
  if (minutes < 60) {
    const m = Math.round(minutes);
    return { reason: phrase('parse-overlap-minutes', { minutes: m }), label: `${m} min a week overlap` };
  }
  const hours = Math.round((minutes / 60) * 2) / 2;
  return { reason: phrase('parse-overlap-hours', { hours }), label: `${hours} h a week overlap` };
}

/** The shared spans of A and B in the week (A's) containing `reference`, and A's local days. */
function sharedSpans(a: readonly WeeklySlot[], aZone: string, b: readonly WeeklySlot[], bZone: string, reference: Date): { shared: Span[]; aDays: readonly LocalDay[] } {
  const aDays = localDays(aZone, weekContaining(reference, aZone));
  // One zone, a week whose days all last 24 hours: the local windows share what their instants
  // share (see weeklyOverlapMinutes), so the week's minutes are joined and then made instants.
  if (bZone === aZone && regularWeek(aDays)) {
    const mine = weekMinutes(a);
    const theirs = mine && weekMinutesKept(b);
    if (mine && theirs) {
      const monday = aDays[7]!.midnight;
      return { shared: intersect(mine, theirs).map((s) => ({ start: monday + s.start * MINUTE, end: monday + s.end * MINUTE })), aDays };
    }
  }
  const bDays = localDays(bZone, weekContaining(reference, bZone));
  const week: Span = { start: aDays[7]?.midnight ?? 0, end: aDays[14]?.midnight ?? 0 };
  const shared = intersect(instantsOnce(a, aDays), instants(b, bDays))
    .map((s) => ({ start: Math.max(s.start, week.start), end: Math.min(s.end, week.end) }))
    .filter((s) => s.end > s.start);
  return { shared, aDays };
}

const minutesOf = (spans: readonly Span[]) => Math.round(spans.reduce((sum, s) => sum + (s.end - s.start), 0) / MINUTE);

/**
 * Slots as minutes of the local week (Monday 00:00 = 0), sorted and joined; null when a slot is
 * not a plain whole-minute window within its day, which only the instant maths handles as stored.
 */
function weekMinutes(slots: readonly WeeklySlot[]): Span[] | null {
  const spans: Span[] = [];
  for (const s of slots) {
    if (!Number.isInteger(s.day) || s.day < 1 || s.day > 7 || !Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > 1440) return null;
    if (s.end > s.start) spans.push({ start: (s.day - 1) * 1440 + s.start, end: (s.day - 1) * 1440 + s.end });
  }
  return union(spans);
}

/**
 * Each candidate's week in minutes, kept beside its slot list while that list lives. Only frozen
 * lists (the in-memory store's read-only rows, which a `/match` pool hands out) are kept: they
 * can't change under the cache, and the same people come back in pool after pool.
 */
const frozenWeeks = new WeakMap<readonly WeeklySlot[], Span[] | null>();

function weekMinutesKept(slots: readonly WeeklySlot[]): Span[] | null {
  if (!Object.isFrozen(slots)) return weekMinutes(slots);
  let spans = frozenWeeks.get(slots);
  if (spans === undefined) frozenWeeks.set(slots, (spans = weekMinutes(slots)));
  return spans;
}

/** Minutes two unions of spans share: their pieces can't overlap each other, so they simply add up. */
function sharedMinutes(a: readonly Span[], b: readonly Span[]): number {
  let total = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (end > start) total += end - start;
    if (x.end < y.end) i++;
    else j++;
  }
  return total;
}

/**
 * Only the shared minutes of `weeklyOverlap`, without naming them: what ranking needs for every
 * candidate. Two people in one zone, in a week whose days all last 24 hours (no clock change),
 * share exactly the minutes their local windows share: every local minute of that week is one
 * real minute, and neighbouring weeks' windows end and start at the week's edges. Most pairs are
 * such (mutual reach is local), and skip the instant maths; any other pair takes it.
 */
export function weeklyOverlapMinutes(a: readonly WeeklySlot[], aZone: string, b: readonly WeeklySlot[], bZone: string, reference: Date): number {
  return new WeekAgainst(a, aZone, reference).minutes(b, bZone);
}

/**
 * A's week made ready once (its zone's week checked for clock changes, its minutes joined) to be
 * measured against every candidate of a ranking: `minutes` is `weeklyOverlapMinutes` for each.
 */
export class WeekAgainst {
  /** A's week in local minutes when every day of it lasts 24 hours (else null: instants only). */
  private readonly mine: Span[] | null;

  constructor(
    private readonly a: readonly WeeklySlot[],
    private readonly aZone: string,
    private readonly reference: Date,
  ) {
    this.mine = a.length > 0 && regularWeek(localDays(aZone, weekContaining(reference, aZone))) ? weekMinutes(a) : null;
  }

  minutes(b: readonly WeeklySlot[], bZone: string): number {
    if (this.a.length === 0 || b.length === 0) return 0;
    if (this.mine && bZone === this.aZone) {
      const theirs = weekMinutesKept(b);
      if (theirs) return sharedMinutes(this.mine, theirs);
    }
    return minutesOf(sharedSpans(this.a, this.aZone, b, bZone, this.reference).shared);
  }
}

/** Whether every day of the week (the middle 7 of the 21) lasts 24 hours. */
function regularWeek(days: readonly LocalDay[]): boolean {
  if (days.length !== 21) return false;
  for (let i = 7; i < 14; i++) if (!days[i]!.regular) return false;
  return true;
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
  const { shared, aDays } = sharedSpans(a, aZone, b, bZone, reference);
  if (!shared.length) return { ...NO_OVERLAP };

  const minutes = minutesOf(shared);
  const totals = new Map<string, number>();
  const windowsByPart = new Map<string, number>();
  for (const span of shared) {
    const parts = minutesByPart(span, aDays);
    let main: string | null = null;
    for (const [name, m] of parts) {
      totals.set(name, (totals.get(name) ?? 0) + m);
      if (main === null || m > (parts.get(main) ?? 0)) main = name;
    }
    if (main) windowsByPart.set(main, (windowsByPart.get(main) ?? 0) + 1);
  }

  let { reason, label } = hoursLabel(minutes);
  const [dominant, dominantMinutes] = [...totals].sort((x, y) => y[1] - x[1])[0] ?? [null, 0];
  const count = dominant ? (windowsByPart.get(dominant) ?? 0) : 0;
  if (dominant && count > 0 && dominantMinutes >= DOMINANT_SHARE * minutes) {
    const part = LABEL_PARTS.find((p) => p.name === dominant);
    if (part) {
      reason = phrase(`parse-overlap-${part.name}`, { count });
      label = count === 1 ? `1 ${part.name} overlaps` : `${count} ${part.plural} overlap`;
    }
  }
  return { minutes, windows: shared.length, reason, label };
}
