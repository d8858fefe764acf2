import { isIP } from 'node:net';
import dotenv from 'dotenv';
import { z } from 'zod';
import { parseUserKeyList } from './config-parsers.js';
import type { LimitSettings } from './domain/limits.js';
import type { UserKey } from './domain/platform.js';

/**
 * The one place that reads the environment. Everything else receives a `Config`.
 * A bad value stops start-up with one message naming every offending variable.
 */

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const url = (what: string) =>
  optionalString.refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), `an http(s) URL (${what})`);

const positiveInt = (fallback: number, max: number) =>
  z.coerce
    .number({ error: `a whole number from 1 to ${max}` })
    .int(`a whole number from 1 to ${max}`)
    .min(1, `a whole number from 1 to ${max}`)
    .max(max, `a whole number from 1 to ${max}`)
    .default(fallback);

/** "24h,1h,30m" → minutes, largest first. */
const leadTimes = z
  .string()
  .default('24h,1h')
  .transform((value, ctx) => {
    const minutes: number[] = [];
    for (const part of value.split(',').map((p) => p.trim()).filter(Boolean)) {
      const m = /^(\d+)\s*(m|h|d)$/i.exec(part);
      const n = m ? Number(m[1]) * ({ m: 1, h: 60, d: 1440 } as const)[m[2]!.toLowerCase() as 'm' | 'h' | 'd'] : NaN;
      if (!Number.isFinite(n) || n < 5 || n > 14 * 1440) {
        ctx.addIssue({ code: 'custom', message: 'comma-separated lead times like "24h,1h,30m" (5m to 14d)' });
        return z.NEVER;
      }
      minutes.push(n);
    }
    return [...new Set(minutes)].sort((a, b) => b - a);
  });

/**
 * Which Discord shards this instance runs: "auto" (all of them, as many as Discord recommends), or
 * its own ids of the total, "0,1/4", so that instances split the shards without overlap.
 */
const discordShards = z
  .string()
  .trim()
  .default('auto')
  .transform((raw, ctx) => {
    if (raw === '' || raw === 'auto') return 'auto' as const;
    const parts = raw.split('/');
    const ids = (parts[0] ?? '').split(',').map((s) => s.trim());
    const count = Number(parts[1]);
    const valid =
      parts.length === 2 &&
      Number.isInteger(count) &&
      count >= 1 &&
      ids.every((id) => /^\d+$/.test(id) && Number(id) < count) &&
      new Set(ids).size === ids.length;
    if (!valid) {
      ctx.addIssue({ code: 'custom', message: '"auto", or this instance\'s shard ids out of the total, like "0,1/4"' });
      return z.NEVER;
    }
    return { ids: ids.map(Number).sort((a, b) => a - b), count };
  });

const schema = z.object({
  MONGODB_URI: optionalString.refine(
    (v) => v === undefined || /^mongodb(\+srv)?:\/\/[^\s/]+/.test(v),
    'a MongoDB connection string starting with mongodb:// or mongodb+srv://',
  ),
  MONGODB_DATA_DIR: z.string().trim().min(1).default('./data/mongo'),
  STORE: z.enum(['auto', 'memory'], { error: '"auto" or "memory"' }).default('auto'),

  DISCORD_TOKEN: optionalString,
  DISCORD_APPLICATION_ID: optionalString.refine((v) => v === undefined || /^\d{15,22}$/.test(v), 'a Discord snowflake (digits)'),
  DISCORD_GUILD_ID: optionalString.refine((v) => v === undefined || /^\d{15,22}$/.test(v), 'a Discord snowflake (digits)'),
  DISCORD_API_URL: url('Discord REST base'),
  DISCORD_SHARDS: discordShards,
  /** The bot was granted the privileged Message Content intent: session chat threads are relayed to other platforms. */
  DISCORD_MESSAGE_CONTENT: z.enum(['true', 'false'], { error: '"true" or "false"' }).default('false'),

  TELEGRAM_BOT_TOKEN: optionalString.refine(
    (v) => v === undefined || /^\d+:[\w-]{20,}$/.test(v),
    'a BotFather token like 123456:ABC-DEF…',
  ),
  TELEGRAM_API_ROOT: url('Bot API server'),
  TELEGRAM_WEBHOOK_URL: optionalString.refine((v) => v === undefined || /^https:\/\/[^\s]+$/.test(v), 'an https URL'),
  TELEGRAM_WEBHOOK_SECRET: optionalString.refine(
    (v) => v === undefined || /^[A-Za-z0-9_-]{16,256}$/.test(v),
    '16–256 characters of A-Z, a-z, 0-9, _ and -',
  ),
  TELEGRAM_WEBHOOK_PORT: positiveInt(8443, 65535),

  OWNER_IDS: z
    .string()
    .default('')
    .transform((v, ctx) => {
      const parsed = parseUserKeyList(v);
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', message: parsed.error });
        return z.NEVER;
      }
      return parsed.value;
    }),
  SESSION_REMINDERS: leadTimes,
  MATCH_ALERTS_PER_DAY: positiveInt(3, 50),
  MATCH_ALERT_MIN_SCORE: positiveInt(60, 100),
  MESSAGE_RETENTION_DAYS: positiveInt(30, 3650),
  MESSAGES_PER_HOUR: positiveInt(30, 1000),
  SESSIONS_PER_DAY: positiveInt(10, 1000),
  CONNECT_REQUESTS_PER_DAY: positiveInt(20, 1000),
  REPORTS_PER_DAY: positiveInt(10, 1000),
  BROWSE_PER_HOUR: positiveInt(60, 10000),
  LINK_WRONG_CODES: positiveInt(5, 100),
  LINK_LOCK_MINUTES: positiveInt(15, 1440),
  DEFAULT_RADIUS_KM: positiveInt(10, 200),

  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    error: 'one of fatal, error, warn, info, debug, trace, silent',
  }).default('info'),
  HTTP_PORT: z.coerce
    .number({ error: 'a port number from 1 to 65535' })
    .int('a port number from 1 to 65535')
    .min(1, 'a port number from 1 to 65535')
    .max(65535, 'a port number from 1 to 65535')
    .optional(),
  ADMIN_TOKEN: optionalString.refine((v) => v === undefined || v.length >= 16, 'at least 16 characters'),
  HTTP_HOST: optionalString
    .transform((v) => v ?? '127.0.0.1')
    .refine((v) => isIP(v) !== 0 || /^[A-Za-z0-9][A-Za-z0-9.-]{0,252}$/.test(v), 'an IP address or host name to listen on, e.g. 127.0.0.1 or 0.0.0.0'),
  METRICS_TOKEN: optionalString.refine((v) => v === undefined || /^[\x21-\x7e]{16,}$/.test(v), 'at least 16 printable characters without spaces'),
  PUBLIC_URL: optionalString.refine(
    (v) => v === undefined || /^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(v),
    'the address people reach this server at, like https://spotter.example.org',
  ),
  // Set by the operating system; never an error, only a name for the terminal's first person.
  USER: optionalString,
  LANG: optionalString,
});

type Env = z.infer<typeof schema>;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export interface Config {
  readonly store:
    | { readonly kind: 'uri'; readonly uri: string }
    | { readonly kind: 'embedded'; readonly dataDir: string }
    | { readonly kind: 'memory' };
  readonly discord: {
    readonly token: string;
    readonly applicationId: string | undefined;
    readonly guildId: string | undefined;
    readonly apiUrl: string | undefined;
    readonly shards: 'auto' | { readonly ids: readonly number[]; readonly count: number };
    readonly messageContent: boolean;
  } | null;
  readonly telegram: {
    readonly token: string;
    readonly apiRoot: string | undefined;
    readonly webhook: { readonly url: string; readonly secret: string | undefined; readonly port: number } | null;
  } | null;
  readonly owners: readonly UserKey[];
  readonly reminderLeadMinutes: readonly number[];
  readonly matchAlertsPerDay: number;
  /** Match alerts go out from this score up, 0–1 (`MATCH_ALERT_MIN_SCORE` is in percent). */
  readonly matchAlertMinScore: number;
  readonly messageRetentionDays: number;
  /** Limits on abuse, per person and action. */
  readonly limits: LimitSettings;
  readonly defaultRadiusKm: number;
  readonly logLevel: Env['LOG_LEVEL'];
  readonly httpPort: number | undefined;
  /** Where the ops server (health, metrics, a shared webhook) listens; loopback unless opened. */
  readonly httpHost: string;
  /** Bearer token /metrics requires, when set. */
  readonly metricsToken: string | undefined;
  readonly adminToken: string | undefined;
  /** The terminal adapter's first person: `USER` when it is a usable name, else "Alex". */
  readonly consolePerson: string;
  /**
   * Where people reach the ops server from outside (`PUBLIC_URL`, behind HTTPS), for calendar feed
   * addresses; `http://localhost:<HTTP_PORT>` when unset; null without HTTP_PORT (no feeds then).
   */
  readonly publicUrl: string | null;
  /** The terminal's language from `LANG` ("de_DE.UTF-8" → de), when Spotter speaks it. */
  readonly consoleLocale: string | null;
}

/** `https://x.org/` → `https://x.org`: addresses are joined with a slash of their own. */
const withoutTrailingSlash = (url: string): string => {
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end--;
  return url.slice(0, end);
};

/** A login name the terminal can use as a person ("alex", "ana.m"): one word with a letter. */
const consolePerson = (user: string | undefined): string =>
  user && /^[\p{L}\p{N}._-]{1,32}$/u.test(user) && /\p{L}/u.test(user) ? user : 'Alex';

export type ConfigResult = { ok: true; config: Config } | { ok: false; message: string };

/** Parses an environment (by default the process's, after .env is loaded). Never throws. */
export function loadConfig(env: Record<string, string | undefined> = readProcessEnv()): ConfigResult {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = new Map<string, string>();
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? '?');
      if (!lines.has(name)) lines.set(name, `  ${name}: expected ${issue.message.replace(/^Invalid input: /, '')}`);
    }
    return { ok: false, message: `Invalid configuration (see .env.example):\n${[...lines.values()].join('\n')}` };
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.DISCORD_TOKEN && !e.DISCORD_APPLICATION_ID)
    problems.push('  DISCORD_APPLICATION_ID: expected the application id when DISCORD_TOKEN is set');
  if (e.TELEGRAM_WEBHOOK_URL && !e.TELEGRAM_BOT_TOKEN)
    problems.push('  TELEGRAM_BOT_TOKEN: expected a token when TELEGRAM_WEBHOOK_URL is set');
  if (e.STORE === 'memory' && e.MONGODB_URI)
    problems.push('  STORE: expected "auto" when MONGODB_URI is set (memory would ignore it)');
  if (problems.length) return { ok: false, message: `Invalid configuration (see .env.example):\n${problems.join('\n')}` };

  return {
    ok: true,
    config: {
      store: e.MONGODB_URI
        ? { kind: 'uri', uri: e.MONGODB_URI }
        : e.STORE === 'memory'
          ? { kind: 'memory' }
          : { kind: 'embedded', dataDir: e.MONGODB_DATA_DIR },
      discord: e.DISCORD_TOKEN
        ? {
            token: e.DISCORD_TOKEN,
            applicationId: e.DISCORD_APPLICATION_ID,
            guildId: e.DISCORD_GUILD_ID,
            apiUrl: e.DISCORD_API_URL,
            shards: e.DISCORD_SHARDS,
            messageContent: e.DISCORD_MESSAGE_CONTENT === 'true',
          }
        : null,
      telegram: e.TELEGRAM_BOT_TOKEN
        ? {
            token: e.TELEGRAM_BOT_TOKEN,
            apiRoot: e.TELEGRAM_API_ROOT,
            webhook: e.TELEGRAM_WEBHOOK_URL
              ? { url: e.TELEGRAM_WEBHOOK_URL, secret: e.TELEGRAM_WEBHOOK_SECRET, port: e.TELEGRAM_WEBHOOK_PORT }
              : null,
          }
        : null,
      owners: e.OWNER_IDS,
      reminderLeadMinutes: e.SESSION_REMINDERS,
      matchAlertsPerDay: e.MATCH_ALERTS_PER_DAY,
      matchAlertMinScore: e.MATCH_ALERT_MIN_SCORE / 100,
      messageRetentionDays: e.MESSAGE_RETENTION_DAYS,
      limits: {
        'session-create': { points: e.SESSIONS_PER_DAY, windowMs: DAY_MS },
        connect: { points: e.CONNECT_REQUESTS_PER_DAY, windowMs: DAY_MS },
        report: { points: e.REPORTS_PER_DAY, windowMs: DAY_MS },
        browse: { points: e.BROWSE_PER_HOUR, windowMs: HOUR_MS },
        message: { points: e.MESSAGES_PER_HOUR, windowMs: HOUR_MS },
        // Wrong codes are counted over an hour: enough to catch guessing, short enough to forgive typos.
        link: { wrongCodes: e.LINK_WRONG_CODES, windowMs: HOUR_MS, lockMs: e.LINK_LOCK_MINUTES * 60_000 },
      },
      defaultRadiusKm: e.DEFAULT_RADIUS_KM,
      logLevel: e.LOG_LEVEL,
      httpPort: e.HTTP_PORT,
      httpHost: e.HTTP_HOST,
      metricsToken: e.METRICS_TOKEN,
      adminToken: e.ADMIN_TOKEN,
      consolePerson: consolePerson(e.USER),
      publicUrl: (e.PUBLIC_URL !== undefined ? withoutTrailingSlash(e.PUBLIC_URL) : undefined) ?? (e.HTTP_PORT !== undefined ? `http://localhost:${e.HTTP_PORT}` : null),
      consoleLocale: e.LANG && e.LANG !== 'C' && e.LANG !== 'POSIX' ? e.LANG.split('.')[0]! : null,
    },
  };
}

function readProcessEnv(): Record<string, string | undefined> {
  dotenv.config({ quiet: true });
  return process.env;
}

/** Whether standard input is an interactive terminal (for the console adapter). */
export const hasTerminal = (): boolean => Boolean(process.stdin.isTTY && process.stdout.isTTY);
