import { Dispatcher, type Inbound, type Outcome } from '../../../src/interaction/dispatcher.js';
import type { Invocation } from '../../../src/interaction/command.js';
import type { Button, Reply } from '../../../src/interaction/reply.js';
import { userKey } from '../../../src/domain/platform.js';
import type { PersonId } from '../../../src/domain/ids.js';
import type { Profile } from '../../../src/domain/profile.js';
import { silentLogger } from '../../../src/logger.js';
import { JobsHarness } from '../../jobs/support.js';
import { testRegistry, textOf } from '../../support/harness.js';
import { testPictures } from '../../support/pictures.js';

/**
 * The product as production wires it, for stories that span days: the command layer (the
 * dispatcher every adapter drives) on a core whose notifier is the scheduler's outbox and whose
 * hooks are the scheduler's, with a hand-moved clock. Notifications reach people only when the
 * outbox is drained, as the sender does: after each command and each stretch of time.
 */
export class MeetWorld {
  private constructor(
    readonly jobs: JobsHarness,
    readonly dispatcher: Dispatcher,
  ) {}

  static async create(now?: Date): Promise<MeetWorld> {
    const jobs = new JobsHarness(now ? { now } : {});
    const log = silentLogger();
    return new MeetWorld(jobs, new Dispatcher(await testRegistry(), jobs.core, log, undefined, testPictures(log)));
  }

  get store() {
    return this.jobs.store;
  }

  /** A person on the terminal platform, with a profile made by their first command. */
  async person(name: string, timeZone = 'Europe/Berlin'): Promise<MeetActor> {
    const actor = new MeetActor(this, name);
    const out = await actor.run('set-timezone', timeZone);
    if (out.outcome !== 'ok') throw new Error(`${name}: /set-timezone ${timeZone} failed: ${actor.text()}`);
    return actor;
  }

  /** Lives through the time up to `iso`: every job at its own instant, notifications delivered. */
  until(iso: string | Date): Promise<string[]> {
    return this.jobs.until(iso);
  }

  /** Moves the clock by `days` days, running what falls due on the way. */
  days(days: number): Promise<string[]> {
    return this.until(new Date(this.jobs.now.getTime() + days * 86_400_000));
  }

  close(): Promise<void> {
    return this.jobs.close();
  }
}

export class MeetActor {
  readonly userId: string;
  last: Outcome | null = null;

  constructor(
    private readonly w: MeetWorld,
    readonly name: string,
  ) {
    this.userId = name.toLowerCase();
  }

  private invocation(): Invocation {
    return { platform: 'console', user: { key: userKey('console', this.userId), displayName: this.name }, locale: null, community: null };
  }

  async send(inbound: Inbound): Promise<Outcome> {
    this.last = await this.w.dispatcher.handle(this.invocation(), inbound);
    await this.w.jobs.scheduler.sender.drain(10_000);
    return this.last;
  }

  run(command: string, text = ''): Promise<Outcome> {
    return this.send({ kind: 'line', command, text });
  }

  press(button: Button): Promise<Outcome> {
    return this.send({ kind: 'action', id: button.action });
  }

  /** The text of my last replies, joined. */
  text(): string {
    return (this.last?.replies ?? []).map(textOf).join('\n---\n');
  }

  /** Notifications delivered to me, oldest first. */
  inbox(): Reply[] {
    return this.w.jobs.sent.filter((s) => s.userId === this.userId).map((s) => s.reply);
  }

  /** The notifications delivered to me whose title or text matches. */
  notifications(pattern: RegExp): Reply[] {
    return this.inbox().filter((r) => pattern.test(textOf(r)));
  }

  /** A button of a reply or notification, by its label. */
  button(reply: Reply, label: string): Button {
    const found = (reply.buttons ?? []).flat().find((b) => b.label === label);
    if (!found) throw new Error(`no button "${label}" among: ${(reply.buttons ?? []).flat().map((b) => b.label).join(', ')}`);
    return found;
  }

  async profile(): Promise<Profile> {
    const p = await this.w.store.people.findByIdentity(userKey('console', this.userId));
    if (!p) throw new Error(`${this.name} has no profile yet`);
    return p;
  }

  async id(): Promise<PersonId> {
    return (await this.profile()).id;
  }
}

/** Two people who became buddies through the commands: Ana asks, Ben presses Accept. */
export async function buddies(w: MeetWorld, ana: MeetActor, ben: MeetActor): Promise<void> {
  const asked = await ana.run('connect', await ben.id());
  if (asked.outcome !== 'ok') throw new Error(`/connect failed: ${ana.text()}`);
  const request = ben.notifications(/would like to train with you/).at(-1);
  if (!request) throw new Error('Ben got no buddy request');
  const accepted = await ben.press(ben.button(request, 'Accept'));
  if (accepted.outcome !== 'ok') throw new Error(`Accept failed: ${ben.text()}`);
}
