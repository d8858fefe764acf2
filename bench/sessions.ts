/**
 * `/sessions` in a busy city: 20,000 open sessions within ~20 km of one centre, hosted by 2,000
 * people, browsed by 200 members through the dispatcher (the in-memory store, as the bots see it).
 * Prints `/sessions` p50 against `help` p50 (the empty-command floor) measured in the same run,
 * after a warm-up round; three runs, min / median / max.
 *
 * Usage: tsx bench/sessions.ts [sessions]   (default 20000)
 */
import { performance } from 'node:perf_hooks';
import { ACTIVITY_IDS } from '../src/domain/activities.js';
import { newId, type PersonId, type SessionId } from '../src/domain/ids.js';
import type { WorkoutSession } from '../src/domain/session.js';
import type { Invocation } from '../src/interaction/command.js';
import { makeSession } from '../tests/support/fixtures.js';
import { around, askerAround, benchCore, percentile, rng, seedProfiles } from './setup.js';

const SESSIONS = Number(process.argv[2] ?? 20_000);
const HOSTS = 2_000;
const MEMBERS = 200;
const RUNS = 3;

/** A session somewhere in the city within the next month; the rest as the test fixtures make them. */
function session(host: PersonId, random: () => number, now: Date): WorkoutSession {
  const id = newId<SessionId>();
  return makeSession(host, {
    id,
    activity: ACTIVITY_IDS[Math.floor(random() * 6)]!,
    title: `Session ${id.slice(0, 4)}`,
    startsAt: new Date(now.getTime() + (2 + random() * 24 * 30) * 3_600_000),
    place: { point: around(random, 20), label: 'Tiergarten' },
    capacity: 2 + Math.floor(random() * 8),
    createdAt: now,
    updatedAt: now,
  });
}

const { store, dispatcher } = await benchCore();
const random = rng(7);
const now = new Date();
const seeding = performance.now();
const hosts = await seedProfiles(store, HOSTS, random, 'console', (i) => `host${i}`);
for (let i = 0; i < SESSIONS; i++) await store.sessions.insert(session(hosts[i % HOSTS]!, random, now));
const members: Invocation[] = [];
for (let i = 0; i < MEMBERS; i++) {
  const p = askerAround(i, random, 'console', `member${i}`);
  await store.people.insert(p);
  members.push({ platform: 'console', user: { key: p.identities[0]!, displayName: p.displayName }, community: null });
}
process.stdout.write(`seeded ${SESSIONS.toLocaleString('en')} sessions in one city in ${((performance.now() - seeding) / 1000).toFixed(1)} s\n`);

async function round(): Promise<{ sessions: number; help: number }> {
  const sessionsMs: number[] = [];
  const helpMs: number[] = [];
  for (const invocation of members) {
    const t0 = performance.now();
    await dispatcher.handle(invocation, { kind: 'line', command: 'help', text: '' });
    const t1 = performance.now();
    const r = await dispatcher.handle(invocation, { kind: 'line', command: 'sessions', text: '' });
    const t2 = performance.now();
    if (r.replies.length === 0) throw new Error('/sessions answered nothing');
    helpMs.push(t1 - t0);
    sessionsMs.push(t2 - t1);
  }
  sessionsMs.sort((a, b) => a - b);
  helpMs.sort((a, b) => a - b);
  return { sessions: percentile(sessionsMs, 50), help: percentile(helpMs, 50) };
}

await round(); // warm-up: compiled code and caches, so the floor is not measured cold
const runs: { sessions: number; help: number }[] = [];
for (let i = 0; i < RUNS; i++) runs.push(await round());
const spread = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${s[0]!.toFixed(2)} / ${s[Math.floor(s.length / 2)]!.toFixed(2)} / ${s[s.length - 1]!.toFixed(2)}`;
};
process.stdout.write(
  [
    `sessions-${SESSIONS / 1000}k /sessions p50 min/median/max ${spread(runs.map((r) => r.sessions))} ms`,
    `sessions-${SESSIONS / 1000}k help p50 min/median/max ${spread(runs.map((r) => r.help))} ms`,
    `sessions-${SESSIONS / 1000}k /sessions p50 / help p50 min/median/max ${spread(runs.map((r) => r.sessions / r.help))}× (goal ≤ 10×)`,
  ].join('\n') + '\n',
);
