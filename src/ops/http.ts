import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from '../logger.js';
import type { Registry } from 'prom-client';

export interface ReadinessCheck {
  readonly name: string;
  /** Resolves when healthy; rejects or returns false with the reason otherwise. */
  check(): Promise<true | string>;
}

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

/**
 * The operations port: /healthz (alive), /readyz (store, platforms, jobs), /metrics (Prometheus).
 * Other parts (Telegram webhook, the jobs dashboard) mount extra routes on the same server.
 */
export class OpsServer {
  private server: Server | null = null;
  private readonly routes: RouteHandler[] = [];

  constructor(
    private readonly checks: () => readonly ReadinessCheck[],
    private readonly registry: Registry | null,
    private readonly log: Logger,
  ) {}

  mount(route: RouteHandler): void {
    this.routes.push(route);
  }

  async listen(port: number, host = '0.0.0.0'): Promise<number> {
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

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const path = (req.url ?? '/').split('?')[0];
      if (req.method === 'GET' && path === '/healthz') return send(res, 200, { status: 'ok' });
      if (req.method === 'GET' && path === '/readyz') {
        const results = await Promise.all(
          this.checks().map(async (c) => {
            const outcome = await c.check().catch((e: Error) => e.message);
            return [c.name, outcome] as const;
          }),
        );
        const failing = results.filter(([, r]) => r !== true);
        return send(res, failing.length ? 503 : 200, {
          status: failing.length ? 'not ready' : 'ready',
          checks: Object.fromEntries(results.map(([n, r]) => [n, r === true ? 'ok' : r])),
        });
      }
      if (req.method === 'GET' && path === '/metrics' && this.registry) {
        res.writeHead(200, { 'content-type': this.registry.contentType });
        return void res.end(await this.registry.metrics());
      }
      for (const route of this.routes) if (await route(req, res)) return;
      send(res, 404, { error: 'not found' });
    } catch (error) {
      this.log.error({ err: (error as Error).message, path: req.url?.split('?')[0] }, 'ops request failed');
      if (!res.headersSent) send(res, 500, { error: 'internal error' });
    }
  }
}

const send = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};
