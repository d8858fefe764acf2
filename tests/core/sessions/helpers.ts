import { expect } from 'vitest';
import type { CommunityId } from '../../../src/domain/ids.js';
import type { MeetingPlace } from '../../../src/domain/community.js';
import { communityKey } from '../../../src/domain/platform.js';
import type { WorkoutSession } from '../../../src/domain/session.js';
import type { Reply } from '../../../src/interaction/reply.js';
import { type Actor, type Harness, textOf } from '../../support/harness.js';

export const ALL_STATUSES = ['open', 'full', 'cancelled', 'completed'] as const;

/** Sessions the actor hosts, any status, soonest first. */
export async function hostedBy(h: Harness, host: Actor): Promise<WorkoutSession[]> {
  const id = await host.id();
  return (await h.store.sessions.listForPerson(id, ALL_STATUSES, new Date(0))).filter((s) => s.hostId === id);
}

/** The host creates a session through the command and gets it back from the store. */
export async function createSession(h: Harness, host: Actor, line = 'activity: running when: tomorrow 7am place: Berlin, DE capacity: 2'): Promise<WorkoutSession> {
  const before = new Set((await hostedBy(h, host)).map((s) => s.id));
  const out = await host.run('session-create', line);
  expect(out.outcome, host.text()).toBe('ok');
  const created = (await hostedBy(h, host)).filter((s) => !before.has(s.id));
  expect(created, host.text()).toHaveLength(1);
  return created[0]!;
}

export async function session(h: Harness, id: string): Promise<WorkoutSession> {
  const s = await h.store.sessions.get(id as WorkoutSession['id']);
  if (!s) throw new Error(`no session ${id}`);
  return s;
}

export async function communityId(h: Harness, name: string): Promise<CommunityId> {
  const c = await h.store.communities.getByKey(communityKey('console', name));
  if (!c) throw new Error(`no community ${name}`);
  return c.id;
}

/** Moderators would curate these with /place-add; here the GIVEN sets them directly. */
export async function curatePlaces(h: Harness, community: string, places: MeetingPlace[]): Promise<void> {
  await h.store.communities.updateSettings(await communityId(h, community), { places });
}

/** The latest notification of `actor` whose text matches. */
export function notification(actor: Actor, pattern: RegExp): Reply {
  const found = [...actor.inbox()].reverse().find((r) => pattern.test(textOf(r)));
  if (!found) throw new Error(`${actor.name} has no notification matching ${pattern}; inbox:\n${actor.inbox().map(textOf).join('\n---\n')}`);
  return found;
}
