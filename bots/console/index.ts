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
  1, 2, …           press a numbered button or choice
  any other text    answers the current question
  :as NAME          become NAME (created on first use); :who lists people
  :in COMMUNITY     act inside a community (:in - to leave); :mod toggles moderator rights
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
}

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
  let current = 'you';
  let community: string | null = null;
  let moderator = false;
  let choices: Choice[] = [];
  let rl: Interface | null = null;
  let ready = false;
  let finish: () => void = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));
  const known = new Set<string>([current]);

  const print = (text: string): void => void io.output.write(`${text}\n`);
  const show = async (replies: readonly Reply[]) => {
    choices = [];
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
  };

  const delivery: PlatformDelivery = {
    platform: 'console',
    async sendToUser(userId, message): Promise<DeliveryOutcome> {
      if (userId === current) {
        print(`\n📨 for ${current}:`);
        await show([message]);
      } else queued.set(userId, [...(queued.get(userId) ?? []), message]);
      return { kind: 'sent' };
    },
    async announce(c: Community, message) {
      const where = decodeCommunityKey(c.key).id;
      if (where === community) {
        print(`\n📣 in ${where}:`);
        await show([message]);
      }
      return { channelId: where, messageId: `${where}-${Date.now()}` };
    },
    async editAnnouncement(a, message) {
      if (a.channelId === community) print(`\n📣 (updated) ${renderReply(message, deps.clock(), [])}`);
    },
  };

  const invocation = (): Invocation => ({
    platform: 'console',
    user: { key: userKey('console', current), displayName: current },
    community: community ? { key: communityKey('console', community), name: community, roleIds: [], isAdmin: moderator } : null,
  });

  const prompt = () => {
    rl?.setPrompt(`${current}${community ? `@${community}` : ''}${moderator ? ' (mod)' : ''}> `);
    rl?.prompt();
  };

  async function handleLine(line: string): Promise<void> {
    const text = line.trim();
    if (!text) return;
    if (text === ':quit' || text === ':q') return void rl?.close();
    if (text === ':help' || text === '?') return print(HELP);
    if (text === ':who') return print([...known].map((n) => (n === current ? `* ${n}` : `  ${n}${queued.get(n)?.length ? ` (${queued.get(n)!.length} waiting)` : ''}`)).join('\n'));
    if (text === ':mod') return print(`Moderator rights ${(moderator = !moderator) ? 'on' : 'off'}.`);
    const as = /^:as\s+(\S{1,32})$/.exec(text);
    if (as) {
      current = as[1]!;
      known.add(current);
      print(`You are now ${current}.`);
      const waiting = queued.get(current) ?? [];
      queued.delete(current);
      if (waiting.length) {
        print(`📨 ${waiting.length} notification(s) while you were away:`);
        await show(waiting);
      }
      return;
    }
    const inCommunity = /^:in\s+(\S{1,40})$/.exec(text);
    if (inCommunity) {
      community = inCommunity[1] === '-' ? null : inCommunity[1]!;
      return print(community ? `Now acting in community "${community}".` : 'Now in a private chat.');
    }
    if (text.startsWith(':')) return print(`Unknown ${text.split(/\s/)[0]}. ${HELP}`);

    let inbound: Inbound;
    const number = /^\d{1,3}$/.test(text) ? choices[Number(text) - 1] : undefined;
    if (number) inbound = { kind: 'action', id: number.action, ...(number.value !== undefined ? { value: number.value } : {}) };
    else if (text.startsWith('/')) {
      const [, name = '', rest = ''] = /^\/(\S+)\s*([\s\S]*)$/.exec(text) ?? [];
      inbound = { kind: 'line', command: name, text: rest };
    } else inbound = { kind: 'text', text };
    const outcome = await deps.dispatcher.handle(invocation(), inbound);
    if (outcome.outcome === 'ignored') return print('(Type a /command — /help lists them — or :help for the terminal.)');
    await show(outcome.replies);
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
