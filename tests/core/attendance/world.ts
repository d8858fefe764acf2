import { Dispatcher, type Inbound, type Outcome } from '../../../src/interaction/dispatcher.js';
import type { Button, Reply } from '../../../src/interaction/reply.js';
import type { PersonId, SessionId } from '../../../src/domain/ids.js';
import { communityKey, userKey } from '../../../src/domain/platform.js';
import type { Profile } from '../../../src/domain/profile.js';
import type { WorkoutSession } from '../../../src/domain/session.js';
import { silentLogger } from '../../../src/logger.js';
import { JobsHarness, textOf } from '../../jobs/support.js';
import { testPictures } from '../../support/pictures.js';
import { testRegistry } from '../../support/harness.js';

export { textOf };

/**
 * The product as production wires it: the command layer (dispatcher and every command) on the
 * core whose notifier and hooks are the production scheduler's, with a hand-moved clock. People
 * act through commands and buttons; what the jobs send arrives through the outbox.
 */
export class World {
  private constructor(
    readonly jobs: JobsHarness,
    readonly dispatcher: Dispatcher,
  ) {}

  static async create(): Promise<World> {
    const jobs = new JobsHarness();
    const dispatcher = new Dispatcher(await testRegistry(), jobs.core, silentLogger(), undefined, testPictures(silentLogger()));
    return new World(jobs, dispatcher);
  }

  get store() {
    return this.jobs.store;
  }

  person(name: string, community: string | null = 'gym', admin = false): Person {
    return new Person(this, name, community, admin);
  }

  /** A complete profile set up through the commands. */
  async runner(name: string, community: string | null = 'gym', admin = false): Promise<Person> {
    const p = this.person(name, community, admin);
    for (const [command, text] of [
      ['set-location', 'Berlin, DE'],
      ['set-activities', 'running'],
      ['set-level', 'intermediate'],
      ['set-radius', '15'],
    ] as const) {
      const out = await p.run(command, text);
      if (out.outcome !== 'ok') throw new Error(`${name}: /${command} failed: ${p.text()}`);
    }
    return p;
  }

  /** The host creates a session by command; the people given take seats (the GIVEN, not the story). */
  async session(host: Person, seated: Person[], when = 'tomorrow 7am'): Promise<WorkoutSession> {
    const out = await host.run('session-create', `activity: running when: ${when} place: Berlin, DE capacity: 6`);
    if (out.outcome !== 'ok') throw new Error(`session-create failed: ${host.text()}`);
    const hostId = await host.id();
    const mine = (await this.store.sessions.listForPerson(hostId, ['open', 'full'], new Date(0))).filter((s) => s.hostId === hostId);
    const s = mine.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))[0]!;
    for (const p of seated) {
      await this.store.sessions.seatOrWaitlist(s.id, await p.id());
      await this.jobs.core.deps.hooks?.participantJoined(s.id, await p.id());
    }
    return (await this.store.sessions.get(s.id))!;
  }

  async get(id: SessionId): Promise<WorkoutSession> {
    return (await this.store.sessions.get(id))!;
  }

  /** Lives until the session-complete job has run (its end plus the check-in delay) and the outbox is drained. */
  async pastEnd(s: WorkoutSession): Promise<void> {
    const end = s.startsAt.getTime() + s.durationMinutes * 60_000;
    await this.jobs.until(new Date(end + (this.jobs.scheduler.settings.checkInDelayMinutes + 1) * 60_000));
  }
}

export class Person {
  last: Outcome | null = null;
  readonly userId: string;

  constructor(
    private readonly world: World,
    readonly name: string,
    private readonly community: string | null,
    private readonly admin: boolean,
  ) {
    this.userId = name.toLowerCase();
  }

  async send(inbound: Inbound): Promise<Outcome> {
    const membership = this.community ? { key: communityKey('console', this.community), name: this.community, roleIds: [], isAdmin: this.admin } : null;
    this.last = await this.world.dispatcher.handle({ platform: 'console', user: { key: userKey('console', this.userId), displayName: this.name }, locale: null, community: membership }, inbound);
    // Whatever the command queued (a pushed report, a lifted pause) goes out now, as the sender would.
    await this.world.jobs.tick();
    return this.last;
  }

  run(command: string, text = ''): Promise<Outcome> {
    return this.send({ kind: 'line', command, text });
  }

  runWith(command: string, values: Record<string, unknown>): Promise<Outcome> {
    return this.send({ kind: 'options', command, values });
  }

  press(button: Button): Promise<Outcome> {
    return this.send({ kind: 'action', id: button.action });
  }

  text(): string {
    return (this.last?.replies ?? []).map(textOf).join('\n---\n');
  }

  /** Notifications delivered to me, in order. */
  inbox(): Reply[] {
    return this.world.jobs.sent.filter((s) => s.userId === this.userId).map((s) => s.reply);
  }

  /** My latest notification whose text matches. */
  notification(pattern: RegExp): Reply {
    const found = [...this.inbox()].reverse().find((r) => pattern.test(textOf(r)));
    if (!found) throw new Error(`${this.name} has no notification matching ${pattern}; inbox:\n${this.inbox().map(textOf).join('\n---\n')}`);
    return found;
  }

  async profile(): Promise<Profile> {
    const p = await this.world.store.people.findByIdentity(userKey('console', this.userId));
    if (!p) throw new Error(`${this.name} has no profile`);
    return p;
  }

  async id(): Promise<PersonId> {
    return (await this.profile()).id;
  }
}

/** A button by its label among the replies given. */
export function button(replies: readonly Reply[], label: string | RegExp): Button {
  const all = replies.flatMap((r) => (r.buttons ?? []).flat());
  const found = all.find((b) => (typeof label === 'string' ? b.label === label : label.test(b.label)));
  if (!found) throw new Error(`no button "${label}" among: ${all.map((b) => b.label).join(', ') || '(none)'}`);
  return found;
}
