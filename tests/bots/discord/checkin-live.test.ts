import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PersonId } from '../../../src/domain/ids.js';
import { userKey } from '../../../src/domain/platform.js';
import { wasThere } from '../../../src/domain/session.js';
import { type FakeMessage, messageText } from '../../fakes/discord/index.js';
import { DiscordWorld, type Person } from './world.js';

let w: DiscordWorld;
let host: Person;
let dana: Person;

beforeAll(async () => {
  w = await DiscordWorld.start();
  host = w.person('Hanna');
  dana = w.person('Dana');
  await w.profile(host, { place: 'Berlin, DE' });
  await w.profile(dana, { place: 'Berlin, DE' });
});
beforeEach(() => w.isolate());
afterAll(async () => {
  await w?.stop();
});

const MINUTE = 60_000;

async function personId(p: Person): Promise<PersonId> {
  const profile = await w.store.people.findByIdentity(userKey('discord', p.user.id));
  if (!profile) throw new Error(`${p.user.username} has no profile`);
  return profile.id;
}

const labels = (m: FakeMessage): string[] =>
  (m.components ?? []).flatMap((row) => ((row as { components?: { label?: string }[] }).components ?? []).map((c) => c.label ?? ''));

/** Hanna hosts a session tomorrow at 7 that Dana joined; the clock stands `minutes` after its start. */
async function sessionUnderWay(title: string, minutes: number) {
  const created = await w.slash(host.here, 'session-create', { activity: 'running', when: 'tomorrow 7am', place: 'Berlin, DE', capacity: 3, title });
  expect(w.text(created)).toContain(`Session created: ${title}`);
  const [s] = (await w.store.sessions.listForPerson((await personId(host)), ['open'], new Date(0))).filter((x) => x.title === title);
  await w.slash(dana.here, 'join', { session: s!.id });
  await w.click(host.dm, w.lastDm(host), 'Accept');
  w.advance(s!.startsAt.getTime() - w.now.getTime() + minutes * MINUTE);
  return s!;
}

describe('check-in on Discord while a session happens', () => {
  it("GIVEN a session under way WHEN Dana and then the host open /my-sessions THEN it shows, happening now, with I'm here and I missed it; each press checks that person in", async () => {
    const s = await sessionUnderWay('Sunrise 5k', 10);
    const mine = await w.slash(dana.here, 'my-sessions');
    const shown = w.lastShown(mine);
    expect(messageText(shown)).toMatch(/Sunrise 5k.*happening now/s);
    expect(labels(shown)).toEqual(expect.arrayContaining(["I'm here (1)", 'I missed it (1)']));
    const here = await w.click(dana.here, shown, "I'm here (1)");
    expect(w.text(here)).toMatch(/Checked in for \*\*Sunrise 5k\*\*/);

    const hosted = await w.slash(host.here, 'my-sessions');
    expect(messageText(w.lastShown(hosted))).toMatch(/happening now · you host/);
    const hostHere = await w.click(host.here, w.lastShown(hosted), "I'm here (1)");
    expect(w.text(hostHere)).toMatch(/Checked in for \*\*Sunrise 5k\*\*/);

    const after = await w.store.sessions.get(s.id);
    for (const p of [dana, host]) {
      expect(wasThere(after!, await personId(p))).toBe(true);
    }
    expect(w.errors()).toEqual([]);
  });
});
