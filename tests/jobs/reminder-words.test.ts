import { afterEach, describe, expect, it } from 'vitest';
import { JOB } from '../../jobs/index.js';
import { JobsHarness, textOf } from './support.js';

let h: JobsHarness;
afterEach(async () => {
  await h.close();
});

describe('session reminders: said to each reader', () => {
  it('GIVEN an English host and a Russian participant in New York WHEN the 1-hour reminder fires THEN each reads it in their language and zone, with no raw Markdown', async () => {
    h = new JobsHarness();
    const host = await h.person({ timeZone: 'Europe/Berlin' });
    const olga = await h.person({ language: 'ru', timeZone: 'America/New_York' });
    const s = await h.session(host.id, { startsAt: new Date(h.now.getTime() + 30 * 60_000), participants: [olga.id] });
    h.advance(0);
    await h.scheduler.run(JOB.sessionReminder, { sessionId: s.id, lead: 60 });
    await h.scheduler.sender.drain();

    const [english] = h.inbox(host);
    expect(english!.title).toBe(`Reminder: ${s.title}`);
    expect(textOf(english!)).toMatch(/which you are hosting/);
    expect(textOf(english!)).toContain('(your 1 hour reminder — change them with /notifications)');
    expect(english!.zone).toBe('Europe/Berlin');

    const [russian] = h.inbox(olga);
    expect(russian!.title).toBe(`Напоминание: ${s.title}`);
    expect(textOf(russian!)).toMatch(/на которую вы идёте/);
    expect(textOf(russian!)).toContain('(ваше напоминание за 1 час — настройте через /notifications)');
    expect(russian!.zone).toBe('America/New_York');

    for (const r of [english!, russian!]) expect(textOf(r)).not.toMatch(/_\(|\)_/);
  });
});
