import { afterEach, describe, expect, it } from 'vitest';
import type { Weekday } from '../../src/domain/availability.js';
import { BERLIN } from '../support/fixtures.js';
import { JobsHarness, textOf } from './support.js';

let h: JobsHarness;
afterEach(async () => {
  await h.close();
});

const CHECK_IN = 'Did you make it?';
const evenings = [1, 2, 3, 4, 5].map((day) => ({ day: day as Weekday, start: 17 * 60, end: 21 * 60 }));

describe('a planned session on the production scheduler', () => {
  it('GIVEN Ana offered a time and Ben took it WHEN the clock runs past the session THEN both get their reminders and Ben the check-in question, like any session, and nobody else hears of it', async () => {
    h = new JobsHarness();
    const ana = await h.person({ displayName: 'Ana', at: BERLIN, timeZone: 'Europe/Berlin', availability: evenings });
    const ben = await h.person({ displayName: 'Ben', at: BERLIN, timeZone: 'Europe/Berlin', availability: evenings });
    const bystander = await h.person({ displayName: 'Cem', at: BERLIN, timeZone: 'Europe/Berlin' });

    const found = await h.core.plan.find(ana, null, ben.id);
    expect(found.ok && found.value.kind).toBe('slots');
    if (!found.ok || found.value.kind !== 'slots') return;
    const first = found.value.slots[0]!;
    expect((await h.core.plan.offer(ana, null, ben.id, [first], found.value.activity)).ok).toBe(true);
    const booked = await h.core.plan.accept(ben, ana.id, first, found.value.activity);
    expect(booked.ok).toBe(true);
    if (!booked.ok) return;
    const s = booked.value.session;

    await h.until(s.startsAt.getTime() + 3 * 3_600_000);

    for (const who of [ana, ben]) {
      const titles = h.inbox(who).map((r) => r.title ?? textOf(r).slice(0, 40));
      expect(titles.filter((t) => t.startsWith('Reminder')), who.displayName).toHaveLength(2);
    }
    // The seated one is asked whether they came (the host's confirmation is the attendance part's).
    expect(h.inbox(ben).filter((r) => r.title === CHECK_IN)).toHaveLength(1);
    expect(h.inbox(bystander)).toEqual([]);
    expect((await h.store.sessions.get(s.id))?.status).toBe('completed');
  });
});
