import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JOB } from '../../../jobs/index.js';
import type { WorkoutSession } from '../../../src/domain/session.js';
import { button, type Person, textOf, World } from './world.js';

const DAY = 86_400_000;

let w: World;
beforeEach(async () => {
  w = await World.create();
});
afterEach(() => w.jobs.close());

/** Three sessions on three days; after each the host marks `who` as a no-show and presses Done. */
async function threeNoShows(host: Person, who: Person): Promise<WorkoutSession[]> {
  const held: WorkoutSession[] = [];
  for (let i = 0; i < 3; i++) {
    const s = await w.session(host, [who]);
    await w.pastEnd(s);
    const sheet = host.notification(new RegExp(`Who came to[\\s\\S]*${s.startsAt.getTime() / 1000}`));
    await host.press(button([sheet], `✅ ${who.name}`));
    await host.press(button(host.last!.replies, 'Done'));
    expect(host.text()).toMatch(/Confirmed: 0 of 1 came/);
    held.push(s);
  }
  return held;
}

describe('ghosts fade, fairly', () => {
  it('GIVEN three no-shows in a row WHEN the third is confirmed THEN the person is paused for a week, told why, refused new join requests, appeals, and a moderator clears it', async () => {
    const mo = await w.runner('Mo', 'gym', true);
    const hana = await w.runner('Hana');
    const ben = await w.runner('Ben');
    await hana.run('match');
    expect(hana.text()).toMatch(/\bBen\b/);
    await threeNoShows(hana, ben);

    const paused = ben.notification(/Matching paused for a week/);
    expect(textOf(paused)).toMatch(/missed your last 3 sessions[\s\S]*until <t:\d+:F>/);
    const until = (await ben.profile()).noShowPause!.until;
    expect(until.getTime() - w.jobs.now.getTime()).toBe(7 * DAY);
    // Nobody else hears of it: the host saw the sheet, no one else saw anything.
    for (const r of mo.inbox()) expect(textOf(r)).not.toMatch(/no-show|paused/i);

    // Out of matching and new join requests.
    const open = await w.session(hana, [], 'in 3 days 7am');
    await ben.run('join', open.id);
    expect(ben.last!.outcome).toBe('user-error');
    expect(ben.text()).toMatch(/paused for no-shows until <t:\d+:F>/);
    await hana.run('match');
    expect(hana.text()).not.toMatch(/\bBen\b/);
    await ben.run('match');
    expect(ben.text()).toMatch(/paused for no-shows until/);

    // The appeal reaches the community's moderator as a report-like entry.
    await ben.press(button([paused], 'Appeal'));
    expect(ben.text()).toMatch(/went to the community's moderators/);
    expect(textOf(mo.notification(/New report in gym/))).toMatch(/Appeal of a no-show pause: \*\*Ben\*\*/);
    await ben.press(button([paused], 'Appeal'));
    expect(ben.text()).toMatch(/already with the moderators/);
    await mo.run('reports');
    expect(mo.text()).toMatch(/Appeal of a no-show pause/);
    await mo.runWith('report-resolve', { report: '1', note: 'Talked to Ben: his host mixed him up', clear: true });
    expect(mo.last!.outcome, mo.text()).toBe('ok');

    expect(textOf(ben.notification(/A moderator looked at your appeal/))).toMatch(/lifted your pause/);
    expect((await ben.profile()).noShowPause).toMatchObject({ ended: true });
    await ben.run('join', open.id);
    expect(ben.last!.outcome, ben.text()).toBe('ok');
    // The week's end no longer tells him anything: the pause ended once.
    const told = ben.inbox().length;
    await w.jobs.until(new Date(until.getTime() + 60_000));
    expect(ben.inbox().slice(told).map(textOf).join('\n')).not.toMatch(/pause is over/);
  });

  it('GIVEN a pause WHEN its week is over THEN the scheduler ends it and tells the person once', async () => {
    const hana = await w.runner('Hana');
    const ben = await w.runner('Ben');
    await threeNoShows(hana, ben);
    const until = (await ben.profile()).noShowPause!.until;
    expect(await w.jobs.jobs(JOB.pauseEnd)).toEqual([{ data: { personId: await ben.id() }, at: until.toISOString() }]);
    await w.jobs.until(new Date(until.getTime() + 60_000));
    expect(ben.inbox().filter((r) => /Your pause is over/.test(textOf(r)))).toHaveLength(1);
    expect((await ben.profile()).noShowPause).toMatchObject({ ended: true });
    await w.jobs.until(new Date(until.getTime() + 2 * DAY));
    expect(ben.inbox().filter((r) => /Your pause is over/.test(textOf(r)))).toHaveLength(1);
  });

  it('GIVEN sessions without a community WHEN three no-shows pause the person THEN they are told there is nobody to appeal to, and get no Appeal button', async () => {
    const hana = await w.runner('Hana', null);
    const ben = await w.runner('Ben', null);
    await threeNoShows(hana, ben);
    const paused = ben.notification(/Matching paused for a week/);
    expect(textOf(paused)).toMatch(/no moderators to appeal to/);
    expect(paused.buttons ?? []).toEqual([]);
  });

  it('GIVEN two no-shows, then a session he came to, then one more no-show THEN no pause: only three in a row count', async () => {
    const hana = await w.runner('Hana');
    const cy = await w.runner('Cy');
    for (const missed of [true, true, false, true]) {
      const s = await w.session(hana, [cy]);
      await w.pastEnd(s);
      const sheet = hana.notification(new RegExp(`Who came to[\\s\\S]*${s.startsAt.getTime() / 1000}`));
      if (missed) await hana.press(button([sheet], '✅ Cy'));
      await hana.press(button(missed ? hana.last!.replies : [sheet], 'Done'));
    }
    expect((await cy.profile()).noShowPause).toBeNull();
    expect((await cy.profile()).attendance).toMatchObject({ attended: 1, missed: 3 });
  });
});
