import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { HttpMount } from '../../src/interaction/adapter.js';
import { Telegraf } from 'telegraf';
import type { Update } from 'telegraf/types';
import { createWorkQueue } from '../../src/interaction/work-queue.js';
import type { Logger } from '../../src/logger.js';
import { serialKey } from './inbound.js';
import { generateWebhookSecret, webhookGate } from './webhook.js';

export interface WebhookConfig {
  /** The public URL Telegram posts to; its path is the one served. */
  readonly url: string;
  /**
   * Registered with setWebhook and checked against the X-Telegram-Bot-Api-Secret-Token header of
   * every call (403 without it, unprocessed). When unset, a random one is made for this run.
   */
  readonly secret?: string | undefined;
  /** The port of the bot's own HTTP server. */
  readonly port: number;
}

export interface LifecycleOptions {
  readonly token: string;
  readonly apiRoot?: string;
  readonly webhook: WebhookConfig | null;
  readonly log: Logger;
  /** The service's HTTP server (health, metrics): when there is one, the webhook shares it. */
  readonly http?: HttpMount;
}

/** The updates Spotter reads; `chat_member` tells it when a group's administrators change. */
export const ALLOWED_UPDATES = ['message', 'callback_query', 'my_chat_member', 'chat_member'] as const;
const RECENT_UPDATES = 10_000;
/**
 * Updates handled at once, all chats together: enough to overlap store round trips, few enough
 * that a burst (a big poll batch, a webhook storm) queues instead of flooding the event loop.
 */
const WORK_CONCURRENCY = 8;

/** The last few thousand update ids: Telegram may deliver one twice (a webhook retry, a restart before the offset was confirmed). */
export class RecentIds {
  private readonly ids = new Set<number>();
  constructor(private readonly capacity = RECENT_UPDATES) {}

  /** True if seen before; remembers it otherwise. */
  seen(id: number): boolean {
    if (this.ids.has(id)) return true;
    this.ids.add(id);
    if (this.ids.size > this.capacity) this.ids.delete(this.ids.values().next().value!);
    return false;
  }
}

/** Runs jobs one at a time per key (a person's updates in order), different keys side by side. */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<void>>();

  run(key: string, job: () => Promise<void>): Promise<void> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(job, job);
    const tail = next.catch(() => {});
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }

  async idle(): Promise<void> {
    while (this.tails.size) await Promise.all(this.tails.values());
  }
}

/**
 * The connection to Telegram: telegraf's client, long polling by default or a webhook served on
 * the bot's own port. Each update is taken once and handed to `handle` in order per person, at
 * most WORK_CONCURRENCY at a time.
 * Conversation state is not kept here (no telegraf session): it lives in the store.
 */
export class TelegramLifecycle {
  readonly telegraf: Telegraf;
  private readonly recent = new RecentIds();
  private readonly queue = new KeyedQueue();
  private readonly work = createWorkQueue(WORK_CONCURRENCY);
  private polling: Promise<void> | null = null;
  private server: Server | null = null;
  private ready = false;

  constructor(
    private readonly options: LifecycleOptions,
    private readonly handle: (update: Update) => Promise<void>,
  ) {
    // webhookReply off: every call is a real request whose answer (403, 429) the adapter reads.
    this.telegraf = new Telegraf(options.token, { telegram: { webhookReply: false, ...(options.apiRoot ? { apiRoot: options.apiRoot } : {}) }, handlerTimeout: 120_000 });
    this.telegraf.use((ctx) => this.accept(ctx.update));
    this.telegraf.catch((error, ctx) => {
      options.log.error({ platform: 'telegram', updateId: ctx.update.update_id, err: (error as Error).message, stack: (error as Error).stack }, 'update failed');
    });
  }

  isReady(): boolean {
    return this.ready;
  }

  /** Connects: reads who the bot is, then starts polling or serving the webhook. */
  async start(beforeUpdates: (username: string) => Promise<void>): Promise<void> {
    const me = await this.telegraf.telegram.getMe();
    this.telegraf.botInfo = me;
    await beforeUpdates(me.username);
    const webhook = this.options.webhook;
    if (webhook) {
      // Never an unsigned webhook: anyone could otherwise post updates as any chat.
      const secret = webhook.secret ?? generateWebhookSecret();
      if (!webhook.secret)
        this.options.log.info(
          { platform: 'telegram' },
          'webhook secret generated for this run (set TELEGRAM_WEBHOOK_SECRET when several instances share the webhook)',
        );
      await this.serve(webhook, secret);
      await this.telegraf.telegram.setWebhook(webhook.url, { allowed_updates: [...ALLOWED_UPDATES], secret_token: secret });
      this.options.log.info({ platform: 'telegram', username: me.username, mode: 'webhook', port: webhook.port }, 'connected');
    } else {
      // launch() deletes any webhook, then long-polls until stop(); its promise settles then.
      this.polling = this.telegraf.launch({ allowedUpdates: [...ALLOWED_UPDATES] }).catch((error: Error) => {
        this.ready = false;
        this.options.log.error({ platform: 'telegram', err: error.message }, 'polling stopped with an error');
      });
      this.options.log.info({ platform: 'telegram', username: me.username, mode: 'polling' }, 'connected');
    }
    this.ready = true;
  }

  /** Stops taking updates, lets the ones in hand finish, and closes the connection. */
  async stop(): Promise<void> {
    this.ready = false;
    if (this.polling) {
      await this.stopPolling(this.polling);
      this.polling = null;
    }
    if (this.server) {
      const server = this.server;
      this.server = null;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
    }
    await this.queue.idle();
  }

  /** telegraf starts polling after its own deleteWebhook call; a stop that comes first waits for it. */
  private async stopPolling(polling: Promise<void>): Promise<void> {
    let settled = false;
    void polling.finally(() => (settled = true));
    for (;;) {
      try {
        this.telegraf.stop('shutdown');
        break;
      } catch {
        if (settled) break;
        await new Promise((r) => setTimeout(r, 10));
      }
    }
    await polling;
  }

  private async accept(update: Update): Promise<void> {
    if (this.recent.seen(update.update_id)) {
      this.options.log.info({ platform: 'telegram', updateId: update.update_id }, 'duplicate update ignored');
      return;
    }
    // In order per person (the keyed queue), a bounded few at a time overall (the work queue).
    await this.queue.run(serialKey(update), () =>
      this.work.add(async () => {
        try {
          await this.handle(update);
        } catch (error) {
          this.options.log.error({ platform: 'telegram', updateId: update.update_id, err: (error as Error).message, stack: (error as Error).stack }, 'update failed');
        }
      }),
    );
  }

  private async serve(webhook: WebhookConfig, secret: string): Promise<void> {
    const path = new URL(webhook.url).pathname;
    const gate = webhookGate(secret);
    const take = async (req: IncomingMessage, res: ServerResponse) => {
      try {
        const taken = await gate(req, res);
        if (!taken.ok) {
          this.options.log.warn({ platform: 'telegram', refused: taken.refusal }, 'webhook call refused');
          return;
        }
        // Answered once handled (telegraf ends the response), so Telegram retries what failed mid-way.
        await this.telegraf.handleUpdate(taken.update, res);
        if (!res.writableEnded) res.end();
      } catch (error) {
        this.options.log.error({ platform: 'telegram', err: (error as Error).message }, 'webhook request failed');
        if (!res.headersSent) res.writeHead(500).end();
      }
    };
    if (this.options.http) {
      this.options.http.mount(async (req, res) => {
        if ((req.url ?? '').split('?')[0] !== path) return false;
        // Taken only while running: after stop, Telegram gets 503 and retries later.
        if (!this.ready) res.writeHead(503).end();
        else await take(req, res);
        return true;
      });
      return;
    }
    const server = createServer((req, res) => {
      if ((req.url ?? '').split('?')[0] !== path) return void res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
      void take(req, res);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      // All interfaces: Telegram itself must reach this port (HTTP_HOST governs the ops server).
      server.listen(webhook.port, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
  }
}
