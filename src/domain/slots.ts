/**
 * Finding a time for two: the instants of the coming days when both people's weekly availability
 * (each in their own zone) overlaps and neither has a session. Pure: the caller gives the window,
 * the busy stretches and the zones; luxon says each instant's wall-clock time in each zone, so a
 * summer-time change on one side only (Europe and North America change weeks apart) moves the
 * overlap the way the clocks do.
 */
import { DateTime, IANAZone } from 'luxon';
import type { WeeklySlot } from './availability.js';

/** One person's side: their weekly windows in their own zone. */
export interface SlotPerson {
  readonly availability: readonly WeeklySlot[];
  readonly timeZone: string;
}

export interface Interval {
  readonly start: Date;
  readonly end: Date;
}

export interface SlotSearch {
  /** The earliest start (the caller keeps a few hours from now) and the latest end. */
  readonly from: Date;
  readonly to: Date;
  /** Both people's sessions, with any travel margin already added. */
  readonly busy: readonly Interval[];
  /** The zone whose calendar days the slots are spread over (the asker's). */
  readonly dayZone: string;
  readonly count?: number;
  readonly maxMinutes?: number;
  readonly minMinutes?: number;
}

/** A proposed time: `minutes` long, the shared free time capped at the default length. */
export interface Slot {
  readonly start: Date;
  readonly minutes: number;
}

export const SLOT_COUNT = 3;
export const SLOT_MAX_MINUTES = 60;
export const SLOT_MIN_MINUTES = 30;

const MINUTE = 60_000;
const DAY = 86_400_000;
/** The grid the search walks. Every real zone's offset is a multiple of 15 minutes and clocks jump on whole quarter-hours, so nothing changes inside a step. */
const STEP = 5 * MINUTE;
const QUARTER = 15 * MINUTE;

/** Whether the wall-clock time at `t` in the person's zone lies inside one of their windows. */
function covered(p: SlotPerson, t: number): boolean {
  // The zone's offset at that instant (luxon's tz database), then plain arithmetic: thousands of
  // steps a search, and a DateTime for each would cost a hundred times more.
  const local = t + IANAZone.create(p.timeZone).offset(t) * MINUTE;
  const days = Math.floor(local / DAY);
  // 1 January 1970 was a Thursday (ISO weekday 4).
  const weekday = (((days + 3) % 7) + 7) % 7 + 1;
  const minute = (local - days * DAY) / MINUTE;
  return p.availability.some((w) => w.day === weekday && w.start <= minute && minute < w.end);
}

/** Both free for the whole step [t, t + STEP): its first and last instant inside a window of each, no busy stretch touching it. */
function freeStep(people: readonly SlotPerson[], busy: readonly Interval[], t: number): boolean {
  const last = t + STEP - 1;
  if (!people.every((p) => covered(p, t) && covered(p, last))) return false;
  return !busy.some((b) => b.start.getTime() < t + STEP && b.end.getTime() > t);
}

/** The stretches of time when everyone is free, in order, each at least `minMinutes` long. */
export function sharedFreeTime(people: readonly SlotPerson[], search: SlotSearch): Interval[] {
  const min = (search.minMinutes ?? SLOT_MIN_MINUTES) * MINUTE;
  const first = Math.ceil(search.from.getTime() / STEP) * STEP;
  const out: Interval[] = [];
  let open: number | null = null;
  const close = (end: number) => {
    if (open !== null && end - open >= min) out.push({ start: new Date(open), end: new Date(end) });
    open = null;
  };
  let t = first;
  for (; t + STEP <= search.to.getTime(); t += STEP) {
    if (freeStep(people, search.busy, t)) open ??= t;
    else close(t);
  }
  close(t);
  return out;
}

/**
 * The best `count` slots, in time order. "Best" (documented in the /plan command): longest first
 * (the shared time, capped at `maxMinutes`), then soonest; and at most one a day in `dayZone` while
 * other days have a slot, so three proposals are three different days when there are three.
 * Every stretch offers its start (rounded up to a quarter-hour when that still leaves enough time)
 * and then every `maxMinutes` after it, so one long shared evening can still fill the list.
 */
export function findSlots(people: readonly SlotPerson[], search: SlotSearch): Slot[] {
  const count = search.count ?? SLOT_COUNT;
  const max = search.maxMinutes ?? SLOT_MAX_MINUTES;
  const min = search.minMinutes ?? SLOT_MIN_MINUTES;
  const candidates: Slot[] = [];
  for (const free of sharedFreeTime(people, search)) {
    const end = free.end.getTime();
    const rounded = Math.ceil(free.start.getTime() / QUARTER) * QUARTER;
    let start = end - rounded >= min * MINUTE ? rounded : free.start.getTime();
    for (; end - start >= min * MINUTE; start += max * MINUTE)
      candidates.push({ start: new Date(start), minutes: Math.min(max, Math.floor((end - start) / MINUTE)) });
  }
  candidates.sort((a, b) => b.minutes - a.minutes || a.start.getTime() - b.start.getTime());
  const dayOf = (s: Slot) => DateTime.fromJSDate(s.start, { zone: search.dayZone }).toISODate();
  const chosen: Slot[] = [];
  const days = new Set<string | null>();
  for (const c of candidates) {
    if (chosen.length >= count) break;
    if (days.has(dayOf(c))) continue;
    days.add(dayOf(c));
    chosen.push(c);
  }
  for (const c of candidates) {
    if (chosen.length >= count) break;
    if (!chosen.includes(c)) chosen.push(c);
  }
  return chosen.sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** Whether a person's availability covers the whole of [start, start + minutes) (a time someone typed). */
export function withinAvailability(p: SlotPerson, start: Date, minutes: number): boolean {
  for (let t = start.getTime(); t < start.getTime() + minutes * MINUTE; t += MINUTE) if (!covered(p, t)) return false;
  return true;
}

/** A slot as a button's argument: "<start in ms>/<minutes>" (buttons carry plain strings). */
export const encodeSlot = (s: Slot): string => `${s.start.getTime()}/${s.minutes}`;

export function decodeSlot(text: string): Slot | null {
  const m = /^(\d{10,16})\/(\d{1,3})$/.exec(text.trim());
  if (!m) return null;
  const minutes = Number(m[2]);
  return minutes > 0 ? { start: new Date(Number(m[1])), minutes } : null;
}

/** Several slots in one argument, comma-separated; null if any one is not a slot. */
export function decodeSlots(text: string): Slot[] | null {
  const slots = text.split(',').map(decodeSlot);
  return slots.length > 0 && slots.every((s): s is Slot => s !== null) ? slots : null;
}
