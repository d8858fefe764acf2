import bcrypt from 'bcrypt';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Agenda } from 'agenda';
import { createExpressMiddleware } from 'agendash';
import express from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { RouteHandler } from './http.js';

export const DASHBOARD_PATH = '/admin/jobs';

/**
 * Wrong tokens one client address may try in a quarter of an hour before it is shut out for the
 * next quarter: plenty for a typo, useless for guessing. Counted per process, in memory.
 */
export const ADMIN_FAILURES_ALLOWED = 10;
const ADMIN_FAILURE_WINDOW_S = 15 * 60;

/**
 * Agenda's own dashboard (agendash) behind ADMIN_TOKEN, on the ops port. The token is kept only
 * as a bcrypt hash and checked with bcrypt's compare, whose time doesn't depend on where a wrong
 * guess differs. Browsers get a Basic-auth prompt (any user name, the token as password); scripts
 * may send `Authorization: Bearer <token>`.
 */
export async function jobsDashboard(agenda: Agenda, adminToken: string): Promise<RouteHandler> {
  const tokenHash = await bcrypt.hash(adminToken, 10);
  const failures = new RateLimiterMemory({ points: ADMIN_FAILURES_ALLOWED, duration: ADMIN_FAILURE_WINDOW_S, blockDuration: ADMIN_FAILURE_WINDOW_S });
  const app = express();
  app.disable('x-powered-by');
  app.use(DASHBOARD_PATH, createExpressMiddleware(agenda));

  return async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path !== DASHBOARD_PATH && !path.startsWith(`${DASHBOARD_PATH}/`)) return false;
    // The socket's address, not X-Forwarded-For: a header is whatever the guesser wants it to be.
    const client = req.socket.remoteAddress ?? 'unknown';
    // A shut-out client is answered before its token is even looked at.
    const record = await failures.get(client);
    if (record && record.consumedPoints > ADMIN_FAILURES_ALLOWED) return tooMany(res, record.msBeforeNext);
    const given = presentedToken(req.headers.authorization);
    // Only a presented token is an attempt: a browser's first, credential-less request isn't.
    if (given) {
      // Counted before the comparison, so a burst of parallel guesses can't all slip past the limit;
      // the right token gives its point back (every page and asset of the dashboard presents it).
      const counted = await failures.consume(client).catch((e: unknown) => (e instanceof RateLimiterRes ? e : Promise.reject(e)));
      if (counted.consumedPoints > ADMIN_FAILURES_ALLOWED) return tooMany(res, counted.msBeforeNext);
      if (await bcrypt.compare(given, tokenHash)) {
        await failures.reward(client);
        app(req as express.Request, res as express.Response);
        return true;
      }
    }
    res.writeHead(401, { 'www-authenticate': 'Basic realm="Spotter jobs", charset="UTF-8"', 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'unauthorized' }));
    return true;
  };
}

function tooMany(res: ServerResponse, msBeforeNext: number): true {
  res.writeHead(429, { 'retry-after': String(Math.max(1, Math.ceil(msBeforeNext / 1000))), 'content-type': 'application/json' });
  res.end(JSON.stringify({ error: 'too many failed attempts' }));
  return true;
}

function presentedToken(header: string | undefined): string | null {
  if (!header) return null;
  const [scheme, value = ''] = header.split(' ', 2);
  if (/^bearer$/i.test(scheme ?? '')) return value || null;
  if (/^basic$/i.test(scheme ?? '')) {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon >= 0 ? decoded.slice(colon + 1) || null : null;
  }
  return null;
}
