import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody, type UploadedFile } from './body.js';
import { type RateLimits, RateLimiter, TELEGRAM_LIMITS } from './limits.js';
import { BotApiState } from './state.js';
import type { TgUpdate, TgUser, UpdateBody } from './updates.js';

export interface FakeTelegramOptions {
  readonly token?: string;
  readonly bot?: { readonly id?: number; readonly username?: string; readonly first_name?: string };
  /** Flood limits; `false` turns them off (benchmarks). Parts given replace the defaults. */
  readonly limits?: Partial<RateLimits> | false;
}

/** One request the bot made, as the fake answered it. */
export interface ApiCall {
  readonly seq: number;
  readonly method: string;
  readonly params: Record<string, unknown>;
  readonly files: readonly UploadedFile[];
  readonly status: number;
  readonly result: unknown;
  readonly at: number;
}

export interface Delivery {
  readonly updates: readonly TgUpdate[];
  /** Every call the bot made while handling them. */
  readonly calls: readonly ApiCall[];
}

interface Poll {
  readonly offset: number;
  readonly limit: number;
  readonly answer: (updates: TgUpdate[]) => void;
}

/** Methods that post a message and so count against the flood limits. */
const isMessage = (method: string) => /^(send|copy|forward)/.test(method) && method !== 'sendChatAction';

/**
 * A local Telegram Bot API for the real telegraf client: `POST /bot<token>/<method>`, long-polled
 * `getUpdates` (offset and timeout honoured), webhook delivery with the secret header, 403 for
 * chosen chats, and Telegram's flood limits (429 with `retry_after`). Every call is recorded.
 */
export class FakeTelegram {
  readonly token: string;
  readonly bot: TgUser;
  readonly calls: ApiCall[] = [];
  readonly state: BotApiState;
  apiRoot = '';
  webhook: { url: string; secret: string | null } | null = null;
  private limiter: RateLimiter | null;
  private readonly server: Server;
  private queue: TgUpdate[] = [];
  private nextUpdateId = 1;
  private polls: Poll[] = [];
  private highestOffset = 0;
  private readonly watchers = new Set<() => void>();
  private readonly refused = new Map<string, string>();
  private closed = false;

  private constructor(options: FakeTelegramOptions) {
    this.token = options.token ?? '110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
    this.bot = { id: options.bot?.id ?? 110201543, is_bot: true, first_name: options.bot?.first_name ?? 'Spotter', username: options.bot?.username ?? 'spotter_test_bot' };
    this.state = new BotApiState(this.bot);
    this.limiter = limiterFor(options.limits);
    this.server = createServer((req, res) => void this.route(req, res));
  }

  static async start(options: FakeTelegramOptions = {}): Promise<FakeTelegram> {
    const fake = new FakeTelegram(options);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.apiRoot = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
    return fake;
  }

  // ---- controls -------------------------------------------------------------------------

  /** Every method naming this chat answers 403 (bot blocked, or never started by that person). */
  refuse(chatId: number | string, description = 'Forbidden: bot was blocked by the user'): void {
    this.refused.set(String(chatId), description);
  }

  allow(chatId: number | string): void {
    this.refused.delete(String(chatId));
  }

  setLimits(limits: Partial<RateLimits> | false): void {
    this.limiter = limiterFor(limits);
  }

  /** The sequence number of the last call: pass as `after` to look only at later calls. */
  mark(): number {
    return this.calls.length;
  }

  // ---- updates --------------------------------------------------------------------------

  /** Gives updates their ids without handing them out (to deliver one twice, say). */
  numbered(...bodies: UpdateBody[]): TgUpdate[] {
    const updates = bodies.map((b) => ({ update_id: this.nextUpdateId++, ...b }) as TgUpdate);
    for (const u of updates) this.state.learn(u);
    return updates;
  }

  /** Numbers and hands out updates: queued for getUpdates, or posted to the webhook when one is set. */
  async push(...bodies: UpdateBody[]): Promise<TgUpdate[]> {
    const updates = this.numbered(...bodies);
    if (this.webhook) {
      for (const u of updates) {
        const status = await this.postToWebhook(u);
        if (status !== 200) throw new Error(`the webhook answered ${status} for update ${u.update_id}`);
      }
    } else this.enqueue(updates);
    return updates;
  }

  /** Queues updates exactly as given, ids included (a duplicate delivery). */
  enqueue(updates: readonly TgUpdate[]): void {
    this.queue.push(...updates);
    this.answerPolls();
  }

  /** Pushes updates and waits until the bot has finished with them; returns the calls it made. */
  async deliver(...bodies: UpdateBody[]): Promise<Delivery> {
    const from = this.mark();
    const updates = await this.push(...bodies);
    if (!this.webhook) await this.processed(updates[updates.length - 1]!.update_id);
    return { updates, calls: this.calls.slice(from) };
  }

  /** Resolves once the bot's long poll has confirmed `updateId` (asked for a later offset). */
  processed(updateId: number, timeoutMs = 10_000): Promise<void> {
    return this.until(() => this.highestOffset > updateId, timeoutMs, `update ${updateId} was not confirmed by getUpdates`);
  }

  /** Posts an update to the registered webhook; `secret` overrides the registered secret (null: none). */
  async postToWebhook(update: TgUpdate, options: { secret?: string | null } = {}): Promise<number> {
    if (!this.webhook) throw new Error('no webhook is set');
    const secret = options.secret === undefined ? this.webhook.secret : options.secret;
    const res = await fetch(this.webhook.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(secret !== null ? { 'x-telegram-bot-api-secret-token': secret } : {}) },
      body: JSON.stringify(update),
    });
    await res.arrayBuffer();
    return res.status;
  }

  // ---- looking at what the bot did ------------------------------------------------------

  /** Successful message posts (send*), optionally to one chat, optionally after a mark. */
  sent(chatId?: number | string, after = 0): ApiCall[] {
    return this.calls.slice(after).filter((c) => c.status === 200 && isMessage(c.method) && (chatId === undefined || String(c.params.chat_id) === String(chatId)));
  }

  callsOf(method: string, after = 0): ApiCall[] {
    return this.calls.slice(after).filter((c) => c.method === method);
  }

  /** Waits for a call matching `test` after `after` (default: any so far). */
  async waitFor(test: (c: ApiCall) => boolean, options: { after?: number; timeoutMs?: number } = {}): Promise<ApiCall> {
    const find = () => this.calls.slice(options.after ?? 0).find(test);
    await this.until(() => find() !== undefined, options.timeoutMs ?? 5_000, 'no matching call');
    return find()!;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.polls) p.answer([]);
    this.polls = [];
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  // ---- the API --------------------------------------------------------------------------

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake.local');
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    let body;
    try {
      body = await readBody(req, url);
    } catch {
      return void this.reply(res, 400, { ok: false, error_code: 400, description: 'Bad Request: cannot parse the request' });
    }
    const method = m?.[2] ?? '';
    const record = (status: number, payload: Record<string, unknown>) => {
      this.calls.push({ seq: this.calls.length + 1, method, params: body.params, files: body.files, status, result: payload.result ?? payload, at: Date.now() });
      for (const w of this.watchers) w();
      this.reply(res, status, payload);
    };
    if (!m) return record(404, { ok: false, error_code: 404, description: 'Not Found' });
    if (m[1] !== this.token) return record(401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const chatId = body.params.chat_id === undefined ? null : String(body.params.chat_id);
    const refusal = chatId === null ? undefined : this.refused.get(chatId);
    if (refusal) return record(403, { ok: false, error_code: 403, description: refusal });
    if (isMessage(method) && chatId !== null && this.limiter) {
      const retryAfter = this.limiter.take(chatId);
      if (retryAfter !== null)
        return record(429, { ok: false, error_code: 429, description: `Too Many Requests: retry after ${retryAfter}`, parameters: { retry_after: retryAfter } });
    }
    if (method === 'getUpdates') return this.getUpdates(body.params, res, (updates) => record(200, { ok: true, result: updates }), record);
    const outcome = this.state.call(method, body.params, body.files);
    if (method === 'setWebhook' && outcome.ok) this.webhook = { url: String(body.params.url), secret: typeof body.params.secret_token === 'string' ? body.params.secret_token : null };
    if (method === 'deleteWebhook' && outcome.ok) {
      this.webhook = null;
      if (body.params.drop_pending_updates === true) this.queue = [];
    }
    if (outcome.ok) record(200, { ok: true, result: outcome.result });
    else record(outcome.code, { ok: false, error_code: outcome.code, description: outcome.description });
  }

  private getUpdates(
    params: Record<string, unknown>,
    res: ServerResponse,
    answer: (updates: TgUpdate[]) => void,
    record: (status: number, payload: Record<string, unknown>) => void,
  ): void {
    if (this.webhook) return record(409, { ok: false, error_code: 409, description: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first" });
    const offset = Number(params.offset ?? 0);
    const limit = Math.min(100, Math.max(1, Number(params.limit ?? 100)));
    const timeout = Math.max(0, Number(params.timeout ?? 0));
    if (offset > 0) {
      this.highestOffset = Math.max(this.highestOffset, offset);
      this.queue = this.queue.filter((u) => u.update_id >= offset);
      for (const w of this.watchers) w();
    }
    const ready = this.queue.filter((u) => u.update_id >= offset).slice(0, limit);
    if (ready.length > 0 || timeout === 0 || this.closed) return answer(ready);
    let done = false;
    const poll: Poll = {
      offset,
      limit,
      answer: (updates) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        this.polls = this.polls.filter((p) => p !== poll);
        answer(updates);
      },
    };
    const timer = setTimeout(() => poll.answer([]), timeout * 1000);
    // The client gave up (telegraf aborts its poll on stop): forget the poll.
    res.on('close', () => {
      if (!done) {
        done = true;
        clearTimeout(timer);
        this.polls = this.polls.filter((p) => p !== poll);
      }
    });
    this.polls.push(poll);
  }

  private answerPolls(): void {
    for (const poll of [...this.polls]) {
      const ready = this.queue.filter((u) => u.update_id >= poll.offset).slice(0, poll.limit);
      if (ready.length > 0) poll.answer(ready);
    }
  }

  private reply(res: ServerResponse, status: number, payload: unknown): void {
    if (res.writableEnded || res.destroyed) return;
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
  }

  private until(test: () => boolean, timeoutMs: number, what: string): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const watcher = () => {
        if (!test()) return;
        this.watchers.delete(watcher);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.watchers.delete(watcher);
        const recent = this.calls.slice(-8).map((c) => `${c.method}(${c.status})`).join(', ');
        reject(new Error(`fake Telegram: ${what} within ${timeoutMs} ms; last calls: ${recent || 'none'}`));
      }, timeoutMs);
      this.watchers.add(watcher);
    });
  }
}

function limiterFor(limits: Partial<RateLimits> | false | undefined): RateLimiter | null {
  if (limits === false) return null;
  return new RateLimiter({ ...TELEGRAM_LIMITS, ...limits });
}
