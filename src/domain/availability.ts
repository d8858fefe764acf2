/** ISO weekday: 1 = Monday … 7 = Sunday (luxon's numbering). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A weekly window in the owner's own time zone, minutes from midnight, end exclusive. */
export interface WeeklySlot {
  readonly day: Weekday;
  readonly start: number;
  readonly end: number;
}

export const WEEKDAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

const hhmm = (minutes: number) => {
  // 1440 is the end of the day: "22–24", not "22–0".
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h}:${String(m).padStart(2, '0')}` : `${h}`;
};

/** "18–20", "6:30–8": a slot's hours without its day. */
export const slotHours = (slot: WeeklySlot): string => `${hhmm(slot.start)}–${hhmm(slot.end)}`;

export const describeSlot = (slot: WeeklySlot): string => `${WEEKDAY_NAMES[slot.day - 1]} ${slotHours(slot)}`;

export const describeAvailability = (slots: readonly WeeklySlot[]): string =>
  slots.length ? slots.map(describeSlot).join(', ') : 'not set';

/** Half-hours in a week: index 0 is Monday 00:00–00:30, 335 is Sunday 23:30–24:00 (owner's local time). */
export const HALF_HOURS_PER_WEEK = 7 * 48;

/**
 * The half-hours of the owner's local week that the windows cover, sorted, each once: what the
 * database compares with `$setIntersection` to estimate shared time. A half-hour counts when a
 * window covers at least 15 minutes of it, so windows on the half-hour (nearly all) are exact.
 * Local time, not UTC: both people of a match nearly always share a zone (mutual reach is a few
 * km to a few hundred), local slots then line up all year round, and a stored value never has
 * to be recomputed when the clocks change; the exact overlap, in real instants, ranks the pool.
 */
export function weeklySlotIndices(windows: readonly WeeklySlot[]): number[] {
  const covered = new Set<number>();
  for (const w of windows) {
    // A window on no real weekday has no slot (the store refuses such a window anyway).
    if (!Number.isInteger(w.day) || w.day < 1 || w.day > 7) continue;
    const start = Math.max(0, Math.min(1440, w.start));
    const end = Math.max(start, Math.min(1440, w.end));
    for (let h = Math.floor(start / 30); h * 30 < end; h++) {
      const minutes = Math.min(end, (h + 1) * 30) - Math.max(start, h * 30);
      if (minutes >= 15) covered.add((w.day - 1) * 48 + h);
    }
  }
  return [...covered].sort((a, b) => a - b);
}
