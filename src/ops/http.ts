import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from '../logger.js';
import type { Registry } from 'prom-client';
import { bearerToken, Secret } from './secret.js';

export interface ReadinessCheck {
  readonly name: string;
  /** Resolves when healthy; rejects or returns false with the reason otherwise. */
  check(): Promise<true | string>;
}

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

export interface OpsOptions {
  /** When set, /metrics answers only `Authorization: Bearer <token>`. */
  readonly metricsToken?: string | undefined;
}

const PROBES = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * The operations port: /healthz (alive), /readyz (store, platforms, jobs), /metrics (Prometheus).
 * Other parts (Telegram webhook, the jobs dashboard) mount extra routes on the same server.
 */
export class OpsServer {
  private server: Server | null = null;
  private readonly routes: RouteHandler[] = [];
  private readonly metricsToken: Secret | null;

  constructor(
    private readonly checks: () => readonly ReadinessCheck[],
    private readonly registry: Registry | null,
    private readonly log: Logger,
    options: OpsOptions = {},
  ) {
    this.metricsToken = options.metricsToken ? new Secret(options.metricsToken) : null;
  }

  mount(route: RouteHandler): void {
    this.routes.push(route);
  }

  /** Loopback by default: health and metrics are for the machine's own probes unless HTTP_HOST opens them. */
  async listen(port: number, host = '127.0.0.1'): Promise<number> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, host, () => resolve());
    });
    const address = this.server.address();
    return typeof address === 'object' && address ? address.port : port;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }

  private async metrics(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!this.registry) return send(res, 404, { error: 'not found' });
    if (this.metricsToken && !this.metricsToken.matches(bearerToken(req.headers.authorization)))
      return send(res, 401, { error: 'unauthorized' }, { 'www-authenticate': 'Bearer realm="metrics"' });
    res.writeHead(200, { 'content-type': this.registry.contentType });
    res.end(await this.registry.metrics());
  }

  private async ready(res: ServerResponse): Promise<void> {
    const results = await Promise.all(
      this.checks().map(async (c) => {
        const outcome = await c.check().catch((e: Error) => e.message);
        return [c.name, outcome] as const;
      }),
    );
    const failing = results.filter(([, r]) => r !== true);
    send(res, failing.length ? 503 : 200, {
      status: failing.length ? 'not ready' : 'ready',
      checks: Object.fromEntries(results.map(([n, r]) => [n, r === true ? 'ok' : r])),
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const path = (req.url ?? '/').split('?')[0]!;
      if (PROBES.has(path)) {
        // HEAD answers as GET does (Node leaves the body out), for probes that only look at the status.
        if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: 'method not allowed' }, { allow: 'GET, HEAD' });
        if (path === '/healthz') return send(res, 200, { status: 'ok' });
        if (path === '/readyz') return await this.ready(res);
        return await this.metrics(req, res);
      }
      for (const route of this.routes) if (await route(req, res)) return;
      send(res, 404, { error: 'not found' });
    } catch (error) {
      // A calendar address is a secret: its token never reaches a log line.
      this.log.error({ err: (error as Error).message, path: req.url?.split('?')[0]?.replace(/^\/calendar\/.*/, '/calendar/…') }, 'ops request failed');
      if (!res.headersSent) send(res, 500, { error: 'internal error' });
    }
  }
}

const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};
