import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Update } from 'telegraf/types';
import { Secret } from '../../src/ops/secret.js';

/** The header Telegram sends the registered `secret_token` in. */
export const SECRET_HEADER = 'x-telegram-bot-api-secret-token';
/** Telegram's updates are a few kilobytes; 1 MB leaves room for any real one and stops a flood early. */
export const MAX_UPDATE_BYTES = 1024 * 1024;
/** What the Bot API accepts as `secret_token`. */
export const SECRET_TOKEN = /^[A-Za-z0-9_-]{1,256}$/;

/**
 * A secret for one run when none is configured: 32 random bytes in base64url, i.e. 43 characters
 * drawn only from Telegram's allowed set (A-Z a-z 0-9 _ -).
 */
export function generateWebhookSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Why a webhook request was refused; nothing of it was processed. */
export type Refusal =
  | 'method not allowed'
  | 'secret missing or wrong'
  | 'not JSON'
  | 'body too large'
  | 'not an update';

const STATUS: Readonly<Record<Refusal, number>> = {
  'method not allowed': 405,
  'secret missing or wrong': 403,
  'not JSON': 415,
  'body too large': 413,
  'not an update': 400,
};

export type Taken = { readonly ok: true; readonly update: Update } | { readonly ok: false; readonly refusal: Refusal };

/**
 * Guards the webhook path: POST only, the secret header (compared in constant time) before a byte
 * of the body is read, JSON only, and at most `maxBytes` (413 from the declared length, or as soon
 * as a streamed body passes it: the rest is never read). A refusal is answered here.
 */
export function webhookGate(secret: string, maxBytes = MAX_UPDATE_BYTES): (req: IncomingMessage, res: ServerResponse) => Promise<Taken> {
  if (!SECRET_TOKEN.test(secret)) throw new Error('the webhook secret must be 1–256 characters of A-Z, a-z, 0-9, _ and -');
  const expected = new Secret(secret);
  return async (req, res) => {
    const refusal = await check(req, expected, maxBytes);
    if (refusal.ok) return refusal;
    refuse(res, refusal.refusal);
    return refusal;
  };
}

async function check(req: IncomingMessage, expected: Secret, maxBytes: number): Promise<Taken> {
  if (req.method !== 'POST') return no('method not allowed');
  const given = req.headers[SECRET_HEADER];
  if (typeof given !== 'string' || !expected.matches(given)) return no('secret missing or wrong');
  if (mediaType(req.headers['content-type']) !== 'application/json') return no('not JSON');
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return no('body too large');
  const body = await readCapped(req, maxBytes);
  if (body === null) return no('body too large');
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return no('not an update');
  }
  if (!isUpdate(parsed)) return no('not an update');
  return { ok: true, update: parsed };
}

const no = (refusal: Refusal): Taken => ({ ok: false, refusal });

function mediaType(header: string | undefined): string {
  return (header ?? '').split(';', 1)[0]!.trim().toLowerCase();
}

/** The body, or null once it passes the cap; reading stops there (the connection is then closed). */
function readCapped(req: IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        stop();
        req.pause();
        resolve(null);
      } else chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

/** Telegraf's types describe every update kind; all Spotter relies on is an object with a numeric id. */
function isUpdate(value: unknown): value is Update {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Number.isSafeInteger((value as { update_id?: unknown }).update_id);
}

function refuse(res: ServerResponse, refusal: Refusal): void {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (refusal === 'method not allowed') headers.allow = 'POST';
  // An unread body stays unread: the connection is closed instead of drained.
  if (refusal === 'body too large') headers.connection = 'close';
  res.writeHead(STATUS[refusal], headers).end(JSON.stringify({ error: refusal }));
}
