import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Harness, runner } from '../support/harness.js';
import { createSession } from '../core/sessions/helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => h.assertNoCoordinatesLeaked());

/**
 * The command-layer stories run production's delivery: what the core says to someone nobody
 * asked goes into the outbox and out through the sender, settled there as production settles it.
 */
describe('the harness delivers through the outbox and the sender', () => {
  it('GIVEN Hana hosts a session WHEN Ben asks to join THEN her notice is in her inbox as the command returns, and the outbox holds it as sent', async () => {
    const hana = await runner(h, 'Hana', { community: 'c' });
    const ben = await runner(h, 'Ben', { community: 'c' });
    const s = await createSession(h, hana);
    const before = (await h.store.outbox.countByStatus()).sent;
    await ben.run('join', s.id);
    expect(hana.lastInbox().text + (hana.lastInbox().title ?? '')).toMatch(/Ben/);
    const counts = await h.store.outbox.countByStatus();
    expect(counts.sent).toBe(before + 1);
    expect(counts.pending).toBe(0);
  });

  it('GIVEN Hana closed her DMs WHEN Ben asks to join THEN the sender settles it as unreachable and keeps it as a notice for her next use', async () => {
    const hana = await runner(h, 'Hana', { community: 'c' });
    const ben = await runner(h, 'Ben', { community: 'c' });
    const s = await createSession(h, hana);
    h.closedDms.add(hana.userId);
    await ben.run('join', s.id);
    expect(hana.inbox().some((r) => /Ben/.test(r.text))).toBe(false);
    expect((await h.store.outbox.countByStatus()).unreachable).toBe(1);
    await hana.run('profile');
    expect(hana.text()).toMatch(/Ben/);
  });
});
