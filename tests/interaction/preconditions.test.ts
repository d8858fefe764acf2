import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JoinRequestId } from '../../src/domain/ids.js';
import type { WorkoutSession } from '../../src/domain/session.js';
import { Harness, runner, type Actor } from '../support/harness.js';
import { createSession, session } from '../core/sessions/helpers.js';

const C = 'berlin-runners';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => h.assertNoCoordinatesLeaked());

/** Hana hosts a session Ben asked to join; Mallory is a member who hosts nothing. */
async function scene(): Promise<{ hana: Actor; ben: Actor; mallory: Actor; s: WorkoutSession; request: JoinRequestId }> {
  const hana = await runner(h, 'Hana', { community: C });
  const ben = await runner(h, 'Ben', { community: C });
  const mallory = await runner(h, 'Mallory', { community: C });
  const s = await createSession(h, hana);
  await ben.run('join', s.id);
  const [request] = await h.store.joinRequests.listForSession(s.id, ['pending']);
  return { hana, ben, mallory, s, request: request!.id };
}

describe('the host precondition', () => {
  it('GIVEN a member who hosts nothing WHEN she tries each host command on the session THEN each is refused by the precondition, naming the session and the command, and nothing changes', async () => {
    const { ben, mallory, s, request } = await scene();
    const tries: [string, string][] = [
      ['requests', s.id],
      ['request-accept', request],
      ['request-decline', request],
      ['session-edit', `${s.id} capacity: 50 title: Mine now`],
      ['session-cancel', `${s.id} Cancelled by me`],
    ];
    for (const [command, text] of tries) {
      const out = await mallory.run(command, text);
      expect(out.outcome, command).toBe('user-error');
      expect(mallory.text(), command).toBe(`\nOnly the host of **Running session** can use /${command} for it.`);
    }
    expect(await session(h, s.id)).toMatchObject({ capacity: 2, title: 'Running session', status: 'open', participants: [] });
    expect((await h.store.joinRequests.get(request))?.status).toBe('pending');
    expect(ben.inbox()).toHaveLength(0);
  });

  it('GIVEN the session numbered in her own list (she asked to join it) WHEN a non-host cancels "1" THEN the number is resolved first and the precondition refuses it', async () => {
    const { mallory, s } = await scene();
    await mallory.run('join', s.id);
    await mallory.run('my-sessions');
    expect(mallory.text()).toMatch(/Running session/);
    await mallory.run('session-cancel', '1');
    expect(mallory.text()).toBe('\nOnly the host of **Running session** can use /session-cancel for it.');
    expect((await session(h, s.id)).status).toBe('open');
  });

  it('GIVEN a non-host who runs session-cancel bare WHEN she answers the question with the session THEN the precondition refuses it once the session is named', async () => {
    const { mallory, s } = await scene();
    const asked = await mallory.run('session-cancel');
    expect(asked.outcome).toBe('ok');
    await mallory.say(s.id);
    expect(mallory.text()).toBe('\nOnly the host of **Running session** can use /session-cancel for it.');
    expect((await session(h, s.id)).status).toBe('open');
  });

  it('GIVEN the host WHEN she runs the same commands THEN the precondition lets her through to the command', async () => {
    const { hana, ben, s } = await scene();
    await hana.run('requests', s.id);
    expect(hana.text()).toMatch(/Ben/);
    await hana.run('request-accept', '1');
    expect(hana.text()).toMatch(/\*\*Ben\*\* is in/);
    expect((await session(h, s.id)).participants).toEqual([await ben.id()]);
  });

  it('GIVEN a German member who hosts nothing WHEN she tries to cancel the session THEN the refusal is German', async () => {
    const { s } = await scene();
    const greta = await runner(h, 'Greta', { community: C });
    const german = h.person('Greta', { community: C, locale: 'de' });
    expect(await greta.id()).toBe(await german.id());
    await german.run('session-cancel', s.id);
    expect(german.text()).toBe('\nNur wer **Running session** leitet, kann dafür /session-cancel verwenden.');
  });
});

describe('the who-and-where preconditions', () => {
  it('GIVEN a member who is no moderator WHEN he runs /ban, which would ask for a person THEN he is refused before any question', async () => {
    const ben = await runner(h, 'Ben', { community: C });
    const out = await ben.run('ban');
    expect(out.outcome).toBe('user-error');
    expect(ben.text()).toBe('\nOnly moderators of this community can use /ban.');
    // No question was left open: his next words are not taken as an answer.
    await ben.in(null).say('Cleo');
    expect(ben.text()).not.toMatch(/banned/i);
  });

  it('GIVEN a member of a community in a private chat WHEN he runs a community command THEN he is told to run it inside the community', async () => {
    const ben = await runner(h, 'Ben', { community: C });
    const dm = ben.in(null);
    for (const command of ['places', 'rounds-status', 'rounds-join']) {
      const out = await dm.run(command);
      expect(out.outcome, command).toBe('user-error');
      expect(dm.text(), command).toBe(`\n/${command} works inside a community: run it in your server or group.`);
    }
    // Inside the community the same command runs.
    expect((await ben.run('places')).outcome).toBe('ok');
  });

  it('GIVEN a moderator in a private chat WHEN she runs a moderator command THEN the first precondition that fails answers: the place', async () => {
    const mia = h.person('Mia', { community: C, admin: true });
    await mia.run('profile');
    const dm = mia.in(null);
    await dm.run('ban');
    expect(dm.text()).toBe('\n/ban works inside a community: run it in your server or group.');
  });

  it('GIVEN someone in a group WHEN they run /link, which shows a code to use on another account THEN they are sent to a private chat', async () => {
    const ben = h.person('Ben', { community: C });
    const out = await ben.run('link');
    expect(out.outcome).toBe('user-error');
    expect(ben.text()).toBe('\n/link works in a private chat with me, where nobody else reads along: open one and run it there.');
    expect((await ben.in(null).run('link')).outcome).toBe('ok');
  });

  it('GIVEN a person without a finished profile WHEN they run /match or /plan THEN they are told to finish it first, before any question', async () => {
    const cal = h.person('Cal');
    await cal.run('set-location', 'Berlin, DE');
    for (const command of ['match', 'plan', 'sessions']) {
      const out = await cal.run(command);
      expect(out.outcome, command).toBe('user-error');
      expect(cal.text(), command).toBe('\nFinish your profile first with /setup: I need your area, activities and level.');
    }
  });

  it('GIVEN a Spanish member and a Russian one WHEN each runs a moderator command THEN the refusal is in their language', async () => {
    const ana = h.person('Ana', { community: C, locale: 'es' });
    await ana.run('reports');
    expect(ana.text()).toBe('\nSolo los moderadores de esta comunidad pueden usar /reports.');
    const olga = h.person('Olga', { locale: 'ru' });
    await olga.run('link');
    expect((await olga.in(C).run('link')).replies[0]!.text).toMatch(/^\/link работает только в личном чате со мной/);
  });
});
