/**
 * Discord round trip: INTERACTION_CREATE sent by the gateway → the interaction callback that
 * acknowledges it, and → the request that carries the answer (the callback itself for a direct
 * reply; the edit of the original message for a deferred one), through the real discord.js client,
 * adapter, dispatcher and core, against the local fake Discord.
 *
 *   `help`, an empty command: the floor set by discord.js and loopback;
 *   `match` with 50,000 profiles in the in-memory store, spread around one city;
 *   `sessions` browsing, with 2,000 sessions around the same city.
 *
 * Interactions go one at a time (latency, not throughput). Interaction endpoints are not bound
 * to Discord's global rate limit, so the client's own limiter is raised for the run.
 *
 * Usage: tsx bench/discord.ts [interactions per command, default 1000] [profiles, default 50000]
 */
import { performance } from 'node:perf_hooks';
import { createDiscordBot, registerDiscordCommands } from '../bots/discord/index.js';
import { ACTIVITY_IDS } from '../src/domain/activities.js';
import { newId, type PersonId, type SessionId } from '../src/domain/ids.js';
import type { WorkoutSession } from '../src/domain/session.js';
import { FakeDiscord, type FakeInteraction, type Place, type RecordedRequest } from '../tests/fakes/discord/index.js';
import { around, askerAround, benchCore, percentile, rng, seedProfiles } from './setup.js';

const INTERACTIONS = Number(process.argv[2] ?? 1000);
const PROFILES = Number(process.argv[3] ?? 50_000);
const SESSIONS = 2_000;
const WARMUP = 50;
const MEMBERS = 20;

function sessionAround(host: PersonId, random: () => number): WorkoutSession {
  const id = newId<SessionId>();
  const now = new Date();
  return {
    id,
    communityId: null,
    hostId: host,
    activity: ACTIVITY_IDS[Math.floor(random() * 6)]!,
    title: `Session ${id.slice(0, 4)}`,
    notes: '',
    startsAt: new Date(now.getTime() + (2 + random() * 24 * 13) * 3_600_000),
    timeZone: 'Europe/Berlin',
    durationMinutes: 60,
    place: { point: around(random, 20), label: 'Tiergarten' },
    capacity: 2 + Math.floor(random() * 8),
    levels: { min: 'beginner', max: 'advanced' },
    status: 'open',
    participants: [],
    waitlist: [],
    recurrence: 'none',
    seriesId: id,
    announcements: [],
    checkIns: [],
    createdAt: now,
    updatedAt: now,
  };
}

async function main(): Promise<void> {
  const fake = await FakeDiscord.start();
  const guild = fake.addGuild('Berlin Runners', { channels: ['general'] });
  const { store, log, clock, deliveries, registry, dispatcher } = await benchCore();

  const random = rng(42);
  const seeding = performance.now();
  const hosts = (await seedProfiles(store, PROFILES, random, 'discord', (i) => `9${String(i).padStart(17, '0')}`)).slice(0, SESSIONS);
  for (const host of hosts) await store.sessions.insert(sessionAround(host, random));
  // The people asking: complete profiles in the middle of town.
  const members: Place[] = [];
  for (let i = 0; i < MEMBERS; i++) {
    const user = fake.addUser(`Member ${i}`);
    await store.people.insert(askerAround(PROFILES + i, random, 'discord', user.id));
    members.push(fake.member(user, guild));
  }
  process.stdout.write(`seeded ${PROFILES.toLocaleString('en')} profiles and ${SESSIONS.toLocaleString('en')} sessions in ${((performance.now() - seeding) / 1000).toFixed(1)} s\n`);

  const config = { token: fake.token, applicationId: fake.applicationId, apiUrl: fake.apiUrl, restRequestsPerSecond: 100_000 };
  await registerDiscordCommands(config, registry);
  const bot = createDiscordBot(config, { dispatcher, store, clock, log });
  deliveries.register(bot.delivery);
  await bot.start();

  // High-resolution arrival times of each interaction's callback and answer, by token.
  const arrivals = new Map<string, { ack?: number; answer?: number }>();
  fake.world.on('request', (r: RecordedRequest) => {
    const now = performance.now();
    const callback = /^\/interactions\/\d+\/([^/]+)\/callback$/.exec(r.path);
    const edit = /^\/webhooks\/\d+\/([^/]+)\/messages\/@original$/.exec(r.path);
    const token = callback?.[1] ?? edit?.[1];
    if (!token || r.status >= 300) return;
    const seen = arrivals.get(token) ?? {};
    if (callback) seen.ack = now;
    if (callback && (r.body as { type?: number }).type !== 5) seen.answer = now;
    if (edit) seen.answer ??= now;
    arrivals.set(token, seen);
  });

  const roundTrip = async (place: Place, command: string, expect: RegExp): Promise<{ ack: number; answer: number }> => {
    const started = performance.now();
    const ix: FakeInteraction = fake.slash(place, command);
    await fake.world.waitFor(() => arrivals.get(ix.token)?.answer !== undefined, 30_000, `/${command} answered`);
    await bot.idle();
    const seen = arrivals.get(ix.token)!;
    arrivals.delete(ix.token);
    const text = fake.shown(ix).map((m) => [m.content, ...m.embeds.map((e) => `${e.title ?? ''} ${e.description ?? ''}`)].join(' ')).join(' ');
    if (!expect.test(text)) throw new Error(`/${command} answered unexpectedly: ${text.slice(0, 160)}`);
    return { ack: seen.ack! - started, answer: seen.answer! - started };
  };

  const rows: string[][] = [];
  try {
    for (const [label, command, expect] of [
      ['help (floor)', 'help', /Spotter/],
      [`match (${PROFILES.toLocaleString('en')} profiles)`, 'match', /Buddies near you/],
      [`sessions (${SESSIONS.toLocaleString('en')} sessions)`, 'sessions', /session/i],
    ] as const) {
      for (let i = 0; i < WARMUP; i++) await roundTrip(members[i % MEMBERS]!, command, expect);
      const acks: number[] = [];
      const answers: number[] = [];
      for (let i = 0; i < INTERACTIONS; i++) {
        const t = await roundTrip(members[i % MEMBERS]!, command, expect);
        acks.push(t.ack);
        answers.push(t.answer);
      }
      acks.sort((a, b) => a - b);
      answers.sort((a, b) => a - b);
      const stats = (s: number[]) => [percentile(s, 50), percentile(s, 99), s[s.length - 1]!].map((v) => v.toFixed(2));
      rows.push([label, String(acks.length), ...stats(acks), ...stats(answers)]);
    }
  } finally {
    await bot.stop();
    await fake.close();
  }

  const header = ['command', 'n', 'ack p50', 'ack p99', 'ack max', 'answer p50', 'answer p99', 'answer max'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  process.stdout.write(
    `\nDiscord INTERACTION_CREATE → callback (ack) and → answer, in ms (node ${process.version})\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}\n`,
  );
  const floor = Number(rows[0]![6]); // help answers directly: its answer p99 is its ack p99
  for (const row of rows.slice(1)) {
    process.stdout.write(`${row[0]}: ack p99 ${(Number(row[3]) / floor).toFixed(1)}×, answer p99 ${(Number(row[6]) / floor).toFixed(1)}× the help floor (target: within 5×)\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
