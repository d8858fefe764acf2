import type { IncomingMessage, ServerResponse } from 'node:http';
import { channelJson, EPHEMERAL, type FakeAttachment, type FakeMessage, LOADING, messageJson, snowflake, userJson } from './state.js';
import { ApiError, type CommandJson, type MessageInput, type ModalInput, validateChoices, validateCommands, validateMessage, validateModal } from './validate.js';
import type { FakeInteraction, World } from './world.js';
import { eventsOf } from './scheduled-events.js';
import { threadsOf } from './threads.js';

/**
 * The REST half of the fake Discord: the routes discord.js uses, answering like the real API
 * (status codes, error codes, message JSON), and a global limit of `limitPerSecond` requests per
 * second answered with 429 + `retry_after` beyond it. Interaction endpoints, as on Discord, are
 * not bound to the global limit.
 */

export interface RestOptions {
  readonly limitPerSecond: number;
  readonly gatewayUrl: () => string;
  /** The recommended shard count. */
  readonly shards: number;
  /** Shards that may identify at once. */
  readonly maxConcurrency: number;
}

type Body = Record<string, unknown>;
type Route = (m: RegExpMatchArray, body: Body, files: FakeAttachment[]) => { status: number; json?: unknown } | Promise<{ status: number; json?: unknown }>;

export function createRestHandler(world: World, options: RestOptions) {
  let windowStart = 0;
  let windowCount = 0;
  const ok = (json?: unknown) => ({ status: json === undefined ? 204 : 200, json });
  const msg = (m: FakeMessage) => messageJson(m, world.bot, world.channels.get(m.channelId));

  const interactionOf = (token: string): FakeInteraction => {
    const ix = world.byToken.get(token);
    if (!ix) throw new ApiError(404, 10015, 'Unknown Webhook');
    return ix;
  };

  const routes: [string, RegExp, Route][] = [
    ['GET', /^\/gateway\/bot$/, () => ok({ url: options.gatewayUrl(), shards: options.shards, session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: options.maxConcurrency } })],
    ['GET', /^\/gateway$/, () => ok({ url: options.gatewayUrl() })],
    ['GET', /^\/users\/@me$/, () => ok(userJson(world.bot))],
    ['GET', /^\/users\/(\d+)$/, (m) => {
      const user = world.users.get(m[1]!);
      if (!user) throw new ApiError(404, 10013, 'Unknown User');
      return ok(userJson(user));
    }],
    ['POST', /^\/users\/@me\/channels$/, (_, body) => {
      const user = world.users.get(String(body.recipient_id));
      if (!user) throw new ApiError(400, 50033, 'Invalid Recipient(s)');
      return ok(channelJson(world.dmChannelOf(user.id), world.users));
    }],
    ['POST', /^\/channels\/(\d+)\/messages$/, (m, body, files) => {
      const channel = world.channels.get(m[1]!);
      if (!channel) throw new ApiError(404, 10003, 'Unknown Channel');
      if (channel.type === 1 && world.closedDms.has(channel.recipientId ?? '')) throw new ApiError(403, 50007, 'Cannot send messages to this user');
      threadsOf(world).beforePost(channel);
      const input = body as MessageInput;
      validateMessage(input, files.length > 0, files);
      return ok(msg(world.createMessage(channel.id, { ...input, flags: 0 }, files, null)));
    }],
    ['PATCH', /^\/channels\/(\d+)\/messages\/(\d+)$/, (m, body, files) => {
      const message = world.messages.get(m[2]!);
      if (!message || message.deleted || message.channelId !== m[1]) throw new ApiError(404, 10008, 'Unknown Message');
      edit(message, body, files);
      return ok(msg(message));
    }],
    ['GET', /^\/channels\/(\d+)\/messages\/(\d+)$/, (m) => {
      const message = world.messages.get(m[2]!);
      if (!message || message.deleted || message.channelId !== m[1]) throw new ApiError(404, 10008, 'Unknown Message');
      return ok(msg(message));
    }],
    ['PUT', /^\/applications\/(\d+)\/commands$/, (m, body) => putCommands(m[1]!, 'global', body)],
    ['PUT', /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/, (m, body) => putCommands(m[1]!, m[2]!, body)],
    ['GET', /^\/applications\/(\d+)\/commands$/, () => ok(world.commands.get('global') ?? [])],
    ['GET', /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/, (m) => ok(world.commands.get(m[2]!) ?? [])],
    ...eventsOf(world).routes(),
    ...threadsOf(world).routes(),
    ['POST', /^\/interactions\/(\d+)\/([^/]+)\/callback$/, (m, body, files) => callback(m[1]!, m[2]!, body, files)],
    ['PATCH', /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/, (m, body, files) => {
      const ix = interactionOf(m[2]!);
      const target = m[3] === '@original' ? ix.original : ix.followups.find((f) => f.id === m[3]);
      if (!ix.ack || !target || target.deleted) throw new ApiError(404, 10008, 'Unknown Message');
      if (target.flags & LOADING) target.flags &= ~LOADING;
      edit(target, body, files);
      return ok(msg(target));
    }],
    ['GET', /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/, (m) => {
      const ix = interactionOf(m[2]!);
      if (!ix.original || ix.original.deleted) throw new ApiError(404, 10008, 'Unknown Message');
      return ok(msg(ix.original));
    }],
    ['DELETE', /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/, (m) => {
      const ix = interactionOf(m[2]!);
      const target = m[3] === '@original' ? ix.original : ix.followups.find((f) => f.id === m[3]);
      if (!target || target.deleted) throw new ApiError(404, 10008, 'Unknown Message');
      target.deleted = true;
      world.emit('message', target);
      return ok();
    }],
    ['POST', /^\/webhooks\/(\d+)\/([^/]+)$/, (m, body, files) => {
      const ix = interactionOf(m[2]!);
      if (!ix.ack) throw new ApiError(404, 10015, 'Unknown Webhook');
      const input = body as MessageInput;
      // The first follow-up after a deferred reply takes the place of the "thinking…" message.
      if (ix.ack.type === 5 && ix.original && ix.original.flags & LOADING && !ix.original.deleted) {
        ix.original.flags &= ~LOADING;
        edit(ix.original, body, files);
        return ok(msg(ix.original));
      }
      validateMessage(input, files.length > 0, files);
      const followup = world.createMessage(ix.channelId, { ...input, flags: (input.flags ?? 0) & EPHEMERAL }, files, ix.id);
      ix.followups.push(followup);
      return ok(msg(followup));
    }],
  ];

  function edit(message: FakeMessage, body: Body, files: FakeAttachment[]): void {
    const input = body as MessageInput;
    const next = {
      content: input.content ?? message.content,
      embeds: input.embeds ?? message.embeds,
      components: input.components ?? message.components,
    };
    const kept = files.length > 0 ? files : input.attachments === undefined ? message.attachments : [];
    validateMessage(next, kept.length > 0, kept);
    world.editMessage(message, input, files);
  }

  function putCommands(appId: string, scope: string, body: unknown) {
    if (appId !== world.applicationId) throw new ApiError(403, 50001, 'Missing Access');
    if (scope !== 'global' && !world.guilds.has(scope)) throw new ApiError(403, 50001, 'Missing Access');
    const list = body as CommandJson[];
    validateCommands(list);
    const stored = list.map((c) => ({ ...c, id: snowflake(), application_id: appId, version: snowflake(), ...(scope !== 'global' ? { guild_id: scope } : {}) }));
    world.commands.set(scope, stored);
    return ok(stored);
  }

  function callback(id: string, token: string, body: Body, files: FakeAttachment[]) {
    const ix = world.interactions.get(id);
    if (!ix || ix.token !== token || Date.now() - ix.createdAt > 3_000) throw new ApiError(404, 10062, 'Unknown interaction');
    if (ix.ack) throw new ApiError(400, 40060, 'Interaction has already been acknowledged.');
    const type = Number(body.type);
    const data = (body.data ?? {}) as MessageInput & ModalInput & { choices?: { name: string; value: string }[] };
    const allowed: Record<number, number[]> = { 4: [2, 3, 5], 5: [2, 3, 5], 6: [3, 5], 7: [3, 5], 8: [4], 9: [2, 3] };
    if (!allowed[type]?.includes(ix.type)) throw new ApiError(400, 50035, `Invalid Form Body: callback type ${type} is not valid for interaction type ${ix.type}`);
    if ((type === 6 || type === 7) && !ix.source) throw new ApiError(400, 50035, 'Invalid Form Body: no message to update');
    switch (type) {
      case 4:
        validateMessage(data, files.length > 0, files);
        ix.original = world.createMessage(ix.channelId, { ...data, flags: (data.flags ?? 0) & EPHEMERAL }, files, ix.id);
        break;
      case 5:
        ix.original = world.createMessage(ix.channelId, { flags: ((data.flags ?? 0) & EPHEMERAL) | LOADING }, [], ix.id);
        break;
      case 6:
        ix.original = ix.source;
        break;
      case 7:
        edit(ix.source!, data as Body, files);
        ix.original = ix.source;
        break;
      case 8:
        validateChoices(data.choices ?? []);
        ix.choices = data.choices ?? [];
        break;
      case 9:
        validateModal(data);
        ix.modal = data;
        break;
    }
    ix.ack = { type, at: Date.now() };
    world.emit('interaction', ix);
    return ok();
  }

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = req.method ?? 'GET';
    const raw = await readBody(req);
    const recorded = { method, path: decodeURIComponent(url.pathname).replace(/^\/api\/v10/, ''), query: url.search, body: null as unknown, files: [] as { name: string; data: Buffer }[], status: 0, at: Date.now() };
    const send = (status: number, json?: unknown, headers: Record<string, string> = {}) => {
      recorded.status = status;
      if (status === 401 || status === 403 || status === 429) world.invalidRequests++;
      world.record(recorded);
      res.writeHead(status, { ...(json === undefined ? {} : { 'content-type': 'application/json' }), ...headers });
      res.end(json === undefined ? undefined : JSON.stringify(json));
    };
    try {
      const parsed = await parseBody(req.headers['content-type'] ?? '', raw);
      recorded.body = parsed.body;
      recorded.files = parsed.files.map((f) => ({ name: f.filename, data: f.data }));
      if (!url.pathname.startsWith('/api/v10/')) {
        world.unknownRoutes.push(`${method} ${url.pathname}${url.search}`);
        return send(404, { message: '404: Not Found', code: 0 });
      }
      const path = recorded.path;
      const exempt = path.startsWith('/interactions/') || path.startsWith('/webhooks/');
      if (!exempt && req.headers.authorization !== `Bot ${world.token}`) return send(401, { message: '401: Unauthorized', code: 0 });
      if (!exempt) {
        const now = Date.now();
        if (now - windowStart >= 1_000) {
          windowStart = now;
          windowCount = 0;
        }
        if (++windowCount > options.limitPerSecond) {
          world.rateLimited++;
          const retryAfter = (windowStart + 1_000 - now) / 1_000;
          return send(429, { message: 'You are being rate limited.', retry_after: retryAfter, global: true, code: 0 }, {
            'retry-after': String(Math.ceil(retryAfter)),
            'x-ratelimit-global': 'true',
            'x-ratelimit-scope': 'global',
          });
        }
      }
      const fault = world.faults.find((f) => f.times > 0 && f.method === method && f.path.test(path));
      if (fault) {
        fault.times--;
        return send(fault.status, { message: fault.message, code: fault.code });
      }
      for (const [m, pattern, route] of routes) {
        if (m !== method) continue;
        const match = pattern.exec(path);
        if (!match) continue;
        const out = await route(match, parsed.body as Body, parsed.files);
        return send(out.status, out.json);
      }
      world.unknownRoutes.push(`${method} ${path}${url.search}`);
      return send(404, { message: '404: Not Found', code: 0 });
    } catch (error) {
      if (error instanceof ApiError) return send(error.status, { message: error.message, code: error.code, ...error.extra });
      return send(500, { message: (error as Error).message, code: 0 });
    }
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** JSON, or multipart/form-data with `payload_json` and `files[n]` (what discord.js sends with files). */
async function parseBody(contentType: string, raw: Buffer): Promise<{ body: unknown; files: FakeAttachment[] }> {
  if (raw.length === 0) return { body: {}, files: [] };
  if (contentType.startsWith('application/json')) return { body: JSON.parse(raw.toString('utf8')), files: [] };
  if (contentType.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    const payload = form.get('payload_json');
    const body = (typeof payload === 'string' ? JSON.parse(payload) : {}) as { attachments?: { id: number | string; description?: string }[] };
    const files: FakeAttachment[] = [];
    for (const [key, value] of form.entries()) {
      if (key === 'payload_json' || typeof value === 'string') continue;
      // `files[n]` goes with `attachments[]` entry of id n, which carries its alt text.
      const index = /^files\[(\d+)\]$/.exec(key)?.[1];
      const description = body.attachments?.find((a) => String(a.id) === index)?.description;
      files.push({ id: snowflake(), filename: value.name, contentType: value.type, data: Buffer.from(await value.arrayBuffer()), ...(description ? { description } : {}) });
    }
    return { body, files };
  }
  return { body: raw.toString('utf8'), files: [] };
}
