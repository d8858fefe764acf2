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

export const describeSlot = (slot: WeeklySlot): string =>
  `${WEEKDAY_NAMES[slot.day - 1]} ${hhmm(slot.start)}–${hhmm(slot.end)}`;

export const describeAvailability = (slots: readonly WeeklySlot[]): string =>
  slots.length ? slots.map(describeSlot).join(', ') : 'not set';
