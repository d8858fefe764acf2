import bcrypt from 'bcrypt';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Agenda } from 'agenda';
import { createExpressMiddleware } from 'agendash';
import express from 'express';
import type { RouteHandler } from './http.js';

export const DASHBOARD_PATH = '/admin/jobs';

/**
 * Agenda's own dashboard (agendash) behind ADMIN_TOKEN, on the ops port. The token is kept only
 * as a bcrypt hash and checked with bcrypt's compare, whose time doesn't depend on where a wrong
 * guess differs. Browsers get a Basic-auth prompt (any user name, the token as password); scripts
 * may send `Authorization: Bearer <token>`.
 */
export async function jobsDashboard(agenda: Agenda, adminToken: string): Promise<RouteHandler> {
  const tokenHash = await bcrypt.hash(adminToken, 10);
  const app = express();
  app.disable('x-powered-by');
  app.use(DASHBOARD_PATH, createExpressMiddleware(agenda));

  return async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path !== DASHBOARD_PATH && !path.startsWith(`${DASHBOARD_PATH}/`)) return false;
    const given = presentedToken(req.headers.authorization);
    if (!given || !(await bcrypt.compare(given, tokenHash))) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="Spotter jobs", charset="UTF-8"', 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'unauthorized' }));
      return true;
    }
    app(req as express.Request, res as express.Response);
    return true;
  };
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
