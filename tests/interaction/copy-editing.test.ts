import { beforeEach, describe, expect, it } from 'vitest';
import { Harness, runner } from '../support/harness.js';
import { createSession } from '../core/sessions/helpers.js';

/** Replies read as plain, correct English: agreement, one full stop, nothing untrue. */
let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});

describe('copy editing', () => {
  it('GIVEN a name that ends in an initial WHEN it ends a sentence THEN there is one full stop, not two', async () => {
    const hana = await runner(h, 'Hana');
    await hana.run('set-name', 'Hana K.');
    expect(hana.text()).toMatch(/You'll appear as \*\*Hana K\.\*\*$/);
    const ben = await runner(h, 'Ben');
    await ben.run('match');
    await ben.press(ben.button(/Connect/));
    expect(ben.text()).toMatch(/Buddy request sent to \*\*Hana K\.\*\* I'll tell you when they answer\.$/);
    await ben.run('block', '1');
    expect(ben.text()).not.toMatch(/\.\*\*\./);
  });

  it('GIVEN a name without a full stop WHEN it ends a sentence THEN the sentence still ends with one', async () => {
    const ana = await runner(h, 'Ana');
    await ana.run('set-name', 'Ana Lopez');
    expect(ana.text()).toMatch(/You'll appear as \*\*Ana Lopez\*\*\.$/);
  });

  it('GIVEN notes over the limit WHEN a session is created or edited THEN the reply says the notes are too long', async () => {
    const ana = await runner(h, 'Ana');
    await ana.run('session-create', `activity: running when: tomorrow 7am place: Berlin, DE notes: ${'x'.repeat(600)}`);
    expect(ana.text()).toMatch(/The notes are too long: keep them under 500 characters/);
    const s = await createSession(h, ana);
    await ana.run('session-edit', `${s.id} notes: ${'x'.repeat(600)}`);
    expect(ana.text()).toMatch(/The notes are too long: keep them under 500 characters/);
    expect(ana.text()).not.toMatch(/notes is/);
  });
});
