import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cameTo } from '../../../src/domain/session.js';
import { button, textOf, World } from './world.js';

let w: World;
beforeEach(async () => {
  w = await World.create();
});
afterEach(() => w.jobs.close());

describe('who really came: the host confirms attendance', () => {
  it('GIVEN a session with two seated WHEN it ends THEN the host gets one sheet, toggles a no-show, presses Done, and each counts once whatever order the answers come in', async () => {
    const hana = await w.runner('Hana');
    const ben = await w.runner('Ben');
    const cy = await w.runner('Cy');
    const s = await w.session(hana, [ben, cy]);

    await w.pastEnd(s);
    const sheets = hana.inbox().filter((r) => /Who came to/.test(textOf(r)));
    expect(sheets).toHaveLength(1);
    expect(textOf(sheets[0]!)).toMatch(/✅ Ben\n✅ Cy/);
    // Ben says he came himself, before the host confirms.
    await ben.press(button([ben.notification(/Did you make it/)], 'I was there'));

    // THEN Hana marks Cy as a no-show: the sheet re-renders with Cy crossed.
    await hana.press(button(sheets, '✅ Cy'));
    expect(hana.text()).toMatch(/✅ Ben\n❌ Cy \(no-show\)/);
    await hana.press(button(hana.last!.replies, 'Done'));
    expect(hana.text()).toMatch(/Confirmed: 1 of 2 came/);

    expect((await ben.profile()).attendance).toMatchObject({ attended: 1, missed: 0, streak: 1 });
    expect((await cy.profile()).attendance).toMatchObject({ attended: 0, missed: 1, streak: 0 });
    // Cy says afterwards she was there: the host's word stands, nothing counts twice.
    await cy.press(button([cy.notification(/Did you make it/)], 'I was there'));
    expect((await cy.profile()).attendance).toMatchObject({ attended: 0, missed: 1 });
    expect(cameTo(await w.get(s.id), await cy.id())).toBe(false);

    // The host's later correction wins: Cy came after all; her count moves, it doesn't grow.
    await hana.press(button(hana.last!.replies, '❌ Cy'));
    expect((await cy.profile()).attendance).toMatchObject({ attended: 1, missed: 0, streak: 1 });
    expect(cameTo(await w.get(s.id), await cy.id())).toBe(true);
    // Pressing Done again changes nothing.
    await hana.press(button(hana.last!.replies, 'Done'));
    expect((await ben.profile()).attendance).toMatchObject({ attended: 1, missed: 0 });

    // A no-show is never named to anyone but the person and the host.
    for (const r of ben.inbox()) expect(textOf(r)).not.toMatch(/no-show|❌/);
    await ben.run('stats');
    expect(ben.text()).toMatch(/100% \(1 of 1\)/);
  });

  it('GIVEN a participant WHEN they press a toggle of the sheet THEN they are refused: only the host confirms', async () => {
    const hana = await w.runner('Hana');
    const ben = await w.runner('Ben');
    const s = await w.session(hana, [ben]);
    await w.pastEnd(s);
    const sheet = hana.notification(/Who came to/);
    await ben.press(button([sheet], '✅ Ben'));
    expect(ben.last!.outcome).toBe('user-error');
    expect((await ben.profile()).attendance.missed).toBe(0);
  });

  it('GIVEN a session under way WHEN a participant tries to leave THEN they are told their seat counts now', async () => {
    const hana = await w.runner('Hana');
    const ben = await w.runner('Ben');
    const s = await w.session(hana, [ben]);
    w.jobs.at(new Date(s.startsAt.getTime() + 10 * 60_000));
    await ben.run('leave', s.id);
    expect(ben.text()).toMatch(/already started, so your seat counts now/);
    expect((await w.get(s.id)).participants).toEqual([await ben.id()]);
  });
});
