/**
 * Buddy streaks: weeks in a row in which two buddies trained together, counted in the viewer's
 * own zone (ISO weeks, Monday first). A week counts when they share a confirmed session (both
 * `wasThere`; a host counts when a guest came) or when it is the week their "did you two train together?" became a mutual yes.
 * Always computed from what is stored (sessions and answers), never kept as a counter that drifts.
 */
import { DateTime } from 'luxon';
import type { PersonId } from '../domain/ids.js';
import type { MeetingQuestion } from '../domain/meeting.js';
import { wasThere } from '../domain/session.js';
import type { SessionRecord, Store } from '../store/port.js';

export interface BuddyStreak {
  readonly buddyId: PersonId;
  /** Weeks in a row up to this week (or last week, while this one can still count). */
  readonly current: number;
  readonly best: number;
  /** Weeks they trained together at all; zero: they haven't met (yet), and no streak is shown. */
  readonly weeks: number;
}

/** A streak with the buddy's name, as /stats lists them. */
export interface NamedBuddyStreak extends BuddyStreak {
  readonly name: string;
}

/** The Monday (a local date) of the week of `at` in `zone`. */
const mondayOf = (at: Date, zone: string): string => DateTime.fromJSDate(at, { zone }).startOf('week').toISODate() ?? '';
const nextMonday = (monday: string, zone: string): string => DateTime.fromISO(monday, { zone }).plus({ weeks: 1 }).toISODate() ?? '';

/** Current and best run of consecutive weeks among the instants, seen from `now` in `zone`. */
export function weeklyStreak(instants: readonly Date[], now: Date, zone: string): { current: number; best: number; weeks: number } {
  const weeks = [...new Set(instants.filter((at) => at <= now).map((at) => mondayOf(at, zone)))].sort();
  let best = 0;
  let run = 0;
  let previous: string | null = null;
  for (const w of weeks) {
    run = previous !== null && nextMonday(previous, zone) === w ? run + 1 : 1;
    best = Math.max(best, run);
    previous = w;
  }
  const thisWeek = mondayOf(now, zone);
  const alive = previous !== null && (previous === thisWeek || nextMonday(previous, zone) === thisWeek);
  return { current: alive ? run : 0, best, weeks: weeks.length };
}

/** When two trained together: shared confirmed sessions, and the moment their answers became a mutual yes. */
export function togetherAt(me: PersonId, buddy: PersonId, shared: readonly SessionRecord[], questions: readonly MeetingQuestion[]): Date[] {
  const sessions = shared.filter((s) => wasThere(s, me) && wasThere(s, buddy)).map((s) => s.startsAt);
  const bySource = new Map<string, MeetingQuestion[]>();
  for (const q of questions) bySource.set(q.sourceKey, [...(bySource.get(q.sourceKey) ?? []), q]);
  const yeses: Date[] = [];
  for (const qs of bySource.values()) {
    const mine = qs.find((q) => q.personId === me);
    const theirs = qs.find((q) => q.personId === buddy);
    if (mine?.answer === 'yes' && theirs?.answer === 'yes' && mine.answeredAt && theirs.answeredAt)
      yeses.push(new Date(Math.max(mine.answeredAt.getTime(), theirs.answeredAt.getTime())));
  }
  return [...sessions, ...yeses];
}

/** Buddy streaks of `me` with each of `buddies`, seen from `now` in `zone`. */
export async function buddyStreaks(store: Store, me: PersonId, buddies: readonly PersonId[], now: Date, zone: string): Promise<BuddyStreak[]> {
  if (buddies.length === 0) return [];
  const mine = await store.meetings.forPerson(me);
  const sharedKeys = mine.filter((q) => q.answer === 'yes').map((q) => q.sourceKey);
  const questions = await store.meetings.forSources(sharedKeys);
  return Promise.all(
    buddies.map(async (buddyId) => {
      const shared = await store.sessions.sharedBy(me, buddyId);
      return { buddyId, ...weeklyStreak(togetherAt(me, buddyId, shared, questions), now, zone) };
    }),
  );
}
