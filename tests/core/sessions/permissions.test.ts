import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Harness, runner } from '../../support/harness.js';
import { createSession, notification, session } from './helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => h.assertNoCoordinatesLeaked());

/** A host with a session in a community, a requester with a pending request, and a bystander. */
async function scene() {
  const host = await runner(h, 'Hana', { community: 'berlin-runners' });
  const ben = await runner(h, 'Ben', { community: 'berlin-runners' });
  const mallory = await runner(h, 'Mallory', { community: 'berlin-runners' });
  const s = await createSession(h, host, 'activity: running when: tomorrow 7am place: Berlin, DE capacity: 2');
  await ben.run('join', s.id);
  const note = notification(host, /wants to join/);
  const [request] = await h.store.joinRequests.listForSession(s.id, ['pending']);
  return { host, ben, mallory, s, note, request: request! };
}

describe('host-only actions', () => {
  it("GIVEN the host's Accept button WHEN a regular member replays it THEN the dispatcher refuses it and nothing changes", async () => {
    const { host, ben, mallory, s, note, request } = await scene();
    const accept = host.button('Accept', [note]);
    const out = await mallory.press(accept);
    expect(out.outcome).toBe('user-error');
    expect(mallory.text()).toMatch(/That button isn't for you/);
    // The requester may not accept their own request with it either.
    await ben.press(accept);
    expect(ben.text()).toMatch(/That button isn't for you/);
    expect((await h.store.joinRequests.get(request.id))?.status).toBe('pending');
    expect((await session(h, s.id)).participants).toEqual([]);
    expect(h.posts[0]!.edits).toHaveLength(0);
    expect(ben.inbox()).toHaveLength(0);
  });

  it('GIVEN a request id WHEN someone other than the host types request-accept or request-decline THEN the host precondition refuses and nothing changes', async () => {
    const { mallory, ben, s, request } = await scene();
    const out = await mallory.run('request-accept', request.id);
    expect(out.outcome).toBe('user-error');
    expect(mallory.text()).toMatch(/Only the host of \*\*Running session\*\* can use \/request-accept for it/);
    await ben.run('request-accept', request.id);
    expect(ben.text()).toMatch(/Only the host/);
    await mallory.run('request-decline', request.id);
    expect(mallory.text()).toMatch(/Only the host of \*\*Running session\*\* can use \/request-decline for it/);
    expect((await h.store.joinRequests.get(request.id))?.status).toBe('pending');
    expect((await session(h, s.id)).participants).toEqual([]);
    expect(ben.inbox()).toHaveLength(0);
  });

  it('GIVEN a session WHEN a non-host runs session-edit THEN it is refused and the session is unchanged', async () => {
    const { mallory, s } = await scene();
    const out = await mallory.run('session-edit', `${s.id} capacity: 50 title: Mine now`);
    expect(out.outcome).toBe('user-error');
    expect(mallory.text()).toMatch(/Only the host of \*\*Running session\*\* can use \/session-edit for it/);
    expect(await session(h, s.id)).toMatchObject({ capacity: 2, title: 'Running session' });
  });

  it('GIVEN a session WHEN a non-host runs session-cancel THEN it is refused and the session stays open', async () => {
    const { mallory, s } = await scene();
    const out = await mallory.run('session-cancel', s.id);
    expect(out.outcome).toBe('user-error');
    expect(mallory.text()).toMatch(/Only the host of \*\*Running session\*\* can use \/session-cancel for it/);
    expect((await session(h, s.id)).status).toBe('open');
  });

  it("GIVEN a session WHEN a non-host asks for its requests THEN they are refused and see nobody's requests", async () => {
    const { mallory, s } = await scene();
    await mallory.run('requests', s.id);
    expect(mallory.text()).toMatch(/Only the host/);
    await mallory.run('requests');
    expect(mallory.text()).toMatch(/No join requests are waiting for you/);
  });

  it('GIVEN the host lists requests WHEN they accept by number THEN it works for them and the number means nothing to others', async () => {
    const { host, mallory, ben, s } = await scene();
    await host.run('requests');
    expect(host.text()).toMatch(/1\. Ben \(intermediate\)\*\* for \*\*Running session\*\*/);
    await mallory.run('request-accept', '1');
    expect(mallory.text()).toMatch(/Your last list of join requests has no number 1\. Run \/requests/);
    await host.run('request-accept', '1');
    expect(host.text()).toMatch(/\*\*Ben\*\* is in/);
    expect((await session(h, s.id)).participants).toEqual([await ben.id()]);
  });
});
