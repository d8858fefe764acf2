import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import type { DeliveryOutcome, PlatformDelivery } from '../../src/delivery/platforms.js';
import type { Community } from '../../src/domain/community.js';
import { communityKey, decodeCommunityKey, userKey } from '../../src/domain/platform.js';
import type { AdapterDeps, PlatformAdapter } from '../../src/interaction/adapter.js';
import type { Invocation } from '../../src/interaction/command.js';
import type { Inbound } from '../../src/interaction/dispatcher.js';
import type { Reply } from '../../src/interaction/reply.js';
import type { Durability } from '../../src/store/open.js';
import { pickLocale } from '../../src/i18n/languages.js';
import { type Translator, translator } from '../../src/i18n/translator.js';
import { type Choice, renderReply } from './render.js';

/** The terminal's help: what to type on the left, what it does on the right, in the terminal's language. */
function helpText(t: Translator): string {
  const rows: [string, string][] = [
    [t.t('console-help-command-syntax'), t.t('console-help-command')],
    ['1, 2, …', t.t('console-help-press')],
    [t.t('console-help-any-text'), t.t('console-help-answer')],
    [':as NAME', t.t('console-help-as')],
    [':in COMMUNITY', t.t('console-help-in')],
    ['', t.t('console-help-in-more')],
    [':quit', t.t('console-help-quit')],
  ];
  const width = Math.max(18, ...rows.map(([left]) => left.length + 2));
  return [t.t('console-help-title'), ...rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`)].join('\n');
}

interface Io {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** Where pictures are saved (default: the working directory). */
  readonly pictureDir?: string;
}

export interface ConsoleOptions {
  /** Where the data lives: a store that falls back to memory is announced in the banner. */
  readonly durability?: Durability;
  /** The first person's name (the plug-in's, from `USER`); "Alex" when not given. */
  readonly person?: string;
  /** The terminal's language tag (the plug-in's, from `LANG`). */
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
function durabilityWarning(durability: Durability | undefined, t: Translator): string | null {
  if (durability?.kind !== 'memory-fallback') return null;
  return `${t.t('console-memory-only', { reason: durability.reason })}\n  ${t.t('console-memory-only-fix')}`;
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
  // The terminal's own words speak the terminal's language (LANG): they are for whoever runs the
  // terminal. Replies, and the words that answer what a person typed, speak that person's.
  const t = translator(pickLocale(options.locale));
  const personWords = async (): Promise<Translator> => translator(await deps.dispatcher.adapterLocale(userKey('console', current), options.locale));
  const HELP = helpText(t);
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
      print(renderReply(r, deps.clock(), choices, translator(pickLocale(r.lang ?? options.locale))));
      if (r.file) await writeFile(r.file.name, r.file.content);
      if (r.image) {
        // One file per person and picture in the working directory, replaced by the next one.
        const path = resolve(io.pictureDir ?? '.', `${current.replace(/[^\w-]/g, '_')}-${r.image.name}`);
        await writeFile(path, r.image.png);
        print(`  ${translator(pickLocale(r.lang ?? options.locale)).t('console-picture-saved', { path, width: String(r.image.width), height: String(r.image.height) })}`);
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
        print(`\n${t.t('console-notification-for', { name: current })}`);
        await show([message], false);
      } else queued.set(userId, [...(queued.get(userId) ?? []), message]);
      return { kind: 'sent' };
    },
    async announce(c: Community, message) {
      const where = decodeCommunityKey(c.key).id;
      if (where === seat().community) {
        print(`\n${t.t('console-announcement-in', { community: where })}`);
        await show([message], false);
      }
      return { channelId: where, messageId: `${where}-${Date.now()}` };
    },
    async editAnnouncement(a, message) {
      if (a.channelId === seat().community)
        print(`\n${t.t('console-announcement-updated', { text: renderReply(message, deps.clock(), [], translator(pickLocale(message.lang ?? options.locale))) })}`);
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
    if (text === ':who')
      return print(
        [...seats.keys()]
          .map((n) => (n === current ? `* ${n}` : `  ${n}${queued.get(n)?.length ? ` (${t.t('console-waiting-count', { count: queued.get(n)!.length })})` : ''}`))
          .join('\n'),
      );
    if (text === ':mod') {
      const me = seat();
      me.moderator = !me.moderator;
      return print(t.t(me.moderator ? 'console-moderator-on' : 'console-moderator-off', { name: current }));
    }
    const as = /^:as\s+(\S{1,32})$/.exec(text);
    if (as) {
      current = as[1]!;
      const isNew = !seats.has(current);
      if (isNew) seats.set(current, freshSeat());
      const { community, moderator } = seat();
      const where = community ? (moderator ? 'console-now-moderating' : 'console-now-in-community') : 'console-now-private';
      print(t.t(`${where}${isNew ? '-new' : ''}`, { name: current, ...(community ? { community } : {}) }));
      const waiting = queued.get(current) ?? [];
      queued.delete(current);
      if (waiting.length) {
        print(t.t('console-waiting', { count: waiting.length }));
        await show(waiting, false);
      }
      return;
    }
    const inCommunity = /^:in\s+(\S{1,40})$/.exec(text);
    if (inCommunity) {
      const me = seat();
      me.community = inCommunity[1] === '-' ? null : inCommunity[1]!;
      return print(me.community ? t.t('console-acts-in', { name: current, community: me.community }) : t.t('console-private-chat', { name: current }));
    }
    if (text.startsWith(':')) return print(`${t.t('console-unknown', { command: text.split(/\s/)[0] ?? text })} ${HELP}`);

    let inbound: Inbound;
    const me = seat();
    // A number presses a button, unless a typed answer is asked for and the buttons are older.
    const pressing = /^\d{1,3}$/.test(text) && me.choices.length > 0 && !(me.asking && !me.choicesLatest);
    const number = pressing ? me.choices[Number(text) - 1] : undefined;
    if (pressing && !number && !me.asking)
      return print((await personWords()).t('console-no-button', { number: text, count: me.choices.length }));
    if (number) inbound = { kind: 'action', id: number.action, ...(number.value !== undefined ? { value: number.value } : {}) };
    else if (text.startsWith('/')) {
      const [, name = '', rest = ''] = /^\/(\S+)\s*([\s\S]*)$/.exec(text) ?? [];
      inbound = { kind: 'line', command: name, text: rest };
    } else inbound = { kind: 'text', text };
    const outcome = await deps.dispatcher.handle(invocation(), inbound);
    if (outcome.outcome === 'ignored') return print((await personWords()).t('console-ignored'));
    await show(outcome.replies, true);
  }

  return {
    platform: 'console',
    delivery,
    done,
    async start() {
      rl = createInterface({ input: io.input, output: io.output, terminal: Boolean((io.input as { isTTY?: boolean }).isTTY) });
      print(HELP);
      const warning = durabilityWarning(options.durability, t);
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

export type { ConsoleSettings } from './plugin.js';
