import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { timeTag } from '../../../src/interaction/reply.js';
import { type Actor, Harness, runner, textOf } from '../../support/harness.js';
import { createSession, hostedBy, notification, session } from './helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => h.assertNoCoordinatesLeaked());

const lastPost = () => {
  const p = h.posts[0]!;
  return textOf(p.edits[p.edits.length - 1] ?? p.reply);
};

/** `people` ask to join and the host accepts each, in order. */
async function seat(host: Actor, sessionId: string, people: Actor[]): Promise<void> {
  for (const p of people) {
    await p.run('join', sessionId);
    await host.press(host.button('Accept', [notification(host, new RegExp(`\\*\\*${p.name}\\*\\* .*wants to join`))]));
  }
}

describe('the host edits a session', () => {
  it('GIVEN participants WHEN the host moves the time and place THEN each is told what changed, with times as time tags', async () => {
    // Potsdam is within the 40 km Hana travels and a member trains there: no far-place question.
    const host = await runner(h, 'Hana', { community: 'c', radius: 40 });
    const s = await createSession(h, host, 'activity: running when: tomorrow 7am place: Berlin, DE capacity: 3');
    await runner(h, 'Pia', { community: 'c', place: 'Potsdam, DE' });
    const ben = await runner(h, 'Ben', { community: 'c' });
    await seat(host, s.id, [ben]);
    const out = await host.run('session-edit', `${s.id} when: tomorrow 8am place: Potsdam, DE notes: Meet at the gate`);
    expect(out.outcome, host.text()).toBe('ok');
    const after = await session(h, s.id);
    expect(after.startsAt.toISOString()).toBe('2026-11-22T07:00:00.000Z');
    expect(after.place.label).toBe('Potsdam, DE');
    expect(after.notes).toBe('Meet at the gate');
    const told = textOf(ben.lastInbox());
    expect(told).toContain(`time: now ${timeTag(after.startsAt, 'F')} (was ${timeTag(s.startsAt, 'F')})`);
    expect(told).toContain('place: now Potsdam, DE (was Berlin, DE)');
    expect(told).toContain('notes updated');
    expect(lastPost()).toContain('Potsdam, DE');
    expect(lastPost()).toContain(timeTag(after.startsAt, 'F'));
  });

  it('GIVEN 2 seats taken WHEN the host lowers capacity to 1 THEN it is refused with why and nothing changes', async () => {
    const host = await runner(h, 'Hana');
    const s = await createSession(h, host, 'activity: running when: tomorrow 7am place: Berlin, DE capacity: 3');
    await seat(host, s.id, [await runner(h, 'Ben'), await runner(h, 'Cy')]);
    const out = await host.run('session-edit', `${s.id} capacity: 1`);
    expect(out.outcome).toBe('user-error');
    expect(host.text()).toMatch(/2 people already have seats .* can't go below 2/);
    expect((await session(h, s.id)).capacity).toBe(3);
  });

  it('GIVEN 1 seat taken WHEN the host lowers capacity to 1 and retitles while someone else is seated in the meantime THEN it is refused with why and nothing changes', async () => {
    const host = await runner(h, 'Hana');
    const s = await createSession(h, host, 'activity: running when: tomorrow 7am place: Berlin, DE capacity: 3');
    const [ben, cy] = [await runner(h, 'Ben'), await runner(h, 'Cy')];
    await seat(host, s.id, [ben]);
    const cyId = await cy.id();
    // Cy's seat lands between the edit's up-front check (1 seated) and its resize.
    const resize = h.store.sessions.resize.bind(h.store.sessions);
    const raced = vi.spyOn(h.store.sessions, 'resize').mockImplementationOnce(async (id, capacity, now) => {
      expect(await h.store.sessions.seatOrWaitlist(id, cyId)).toBe('seated');
      return resize(id, capacity, now);
    });
    const out = await host.run('session-edit', `${s.id} capacity: 1 title: Tiny run`);
    expect(raced).toHaveBeenCalledOnce();
    expect(out.outcome).toBe('user-error');
    expect(host.text()).toMatch(/2 people already have seats in \*\*Running session\*\*, so its capacity can't go below 2/);
    const after = await session(h, s.id);
    expect(after).toMatchObject({ capacity: 3, title: 'Running session', participants: [await ben.id(), cyId], status: 'open' });
  });

  it('GIVEN a full session with a waitlist WHEN the host adds seats THEN the waitlisted move up in order and are told they are in', async () => {
    const host = await runner(h, 'Hana', { community: 'c' });
    const s = await createSession(h, host, 'activity: running when: tomorrow 7am place: Berlin, DE capacity: 1');
    const [ben, cy, di] = [await runner(h, 'Ben', { community: 'c' }), await runner(h, 'Cy', { community: 'c' }), await runner(h, 'Di', { community: 'c' })];
    await seat(host, s.id, [ben, cy, di]);
    await host.run('session-edit', `${s.id} capacity: 2`);
    expect(host.text()).toMatch(/capacity: now 2 \(was 1\)/);
    expect(host.text()).toMatch(/1 moved up from the waitlist/);
    const after = await session(h, s.id);
    expect(after.participants).toEqual([await ben.id(), await cy.id()]);
    expect(after.waitlist).toEqual([await di.id()]);
    expect(textOf(cy.lastInbox())).toMatch(/A seat opened up/);
    expect(textOf(di.lastInbox())).toMatch(/capacity: now 2/);
    expect(lastPost()).toContain('full · 1 waiting');
  });

  it('GIVEN nothing new WHEN the host edits THEN they are asked what to change', async () => {
    const host = await runner(h, 'Hana');
    const s = await createSession(h, host);
    await host.run('session-edit', `${s.id} capacity: 2`);
    expect(host.text()).toMatch(/Nothing to change/);
  });

  it('GIVEN an edit to a past time WHEN the host edits THEN the time is refused and nothing changes', async () => {
    const host = await runner(h, 'Hana');
    const s = await createSession(h, host);
    await host.run('session-edit', `${s.id} when: yesterday 7am`);
    expect(host.text()).toMatch(/already passed/);
    expect((await session(h, s.id)).startsAt).toEqual(s.startsAt);
  });
});

describe('cancelling', () => {
  it('GIVEN participants, a waitlist and a pending request WHEN the host cancels THEN all are told, requests close and the announcement says cancelled', async () => {
    const host = await runner(h, 'Hana', { community: 'c' });
    const s = await createSession(h, host, 'activity: running when: tomorrow 7am place: Berlin, DE capacity: 1');
    const [ben, cy, di] = [await runner(h, 'Ben', { community: 'c' }), await runner(h, 'Cy', { community: 'c' }), await runner(h, 'Di', { community: 'c' })];
    await seat(host, s.id, [ben, cy]);
    await di.run('join', s.id);
    const out = await host.run('session-cancel', `${s.id} reason: storm warning`);
    expect(out.outcome, host.text()).toBe('ok');
    expect(host.text()).toMatch(/Cancelled \*\*Running session\*\* \(<t:\d+:F>\). 2 people have been told/);
    for (const p of [ben, cy, di]) {
      expect(textOf(p.lastInbox())).toMatch(/\*\*Running session\*\* on <t:\d+:F> has been cancelled by the host/);
      expect(textOf(p.lastInbox())).toContain('Reason: storm warning');
    }
    expect((await session(h, s.id)).status).toBe('cancelled');
    expect(await h.store.joinRequests.listForSession(s.id, ['pending'])).toHaveLength(0);
    expect(lastPost()).toMatch(/Cancelled: Running session/);
    expect(h.posts[0]!.edits.at(-1)!.buttons ?? []).toHaveLength(0);
    await host.run('session-cancel', s.id);
    expect(host.text()).toMatch(/already cancelled/);
  });

  it('GIVEN a session WHEN a moderator removes it through the core THEN the host and participants are told it was a moderator', async () => {
    const host = await runner(h, 'Hana', { community: 'c' });
    const mod = await runner(h, 'Mo', { community: 'c' });
    const s = await createSession(h, host);
    const ben = await runner(h, 'Ben', { community: 'c' });
    await seat(host, s.id, [ben]);
    const removed = await h.core.sessions.cancel(await session(h, s.id), 'not a public place', await mod.id());
    expect(removed.ok).toBe(true);
    expect(textOf(host.lastInbox())).toMatch(/cancelled by a moderator/);
    expect(textOf(ben.lastInbox())).toMatch(/cancelled by a moderator.*\n?Reason: not a public place/s);
  });
});

describe('weekly sessions', () => {
  it('GIVEN a weekly 7:00 session the Saturday before summer time WHEN the next occurrence is made THEN it is 7:00 Berlin time again, an hour earlier in UTC', async () => {
    const host = await runner(h, 'Hana', { community: 'c' });
    const s = await createSession(h, host, 'activity: running when: 2027-03-27 07:00 place: Berlin, DE weekly: yes');
    expect(s.startsAt.toISOString()).toBe('2027-03-27T06:00:00.000Z');
    const next = await h.core.sessions.createNextOccurrence(s.id);
    expect(next!.startsAt.toISOString()).toBe('2027-04-03T05:00:00.000Z');
    expect(next).toMatchObject({ seriesId: s.id, recurrence: 'weekly', participants: [], status: 'open', title: s.title });
    expect(next!.id).not.toBe(s.id);
    expect(h.posts).toHaveLength(2);
    // The scheduler may call twice: still one occurrence.
    expect((await h.core.sessions.createNextOccurrence(s.id))!.id).toBe(next!.id);
    expect(await hostedBy(h, host)).toHaveLength(2);
  });

  it('GIVEN a one-off or cancelled session WHEN asked for the next occurrence THEN there is none', async () => {
    const host = await runner(h, 'Hana');
    const once = await createSession(h, host);
    expect(await h.core.sessions.createNextOccurrence(once.id)).toBeNull();
    const weekly = await createSession(h, host, 'activity: running when: tomorrow 9am place: Berlin, DE weekly: yes');
    await host.run('session-cancel', weekly.id);
    expect(await h.core.sessions.createNextOccurrence(weekly.id)).toBeNull();
  });
});

describe('my sessions', () => {
  it('GIVEN sessions I host, joined and wait for WHEN I list them THEN each says my part and the numbers work with other commands', async () => {
    const ana = await runner(h, 'Ana');
    const host = await runner(h, 'Hana');
    await createSession(h, ana, 'activity: running when: tomorrow 7am place: Berlin, DE title: Mine');
    const theirs = await createSession(h, host, 'activity: running when: tomorrow 9am place: Berlin, DE title: Theirs capacity: 1');
    await seat(host, theirs.id, [await runner(h, 'Ben'), ana]);
    await ana.run('my-sessions');
    expect(ana.text()).toMatch(/\*\*1\. Mine\*\*.*you host/);
    expect(ana.text()).toMatch(/\*\*2\. Theirs\*\*.*waitlist #1/);
    await ana.run('leave', '2');
    expect(ana.text()).toMatch(/left the waitlist of \*\*Theirs\*\*/);
  });
});

describe('editing as a conversation', () => {
  it('GIVEN a host WHEN they run /session-edit with just the session THEN each field is asked, skips keep the old value, and the change is saved', async () => {
    const h = await Harness.create();
    const ben = await runner(h, 'Ben');
    const s = await createSession(h, ben);
    const first = await ben.run('session-edit', s.id);
    expect(first.replies[0]!.text).toMatch(/New start/);
    await ben.say('skip');
    await ben.say('skip');
    await ben.say('6');
    await ben.say('Long run');
    const done = await ben.say('skip');
    expect(done.outcome).toBe('ok');
    const after = (await h.store.sessions.get(s.id))!;
    expect(after).toMatchObject({ capacity: 6, title: 'Long run', startsAt: s.startsAt, place: s.place });
    h.assertNoCoordinatesLeaked();
  });
});
