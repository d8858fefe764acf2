/**
 * The fake platforms, in their own process: forked by a bench (platforms/remote.ts), driven over
 * IPC, so the fakes' work (HTTP parsing, gateway frames, bookkeeping) never runs on the bot's event
 * loop or adds to the times it measures. Times are taken here, where Discord would take them: from
 * sending INTERACTION_CREATE on the gateway to receiving the bot's requests.
 *
 * argv[2]: `discord` or `telegram`.
 */
import { performance } from 'node:perf_hooks';
import { FakeDiscord, type FakeInteraction, type Place, type RecordedRequest } from '../../tests/fakes/discord/index.js';
import { FakeTelegram, person, textMessage } from '../../tests/fakes/telegram/index.js';
import type { HostReply, HostRequest, RoundResult } from './protocol.js';

const DISCORD_DEADLINE_MS = 3_000;
const ANSWER_TIMEOUT_MS = 120_000;
/**
 * One at a time means latency, not throughput: sends are spaced so that the answers (edits, which
 * count against the bot's 50 requests/s) stay under the limit instead of waiting for it.
 */
const SEQUENTIAL_SPACING_MS = 25;

let discord: FakeDiscord | null = null;
let telegram: FakeTelegram | null = null;
let members: Place[] = [];
/** High-resolution arrival of each interaction's acknowledgement and answer, by token. */
const arrivals = new Map<string, { sent: number; ack?: number; answer?: number; refused?: boolean }>();

function onDiscordRequest(r: RecordedRequest): void {
  const now = performance.now();
  const callback = /^\/interactions\/\d+\/([^/]+)\/callback$/.exec(r.path);
  const edit = /^\/webhooks\/\d+\/([^/]+)(?:\/messages\/@original)?$/.exec(r.path);
  const token = callback?.[1] ?? edit?.[1];
  const seen = token ? arrivals.get(token) : undefined;
  if (!seen) return;
  if (r.status >= 300) {
    // Past Discord's three seconds the acknowledgement is refused, and nothing more will come.
    if (callback && seen.ack === undefined) seen.refused = true;
    return;
  }
  if (callback) {
    seen.ack ??= now;
    // A direct reply (type 4, 7) is both the acknowledgement and the answer.
    if (![5, 6].includes((r.body as { type?: number }).type ?? 0)) seen.answer ??= now;
  } else seen.answer ??= now;
}

const textOf = (fake: FakeDiscord, ix: FakeInteraction) =>
  fake
    .shown(ix)
    .map((m) => [m.content, ...m.embeds.map((e) => `${e.title ?? ''} ${e.description ?? ''}`)].join(' '))
    .join(' ');

async function round(command: string, who: number[], atOnce: boolean, expect: string): Promise<RoundResult> {
  const fake = discord!;
  const pattern = new RegExp(expect);
  const ack: number[] = [];
  const answer: number[] = [];
  let unexpected = '';
  let late = 0;
  const finish = async (ix: FakeInteraction) => {
    const seen = arrivals.get(ix.token)!;
    await fake.world.waitFor(() => seen.answer !== undefined || seen.refused === true, ANSWER_TIMEOUT_MS, `/${command} answered`);
    arrivals.delete(ix.token);
    if (seen.ack === undefined || seen.ack - seen.sent > DISCORD_DEADLINE_MS) late++;
    // A failed interaction is counted as not acknowledged and not answered (Infinity in the percentiles).
    ack.push((seen.ack ?? Infinity) - seen.sent);
    answer.push((seen.answer ?? Infinity) - seen.sent);
    if (seen.answer === undefined) return;
    const text = textOf(fake, ix);
    if (!pattern.test(text) && !unexpected) unexpected = text.slice(0, 160);
  };
  const send = (i: number) => {
    const sent = performance.now();
    const ix = fake.slash(members[i]!, command);
    arrivals.set(ix.token, { sent });
    return ix;
  };
  if (atOnce) {
    const all = who.map(send);
    await Promise.all(all.map(finish));
  } else {
    for (const i of who) {
      const started = performance.now();
      await finish(send(i));
      const rest = SEQUENTIAL_SPACING_MS - (performance.now() - started);
      if (rest > 0) await new Promise((r) => setTimeout(r, rest));
    }
  }
  return { ack, answer, late, unexpected };
}

async function handle(req: HostRequest): Promise<HostReply> {
  switch (req.op) {
    case 'discord-start': {
      discord = await FakeDiscord.start({ limitPerSecond: req.limitPerSecond });
      const guild = discord.addGuild('Bench Club', { channels: ['general'] });
      members = Array.from({ length: req.members }, (_, i) => discord!.member(discord!.addUser(`Member ${i}`), guild));
      discord.world.on('request', onDiscordRequest);
      return { op: 'discord-started', token: discord.token, applicationId: discord.applicationId, apiUrl: discord.apiUrl, userIds: members.map((m) => m.user.id) };
    }
    case 'discord-round':
      return { op: 'round', result: await round(req.command, req.who, req.atOnce, req.expect) };
    case 'telegram-start': {
      telegram = await FakeTelegram.start(req.limits ? {} : { limits: false });
      return { op: 'telegram-started', token: telegram.token, apiRoot: telegram.apiRoot };
    }
    case 'telegram-round': {
      // One at a time: the update handed to the bot's long poll → the sendMessage that answers it.
      const fake = telegram!;
      const answer: number[] = [];
      let unexpected = '';
      for (const id of req.userIds) {
        const mark = fake.mark();
        const started = performance.now();
        await fake.push(textMessage(person(id, `Sender ${id}`), req.text));
        const call = await fake.waitFor((c) => c.method === 'sendMessage' && String(c.params.chat_id) === String(id), { after: mark, timeoutMs: ANSWER_TIMEOUT_MS });
        answer.push(performance.now() - started);
        if ((call.status !== 200 || !new RegExp(req.expect).test(String(call.params.text))) && !unexpected) unexpected = `${call.status} ${String(call.params.text).slice(0, 160)}`;
        const rest = SEQUENTIAL_SPACING_MS - (performance.now() - started);
        if (rest > 0) await new Promise((r) => setTimeout(r, rest));
      }
      return { op: 'telegram-round', answer, unexpected };
    }
    case 'telegram-sent': {
      const sent = telegram!.sent().map((c) => ({ chat: String(c.params.chat_id), at: c.at }));
      return { op: 'telegram-sent', sent, throttled: telegram!.calls.filter((c) => c.status === 429).length };
    }
    case 'close':
      await discord?.close();
      await telegram?.close();
      return { op: 'closed' };
  }
}

process.on('message', (msg: { id: number; req: HostRequest }) => {
  handle(msg.req).then(
    (reply) => process.send!({ id: msg.id, reply }),
    (error: Error) => process.send!({ id: msg.id, error: error.stack ?? error.message }),
  );
});
process.on('disconnect', () => process.exit(0));
