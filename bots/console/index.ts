import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import type { DeliveryOutcome, PlatformDelivery } from '../../src/core/notify.js';
import type { Community } from '../../src/domain/community.js';
import { communityKey, decodeCommunityKey, userKey } from '../../src/domain/platform.js';
import type { AdapterDeps, PlatformAdapter } from '../../src/interaction/adapter.js';
import type { Invocation } from '../../src/interaction/command.js';
import type { Inbound } from '../../src/interaction/dispatcher.js';
import type { Reply } from '../../src/interaction/reply.js';
import type { Durability } from '../../src/store/open.js';
import { type Choice, renderReply } from './render.js';

const HELP = `Terminal Spotter: you act as local people, offline.
  /command args     run a command (/help lists them), e.g. /set-location Berlin
  1, 2, …           press a numbered button or choice (the last ones shown stay usable until they expire)
  any other text    answers the current question
  :as NAME          become NAME (created on first use); :who lists people
  :in COMMUNITY     act inside a community (:in - to leave); :mod toggles moderator rights
                    (each person keeps their own; a new person starts in a private chat)
  :quit             exit`;

interface Io {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** Where pictures are saved (default: the working directory). */
  readonly pictureDir?: string;
}

export interface ConsoleOptions {
  /** Where the data lives: a store that falls back to memory is announced in the banner. */
  readonly durability?: Durability;
  /** The first person's name (`Config.consolePerson`); "Alex" when not given. */
  readonly person?: string;
  /** The terminal's language tag (`Config.consoleLocale`). */
  readonly locale?: string | null;
}

/** What one local person sees and acts as; kept while you are someone else. */
interface Seat {
  community: string | null;
  moderator: boolean;
  /** The buttons of the last message that had any: typing their number presses them. */
  choices: Choice[];
  /** Whether `choices` came with the latest answer (else they are older buttons still on screen). */
  choicesLatest: boolean;
  /** Whether the latest answer asked a question to be typed (a number then answers it). */
  asking: boolean;
}

const freshSeat = (): Seat => ({ community: null, moderator: false, choices: [], choicesLatest: false, asking: false });

/** The banner's line when nothing survives a restart although it was meant to. */
function durabilityWarning(durability: Durability | undefined): string | null {
  if (durability?.kind !== 'memory-fallback') return null;
  return (
    `⚠ Data is kept in memory only and will be LOST when Spotter stops (${durability.reason}).\n` +
    '  To keep it, set MONGODB_URI to a MongoDB server or install mongod, then restart.'
  );
}

/**
 * The terminal adapter: every command, offline. Notifications to the current person print at
 * once; those to others wait until you switch to them.
 */
export function createConsoleBot(
  deps: AdapterDeps,
  io: Io = { input: process.stdin, output: process.stdout },
  options: ConsoleOptions = {},
): PlatformAdapter & { done: Promise<void> } {
  const queued = new Map<string, Reply[]>();
  let current = options.person ?? 'Alex';
  const seats = new Map<string, Seat>([[current, freshSeat()]]);
  const seat = (): Seat => seats.get(current)!;
  let rl: Interface | null = null;
  let ready = false;
  let finish: () => void = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));

  const print = (text: string): void => void io.output.write(`${text}\n`);
  /** Prints replies to the current person; `answer` when they answer what was typed (not a notification). */
  const show = async (replies: readonly Reply[], answer: boolean) => {
    const me = seat();
    const choices: Choice[] = [];
    for (const r of replies) {
      print(renderReply(r, deps.clock(), choices));
      if (r.file) await writeFile(r.file.name, r.file.content);
      if (r.image) {
        // One file per person and picture in the working directory, replaced by the next one.
        const path = resolve(io.pictureDir ?? '.', `${current.replace(/[^\w-]/g, '_')}-${r.image.name}`);
        await writeFile(path, r.image.png);
        print(`  (picture saved as ${path}, ${r.image.width}×${r.image.height})`);
      }
    }
    // Older buttons stay usable (the store says when they expire) until new ones replace them.
    if (choices.length) me.choices = choices;
    me.choicesLatest = choices.length > 0 || (!answer && me.choicesLatest);
    if (answer) me.asking = replies.some((r) => r.prompt?.kind === 'text' || r.prompt?.kind === 'location');
  };

  const delivery: PlatformDelivery = {
    platform: 'console',
    async sendToUser(userId, message): Promise<DeliveryOutcome> {
      if (userId === current) {
        print(`\n📨 for ${current}:`);
        await show([message], false);
      } else queued.set(userId, [...(queued.get(userId) ?? []), message]);
      return { kind: 'sent' };
    },
    async announce(c: Community, message) {
      const where = decodeCommunityKey(c.key).id;
      if (where === seat().community) {
        print(`\n📣 in ${where}:`);
        await show([message], false);
      }
      return { channelId: where, messageId: `${where}-${Date.now()}` };
    },
    async editAnnouncement(a, message) {
      if (a.channelId === seat().community) print(`\n📣 (updated) ${renderReply(message, deps.clock(), [])}`);
    },
  };

  const invocation = (): Invocation => {
    const { community, moderator } = seat();
    return {
      platform: 'console',
      user: { key: userKey('console', current), displayName: current },
      locale: options.locale ?? null,
      community: community ? { key: communityKey('console', community), name: community, roleIds: [], isAdmin: moderator } : null,
    };
  };

  const prompt = () => {
    const { community, moderator } = seat();
    rl?.setPrompt(`${current}${community ? `@${community}` : ''}${moderator ? ' (mod)' : ''}> `);
    rl?.prompt();
  };

  async function handleLine(line: string): Promise<void> {
    const text = line.trim();
    if (!text) return;
    if (text === ':quit' || text === ':q') return void rl?.close();
    if (text === ':help' || text === '?') return print(HELP);
    if (text === ':who') return print([...seats.keys()].map((n) => (n === current ? `* ${n}` : `  ${n}${queued.get(n)?.length ? ` (${queued.get(n)!.length} waiting)` : ''}`)).join('\n'));
    if (text === ':mod') {
      const me = seat();
      me.moderator = !me.moderator;
      return print(`Moderator rights ${me.moderator ? 'on' : 'off'} for ${current}.`);
    }
    const as = /^:as\s+(\S{1,32})$/.exec(text);
    if (as) {
      current = as[1]!;
      const isNew = !seats.has(current);
      if (isNew) seats.set(current, freshSeat());
      const { community, moderator } = seat();
      const where = community ? `in community "${community}"${moderator ? ' with moderator rights' : ''}` : 'in a private chat';
      print(`You are now ${current}${isNew ? ', new here,' : ''} ${where}.`);
      const waiting = queued.get(current) ?? [];
      queued.delete(current);
      if (waiting.length) {
        print(`📨 ${waiting.length === 1 ? 'A notification' : `${waiting.length} notifications`} while you were away:`);
        await show(waiting, false);
      }
      return;
    }
    const inCommunity = /^:in\s+(\S{1,40})$/.exec(text);
    if (inCommunity) {
      const me = seat();
      me.community = inCommunity[1] === '-' ? null : inCommunity[1]!;
      return print(me.community ? `${current} now acts in community "${me.community}".` : `${current} is now in a private chat.`);
    }
    if (text.startsWith(':')) return print(`Unknown ${text.split(/\s/)[0]}. ${HELP}`);

    let inbound: Inbound;
    const me = seat();
    // A number presses a button, unless a typed answer is asked for and the buttons are older.
    const pressing = /^\d{1,3}$/.test(text) && me.choices.length > 0 && !(me.asking && !me.choicesLatest);
    const number = pressing ? me.choices[Number(text) - 1] : undefined;
    if (pressing && !number && !me.asking)
      return print(`There is no button ${text} on screen: the last buttons shown are numbered 1 to ${me.choices.length}.`);
    if (number) inbound = { kind: 'action', id: number.action, ...(number.value !== undefined ? { value: number.value } : {}) };
    else if (text.startsWith('/')) {
      const [, name = '', rest = ''] = /^\/(\S+)\s*([\s\S]*)$/.exec(text) ?? [];
      inbound = { kind: 'line', command: name, text: rest };
    } else inbound = { kind: 'text', text };
    const outcome = await deps.dispatcher.handle(invocation(), inbound);
    if (outcome.outcome === 'ignored') return print('(Type a /command — /help lists them — or :help for the terminal.)');
    await show(outcome.replies, true);
  }

  return {
    platform: 'console',
    delivery,
    done,
    async start() {
      rl = createInterface({ input: io.input, output: io.output, terminal: Boolean((io.input as { isTTY?: boolean }).isTTY) });
      print(HELP);
      const warning = durabilityWarning(options.durability);
      if (warning) print(warning);
      ready = true;
      prompt();
      let chain = Promise.resolve();
      rl.on('line', (line) => {
        // One line at a time, in order, even when a command is slow.
        chain = chain.then(() => handleLine(line)).catch((e: Error) => deps.log.error({ err: e.message }, 'console line failed')).then(prompt);
      });
      rl.on('close', () => {
        ready = false;
        void chain.then(finish);
      });
    },
    async stop() {
      rl?.close();
      await done;
    },
    isReady: () => ready,
  };
}
