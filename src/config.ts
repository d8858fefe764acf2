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

/** Building blocks for the platforms' fragments: a variable that may be unset or blank. */
export const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

export const url = (what: string) =>
  optionalString.refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), `an http(s) URL (${what})`);

export const positiveInt = (fallback: number, max: number) =>
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

/** The service's own variables; each platform's are its plug-in's fragment. */
const baseSchema = (platforms: readonly string[]) =>
  z.object({
  MONGODB_URI: optionalString.refine(
    (v) => v === undefined || /^mongodb(\+srv)?:\/\/[^\s/]+/.test(v),
    'a MongoDB connection string starting with mongodb:// or mongodb+srv://',
  ),
  MONGODB_DATA_DIR: z.string().trim().min(1).default('./data/mongo'),
  STORE: z.enum(['auto', 'memory'], { error: '"auto" or "memory"' }).default('auto'),

  OWNER_IDS: z
    .string()
    .default('')
    .transform((v, ctx) => {
      const parsed = parseUserKeyList(v, platforms);
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
  });

type Env = z.infer<ReturnType<typeof baseSchema>>;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * A platform's configuration fragment (its plug-in's, from `bots/`): its name and how it reads its
 * own variables from this module's environment; null when they are not set.
 */
export interface PlatformConfigFragment<P> {
  readonly name: string;
  readonly configSchema: z.ZodType<P | null>;
}

/** `P`: a configured platform as the plug-ins' fragments yield it (none without fragments). */
export interface Config<P = never> {
  readonly store:
    | { readonly kind: 'uri'; readonly uri: string }
    | { readonly kind: 'embedded'; readonly dataDir: string }
    | { readonly kind: 'memory' };
  /** The platforms whose variables are set, as their plug-ins' fragments read them, in the order registered. */
  readonly platforms: readonly P[];
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
  /**
   * Where people reach the ops server from outside (`PUBLIC_URL`, behind HTTPS), for calendar feed
   * addresses; `http://localhost:<HTTP_PORT>` when unset; null without HTTP_PORT (no feeds then).
   */
  readonly publicUrl: string | null;
}

/** `https://x.org/` → `https://x.org`: addresses are joined with a slash of their own. */
const withoutTrailingSlash = (url: string): string => {
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end--;
  return url.slice(0, end);
};

export type ConfigResult<P = never> = { ok: true; config: Config<P> } | { ok: false; message: string };

/**
 * Parses an environment (by default the process's, after .env is loaded) with the service's own
 * variables and each platform's fragment. Never throws; every bad variable, the service's or a
 * platform's, is named in one message.
 */
export function loadConfig<P = never>(
  env: Readonly<Record<string, string | undefined>> = readProcessEnv(),
  fragments: readonly PlatformConfigFragment<P>[] = [],
): ConfigResult<P> {
  const parsed = baseSchema(fragments.map((f) => f.name)).safeParse(env);
  const read = fragments.map((f) => f.configSchema.safeParse(env));
  const issues = [...(parsed.success ? [] : parsed.error.issues), ...read.flatMap((r) => (r.success ? [] : r.error.issues))];
  if (!parsed.success || issues.length > 0) {
    const lines = new Map<string, string>();
    for (const issue of issues) {
      const name = String(issue.path[0] ?? '?');
      if (!lines.has(name)) lines.set(name, `  ${name}: expected ${issue.message.replace(/^Invalid input: /, '')}`);
    }
    return { ok: false, message: `Invalid configuration (see .env.example):\n${[...lines.values()].join('\n')}` };
  }
  const e = parsed.data;
  const platforms = read.flatMap((r) => (r.success && r.data !== null ? [r.data] : []));
  const problems: string[] = [];
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
      platforms,
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
      publicUrl: (e.PUBLIC_URL !== undefined ? withoutTrailingSlash(e.PUBLIC_URL) : undefined) ?? (e.HTTP_PORT !== undefined ? `http://localhost:${e.HTTP_PORT}` : null),
    },
  };
}

function readProcessEnv(): Record<string, string | undefined> {
  dotenv.config({ quiet: true });
  return process.env;
}

/** Whether standard input is an interactive terminal (for the offline chat). */
export const hasTerminal = (): boolean => Boolean(process.stdin.isTTY && process.stdout.isTTY);
