import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reminderFor } from '../../../jobs/session-reminder.js';
import type { SessionId } from '../../../src/domain/ids.js';
import { wasThere, type WorkoutSession } from '../../../src/domain/session.js';
import { type Actor, Harness, runner, textOf } from '../../support/harness.js';
import { createSession, notification, session } from './helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => h.assertNoCoordinatesLeaked());

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A session tomorrow 7:00 (an hour long) with `people` seated. */
async function sessionWith(host: Actor, people: Actor[], line = 'activity: running when: tomorrow 7am place: Berlin, DE capacity: 4 title: Morning 5k'): Promise<WorkoutSession> {
  const s = await createSession(h, host, line);
  for (const p of people) {
    await p.run('join', s.id);
    await host.press(host.button('Accept', [notification(host, new RegExp(`\\*\\*${p.name}\\*\\* .*wants to join`))]));
  }
  return session(h, s.id);
}

/** The reminder job's message for one person, delivered as the job's outbox would deliver it. */
async function remind(actor: Actor, id: SessionId, lead: number): Promise<void> {
  const personId = await actor.id();
  await h.core.deps.notifier.notify(personId, await reminderFor(h.core, await session(h, id), personId, lead));
}

const at = (s: WorkoutSession, minutesFromStart: number) => {
  h.now = new Date(s.startsAt.getTime() + minutesFromStart * MINUTE);
};

describe('"I\'m here" and "Running late" on the reminder', () => {
  it('GIVEN the reminders WHEN Ben presses "I\'m here" a day early, then half an hour before THEN the first is refused with when it opens, the second is his check-in', async () => {
    const hana = await runner(h, 'Hana');
    const ben = await runner(h, 'Ben');
    const s = await sessionWith(hana, [ben]);

    at(s, -24 * 60);
    await remind(ben, s.id, 24 * 60);
    const dayBefore = notification(ben, /Reminder: Morning 5k/);
    await ben.press(ben.button("I'm here", [dayBefore]));
    expect(ben.last!.outcome).toBe('user-error');
    expect(ben.text()).toMatch(/You can say you're here from 60 minutes before \*\*Morning 5k\*\* starts: <t:\d+:R>/);
    expect((await session(h, s.id)).checkIns).toEqual([]);

    at(s, -30);
    await remind(ben, s.id, 60);
    await ben.press(ben.button("I'm here", [notification(ben, /Reminder: Morning 5k/)]));
    expect(ben.text()).toMatch(/Checked in for \*\*Morning 5k\*\* \(<t:\d+:F>\)\. Streak: 1 \(best 1\)/);
    expect((await session(h, s.id)).checkIns).toEqual([{ personId: await ben.id(), attended: true, at: h.now, by: 'self' }]);
    // The same record as /checkin: after the session nobody asks him again.
    at(s, 90);
    await h.core.sessions.completeSession(s.id);
    expect(await h.core.sessions.sendCheckIns(s.id)).toBe(0);
  });

  it('GIVEN three people in a session WHEN Cy presses "Running late" and picks 10 minutes THEN the host and Ben are told the minutes, nobody learns where anyone is, and a second notice waits 10 minutes', async () => {
    const hana = await runner(h, 'Hana');
    const ben = await runner(h, 'Ben');
    const cy = await runner(h, 'Cy');
    const s = await sessionWith(hana, [ben, cy]);
    at(s, -20);
    await remind(cy, s.id, 60);

    await cy.press(cy.button('Running late', [notification(cy, /Reminder: Morning 5k/)]));
    expect(cy.text()).toMatch(/How late are you for \*\*Morning 5k\*\*/);
    expect(cy.last!.replies[0]!.buttons!.flat().map((b) => b.label)).toEqual(['5 min', '10 min', '15 min', '30 min']);
    await cy.press(cy.button('10 min'));
    expect(cy.text()).toMatch(/Told the 2 others in \*\*Morning 5k\*\* .* that you're about 10 minutes late/);

    const toHost = notification(hana, /running about 10 minutes late/);
    expect(toHost.title).toBe('Running 10 minutes late');
    expect(textOf(toHost)).toMatch(/\*\*Cy\*\* is running about 10 minutes late for your session \*\*Morning 5k\*\* \(<t:\d+:F>\)/);
    expect(textOf(notification(ben, /running about 10 minutes late/))).toMatch(/\*\*Cy\*\* is running about 10 minutes late for \*\*Morning 5k\*\*/);
    expect(cy.inbox().filter((r) => /running about/.test(textOf(r)))).toEqual([]);

    // A second notice within 10 minutes is held back, and says when it can go.
    h.advance(4 * MINUTE);
    await cy.run('running-late', `${s.id} minutes: 15`);
    expect(cy.last!.outcome).toBe('user-error');
    expect(cy.text()).toMatch(/One late notice per 10 minutes: you can send another in 6 minutes/);
    expect(hana.inbox().filter((r) => /15 minutes late/.test(textOf(r)))).toEqual([]);
    h.advance(6 * MINUTE);
    await cy.run('running-late', `${s.id} minutes: 15`);
    expect(textOf(notification(hana, /15 minutes late/))).toMatch(/\*\*Cy\*\* is running about 15 minutes late/);
  });

  it('GIVEN the guards WHEN someone without a seat, someone too early, someone half an hour after the start, or with 500 minutes says they are late THEN each is refused, saying why', async () => {
    const hana = await runner(h, 'Hana');
    const ben = await runner(h, 'Ben');
    const stranger = await runner(h, 'Stranger');
    const s = await sessionWith(hana, [ben]);

    at(s, -90);
    await ben.run('running-late', `${s.id} minutes: 5`);
    expect(ben.text()).toMatch(/It's early to be late: from 60 minutes before \*\*Morning 5k\*\* starts/);

    at(s, -10);
    await stranger.run('running-late', `${s.id} minutes: 5`);
    expect(stranger.text()).toMatch(/Only the host and people with a seat in \*\*Morning 5k\*\* can say they're running late/);
    await ben.run('running-late', `${s.id} minutes: 500`);
    expect(ben.last!.outcome).not.toBe('ok');
    expect(ben.text()).toMatch(/120/);

    at(s, 31);
    await ben.run('running-late', `${s.id} minutes: 5`);
    expect(ben.text()).toMatch(/\*\*Morning 5k\*\* started more than 30 minutes ago, so a late notice would come too late/);
    expect(hana.inbox().filter((r) => /late/.test(textOf(r)))).toEqual([]);
  });
});

describe('check-in while it happens, the host too', () => {
  it('GIVEN a session running WHEN the host opens /my-sessions THEN it is there, happening now, and "I\'m here" counts the host as attending their own session', async () => {
    const hana = await runner(h, 'Hana');
    const ben = await runner(h, 'Ben');
    const s = await sessionWith(hana, [ben]);
    at(s, 15);

    await hana.run('my-sessions');
    expect(hana.text()).toMatch(/\*\*1\. Morning 5k\*\*.* · happening now · you host/);
    await hana.press(hana.button("I'm here (1)"));
    expect(hana.text()).toMatch(/Checked in for \*\*Morning 5k\*\*.*Streak: 1/);
    expect((await hana.profile()).attendance).toMatchObject({ attended: 1, streak: 1 });
    const after = await session(h, s.id);
    // The host was there by their own word, though nobody else has said anything yet.
    expect(wasThere(after, await hana.id())).toBe(true);
    expect(wasThere(after, await ben.id())).toBe(false);

    await hana.run('my-sessions');
    expect(hana.text()).toMatch(/happening now · checked in · you host/);
    expect(() => hana.button("I'm here (1)")).toThrow();
    expect(() => hana.button('I missed it (1)')).toThrow();

    // The host's answer is their own record: the show-up rate of seats is still only the guests'.
    await hana.run('stats');
    expect(hana.last!.replies[0]!.fields!.find((f) => f.name === 'Streak')!.value).toBe('1 (best 1)');
  });

  it('GIVEN a session that ended WHEN Ben opens /my-sessions THEN "I made it" and "I missed it" are there for a day; then it leaves the list', async () => {
    const hana = await runner(h, 'Hana');
    const ben = await runner(h, 'Ben');
    const s = await sessionWith(hana, [ben]);
    at(s, 60 + 3 * 60);
    await h.core.sessions.completeSession(s.id);

    await ben.run('my-sessions');
    expect(ben.text()).toMatch(/\*\*1\. Morning 5k\*\*.*ended <t:\d+:R> · you're in/);
    expect(() => ben.button('Running late (1)')).toThrow();
    await ben.press(ben.button('I missed it (1)'));
    expect(ben.text()).toMatch(/Thanks for saying so about \*\*Morning 5k\*\*/);
    expect((await ben.profile()).attendance).toMatchObject({ attended: 0, missed: 1 });

    at(s, 60 + 25 * 60);
    await ben.run('my-sessions');
    expect(ben.text()).not.toMatch(/Morning 5k/);
  });

  it('GIVEN one session running WHEN Ben says /checkin yes THEN it is that one; with two around now he chooses from a select', async () => {
    const hana = await runner(h, 'Hana');
    const ben = await runner(h, 'Ben');
    const first = await sessionWith(hana, [ben]);
    const third = await sessionWith(hana, [ben], 'activity: running when: tomorrow 7:45am place: Berlin, DE capacity: 4 title: Third lap');
    at(first, 10);
    await ben.run('checkin', 'attended: yes');
    const choice = ben.last!.replies[0]!;
    expect(choice.text).toMatch(/You have 2 sessions around now/);
    expect(choice.select!.options.map((o) => o.label)).toEqual(['Morning 5k', 'Third lap']);
    await ben.press(choice.select!, third.id);
    expect(ben.text()).toMatch(/Checked in for \*\*Third lap\*\*/);
    await ben.run('checkin', 'attended: yes');
    expect(ben.text()).toMatch(/Checked in for \*\*Morning 5k\*\*/);
    expect((await session(h, first.id)).checkIns).toHaveLength(1);

    // Nothing around any more: told how to name one.
    at(first, 3 * 24 * 60);
    await ben.run('checkin', 'attended: yes');
    expect(ben.text()).toMatch(/You have no session happening now or ended in the last day/);
  });

  it('GIVEN a session running WHEN Ben types the sentence "/checkin yes" and Cy, who speaks German, "/checkin nein" THEN each answer goes to the session happening now', async () => {
    const hana = await runner(h, 'Hana');
    const ben = await runner(h, 'Ben');
    const cy = await runner(h, 'Cy');
    const s = await sessionWith(hana, [ben, cy]);
    await cy.run('language', 'de');
    at(s, 10);
    await ben.run('checkin', 'yes');
    expect(ben.text()).toMatch(/Checked in for \*\*Morning 5k\*\*/);
    await cy.run('checkin', 'nein');
    expect(cy.last?.outcome, cy.text()).toBe('ok');
    const after = await session(h, s.id);
    expect(wasThere(after, await ben.id())).toBe(true);
    expect(wasThere(after, await cy.id())).toBe(false);
    expect((await cy.profile()).attendance).toMatchObject({ attended: 0, missed: 1 });
  });
});
