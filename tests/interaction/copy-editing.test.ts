import { beforeEach, describe, expect, it } from 'vitest';
import { Harness, runner } from '../support/harness.js';
import { createSession, notification } from '../core/sessions/helpers.js';

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

describe('truthful messages', () => {
  it('GIVEN a complete profile WHEN it is paused THEN /profile says so and how to resume, not "Ready to match"', async () => {
    const ana = await runner(h, 'Ana');
    await ana.run('profile');
    expect(ana.text()).toMatch(/Ready to match: try \/match\./);
    await ana.run('pause');
    await ana.run('profile');
    expect(ana.text()).toMatch(/Your profile is paused: nobody sees you in matches\. Run \/resume to be matched again\./);
    expect(ana.text()).not.toMatch(/Ready to match/);
    await ana.run('resume');
    await ana.run('profile');
    expect(ana.text()).toMatch(/Ready to match/);
  });

  it('GIVEN a private chat WHEN a session is created THEN the host is told it was not announced, and where people find it', async () => {
    const ana = await runner(h, 'Ana');
    await createSession(h, ana);
    expect(ana.text()).toMatch(/It isn't announced anywhere, as you made it in a private chat; people nearby find it with \/sessions\./);
    expect(ana.text()).not.toMatch(/announced in the community/);
    expect(h.posts).toHaveLength(0);
  });

  it('GIVEN a full session WHEN someone asks to join THEN they are told it means the waitlist, and at which place', async () => {
    const hana = await runner(h, 'Hana');
    const ben = await runner(h, 'Ben');
    const cy = await runner(h, 'Cy');
    const dee = await runner(h, 'Dee');
    const s = await createSession(h, hana, 'activity: running when: tomorrow 7am place: Berlin, DE capacity: 1');
    await ben.run('join', s.id);
    expect(ben.text()).not.toMatch(/full|waitlist/);
    await hana.press(hana.button('Accept', [notification(hana, /\*\*Ben\*\*.*wants to join/)]));
    await cy.run('join', s.id);
    expect(cy.last?.replies[0]?.title).toBe('Request sent: the session is full');
    expect(cy.text()).toMatch(/It's full, so if the host accepts you go on the waitlist, first in line, and get a seat when one frees up\./);
    await hana.press(hana.button('Accept', [notification(hana, /\*\*Cy\*\*.*wants to join/)]));
    await dee.run('join', s.id);
    expect(dee.text()).toMatch(/you go on the waitlist at place 2,/);
  });
});

describe('a Cancel button on every confirmation', () => {
  it('GIVEN /delete-me WHEN the person presses Cancel THEN nothing is deleted and the Yes button answers that the question was answered', async () => {
    const ana = await runner(h, 'Ana');
    await ana.run('delete-me');
    expect(ana.last?.replies[0]?.buttons?.flat().map((b) => b.label)).toEqual(['Yes, delete everything', 'Cancel']);
    const yes = ana.button('Yes, delete everything');
    await ana.press(ana.button('Cancel'));
    expect(ana.text()).toMatch(/Cancelled: nothing was deleted\./);
    await ana.press(yes);
    expect(ana.text()).toMatch(/Already done: this question was answered/);
    expect((await ana.profile()).displayName).toBe('Ana');
  });

  it("GIVEN someone else's /delete-me WHEN another person presses its Cancel THEN it is refused and their Yes still works", async () => {
    const ana = await runner(h, 'Ana');
    const ben = await runner(h, 'Ben');
    await ana.run('delete-me');
    const yes = ana.button('Yes, delete everything');
    await ben.press(ana.button('Cancel'));
    expect(ben.text()).toMatch(/isn't for you/);
    await ana.press(yes);
    expect(ana.text()).toMatch(/Done: everything of yours is deleted/);
  });
});
