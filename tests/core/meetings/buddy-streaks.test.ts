import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { weeklyStreak } from '../../../src/core/buddy-streaks.js';
import type { PersonId } from '../../../src/domain/ids.js';
import { makeProfile, makeSession } from '../../support/fixtures.js';
import { buddies, type MeetActor, MeetWorld } from './world.js';

const at = (iso: string, zone = 'UTC') => DateTime.fromISO(iso, { zone }).toJSDate();

describe('buddy streaks: weeks in a row with a shared confirmed session', () => {
  let w: MeetWorld;
  let ana: MeetActor;
  let ben: MeetActor;
  beforeEach(async () => {
    // Monday 2 November 2026.
    w = await MeetWorld.create(at('2026-11-02T09:00:00Z'));
    ana = await w.person('Ana');
    ben = await w.person('Ben', 'America/New_York');
    await buddies(w, ana, ben);
  });
  afterEach(() => w.close());

  /** A session on `iso` (UTC) both held a seat in; at its end, each answers the check-in as given. */
  async function trainWeek(iso: string, anaCame: boolean, benCame: boolean): Promise<void> {
    const host = makeProfile();
    await w.store.people.insert(host);
    const s = makeSession(host.id, { startsAt: at(iso), durationMinutes: 60, status: 'completed', participants: [await ana.id(), await ben.id()] as PersonId[] });
    await w.store.sessions.insert(s);
    await w.until(new Date(s.startsAt.getTime() + 2 * 3_600_000));
    for (const [who, came] of [[ana, anaCame], [ben, benCame]] as const) {
      await who.run('checkin', `${s.id} attended: ${came ? 'yes' : 'no'}`);
      expect(who.last?.outcome, who.text()).toBe('ok');
    }
  }

  it('GIVEN a session for two that Ana hosted WHEN only Ben checks in THEN the host counts as there, and the week starts their streak', async () => {
    const s = makeSession((await ana.id()) as PersonId, { startsAt: at('2026-11-04T18:00:00Z'), durationMinutes: 60, status: 'completed', capacity: 1, participants: [await ben.id()] as PersonId[] });
    await w.store.sessions.insert(s);
    await w.until(new Date(s.startsAt.getTime() + 2 * 3_600_000));
    await ben.run('checkin', `${s.id} attended: yes`);
    expect(ben.last?.outcome, ben.text()).toBe('ok');
    await ana.run('buddies');
    expect(ana.text()).toMatch(/Ben[^\n]*\n\s+🔥 1 week/);
  });

  it('GIVEN three weeks together, a week where only Ana came, then two more WHEN they look THEN the streak is 2 (best 3), kept through the next week and gone the week after', async () => {
    await trainWeek('2026-11-04T18:00:00Z', true, true);
    await trainWeek('2026-11-11T18:00:00Z', true, true);
    await trainWeek('2026-11-18T18:00:00Z', true, true);
    // The broken week: a session they both had a seat in, but Ben didn't come.
    await trainWeek('2026-11-25T18:00:00Z', true, false);
    await trainWeek('2026-12-02T18:00:00Z', true, true);
    await trainWeek('2026-12-09T18:00:00Z', true, true);

    await w.until('2026-12-10T12:00:00Z');
    await ana.run('buddies');
    expect(ana.text()).toMatch(/Ben[^\n]*\n\s+🔥 2 weeks in a row \(best 3\)/);
    await ben.run('buddies');
    expect(ben.text()).toMatch(/Ana[^\n]*\n\s+🔥 2 weeks in a row \(best 3\)/);
    await ana.run('stats');
    const field = ana.last!.replies[0]!.fields!.find((f) => f.name === 'Buddy streaks');
    expect(field?.value).toBe('**Ben**: 🔥 2 weeks in a row (best 3)');

    // The week after, the streak still stands (this week can still count) …
    await w.until('2026-12-17T12:00:00Z');
    await ana.run('buddies');
    expect(ana.text()).toMatch(/🔥 2 weeks in a row \(best 3\)/);
    // … and a whole week without one ends it; the best stays.
    await w.until('2026-12-22T12:00:00Z');
    await ana.run('buddies');
    expect(ana.text()).toMatch(/Ben[^\n]*\n\s+no streak right now \(best 3\)/);
  });

  it('GIVEN buddies who never trained together WHEN they look THEN no streak is shown', async () => {
    await trainWeek('2026-11-04T18:00:00Z', true, false);
    await ana.run('buddies');
    expect(ana.text()).toMatch(/Ben/);
    expect(ana.text()).not.toMatch(/🔥/);
    await ana.run('stats');
    expect(ana.last!.replies[0]!.fields!.map((f) => f.name)).not.toContain('Buddy streaks');
  });
});

describe('buddy streak weeks are each viewer\'s own ISO weeks', () => {
  it('GIVEN a Sunday evening in New York that is already Monday in Berlin WHEN each counts THEN New York sees two weeks in a row, Berlin a gap', () => {
    const sessions = [at('2026-11-01T20:00:00Z'), at('2026-11-08T23:30', 'America/New_York')];
    const now = at('2026-11-10T12:00:00Z');
    expect(weeklyStreak(sessions, now, 'America/New_York')).toEqual({ current: 2, best: 2, weeks: 2 });
    expect(weeklyStreak(sessions, now, 'Europe/Berlin')).toEqual({ current: 1, best: 1, weeks: 2 });
  });

  it('GIVEN Mondays just after midnight on either side of the autumn clock change WHEN counted in Berlin THEN they are consecutive weeks', () => {
    const sessions = [at('2026-10-19T00:30', 'Europe/Berlin'), at('2026-10-26T00:30', 'Europe/Berlin')];
    expect(weeklyStreak(sessions, at('2026-10-27T12:00:00Z'), 'Europe/Berlin')).toEqual({ current: 2, best: 2, weeks: 2 });
  });

  it('GIVEN two sessions in one week and one in the future WHEN counted THEN the week counts once and the future not at all', () => {
    const sessions = [at('2026-11-03T10:00:00Z'), at('2026-11-05T10:00:00Z'), at('2026-11-12T10:00:00Z')];
    expect(weeklyStreak(sessions, at('2026-11-06T10:00:00Z'), 'UTC')).toEqual({ current: 1, best: 1, weeks: 1 });
    expect(weeklyStreak([], at('2026-11-06T10:00:00Z'), 'UTC')).toEqual({ current: 0, best: 0, weeks: 0 });
  });
});
