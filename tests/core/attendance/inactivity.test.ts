import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JOB } from '../../../jobs/index.js';
import { textOf, World } from './world.js';

const DAY = 86_400_000;

let w: World;
beforeEach(async () => {
  w = await World.create();
});

/**
 * A day passes: `scheduler.start()` repeats the sweep daily with Agenda's `every`, which counts
 * in wall-clock time; on the hand-moved clock the day's run is planned explicitly, through the
 * same job definition.
 */
async function nextDay(): Promise<void> {
  await w.jobs.until(new Date(w.jobs.now.getTime() + DAY));
  await w.jobs.scheduler.agenda.create(JOB.inactivity, {}).schedule(w.jobs.now).save();
  await w.jobs.tick();
}
afterEach(() => w.jobs.close());

describe('inactivity', () => {
  it('GIVEN someone who has not used Spotter for 60 days WHEN the daily sweep runs THEN they leave matches, are told once, and are back with their next command', async () => {
    const ivy = await w.runner('Ivy');
    const hana = await w.runner('Hana');
    await hana.run('match');
    expect(hana.text()).toMatch(/\bIvy\b/);

    // Hana keeps using Spotter; Ivy doesn't.
    for (let day = 1; day <= 62; day++) {
      await nextDay();
      if (day % 20 === 0) await hana.run('help');
    }
    const told = ivy.inbox().filter((r) => /haven't used Spotter for 60 days/.test(textOf(r)));
    expect(told).toHaveLength(1);
    expect(hana.inbox().filter((r) => /haven't used Spotter/.test(textOf(r)))).toHaveLength(0);
    await hana.run('match');
    expect(hana.text()).not.toMatch(/\bIvy\b/);

    // Ivy comes back: any command bumps her, and she is found again.
    await ivy.run('help');
    expect(await ivy.profile()).toMatchObject({ lastActiveAt: w.jobs.now, inactiveToldAt: null });
    await hana.run('match');
    expect(hana.text()).toMatch(/\bIvy\b/);
  });

  it('GIVEN commands within the hour THEN lastActiveAt moves once; an hour later it moves again', async () => {
    const ivy = await w.runner('Ivy');
    const first = (await ivy.profile()).lastActiveAt;
    w.jobs.advance(20 * 60_000);
    await ivy.run('help');
    expect((await ivy.profile()).lastActiveAt).toEqual(first);
    w.jobs.advance(45 * 60_000);
    await ivy.run('help');
    expect((await ivy.profile()).lastActiveAt).toEqual(w.jobs.now);
  });
});
