import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RouteHandler } from './http.js';

const PREFIX = '/calendar/';

/**
 * `GET /calendar/<token>.ics`: a person's live calendar, for Google Calendar, Apple Calendar and
 * Outlook to subscribe to. The token is the only key: an unknown, reset or turned-off one is 404,
 * the same answer as a path that never existed. `read` says the calendar in the person's language.
 */
export function calendarRoute(read: (token: string) => Promise<string | null>): RouteHandler {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (!path.startsWith(PREFIX)) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('method not allowed');
      return true;
    }
    const file = path.slice(PREFIX.length);
    const ics = file.endsWith('.ics') ? await read(file.slice(0, -'.ics'.length)) : null;
    if (ics === null) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return true;
    }
    res.writeHead(200, {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': 'inline; filename="spotter.ics"',
      // Personal: no shared cache may keep it.
      'cache-control': 'private, max-age=300',
    });
    res.end(ics);
    return true;
  };
}
