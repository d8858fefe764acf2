/**
 * Why a mongod would not start, read from its own log output (JSON lines since 4.4, plain text
 * before) and the error mongodb-memory-server raised. The order matters: a locked directory or a
 * full disk explains everything logged after it.
 */

export type MongodFailureKind = 'lock-held' | 'no-space' | 'incompatible-files' | 'permission' | 'port-in-use' | 'other';

export interface MongodFailure {
  readonly kind: MongodFailureKind;
  /** mongod's own words for it (one line, at most 300 characters). */
  readonly detail: string;
}

const CAUSES: readonly (readonly [MongodFailureKind, RegExp])[] = [
  ['lock-held', /DBPathInUse|Unable to lock (?:the lock )?file|Unable to acquire lock for lockfile|another mongod instance is already running/i],
  ['no-space', /No space left on device|\bENOSPC\b|OutOfDiskSpace|Insufficient free space/i],
  [
    'incompatible-files',
    /UPGRADE PROBLEM|Wrong mongod version|Invalid featureCompatibilityVersion|under any compatibility version|WiredTiger version incompatible|unsupported WiredTiger file version|created by the '\w+' storage engine|This version of MongoDB is too (?:recent|old)/i,
  ],
  ['permission', /Permission denied|Operation not permitted|\bEACCES\b|\bEPERM\b|read-only (?:file ?system|directory)/i],
  ['port-in-use', /address already in use|Port "?\d+"? already in use/i],
];

export function classifyMongodFailure(output: readonly string[], error: string): MongodFailure {
  const lines = [...output, ...error.split('\n')].map((l) => l.trim()).filter(Boolean);
  for (const [kind, pattern] of CAUSES) {
    const line = lines.find((l) => pattern.test(l));
    if (line) return { kind, detail: words(line) };
  }
  // Nothing recognisable: the last thing mongod said at error or fatal level, else the error itself.
  const severe = [...output].reverse().find((l) => /"s"\s*:\s*"[EF]"/.test(l));
  return { kind: 'other', detail: words(severe ?? lines[lines.length - 1] ?? 'mongod exited without saying why') };
}

/** The human part of a log line: a JSON line's error or message, else the line itself. */
function words(line: string): string {
  let text = line;
  if (line.startsWith('{')) {
    try {
      const entry = JSON.parse(line) as { msg?: unknown; attr?: Record<string, unknown> };
      const attr = entry.attr ?? {};
      const said = [attr.error, attr.e, attr.reason, wiredTigerMessage(attr.message), entry.msg].find((v): v is string => typeof v === 'string' && v !== '');
      if (said) text = said;
    } catch {
      // Not JSON after all: the raw line says it.
    }
  }
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 297)}…` : flat;
}

/** WiredTiger's errors nest: `message` is a string, or `{ msg, error_str }`. */
function wiredTigerMessage(message: unknown): string | undefined {
  if (typeof message === 'string') return message;
  if (typeof message !== 'object' || message === null) return undefined;
  const { msg, error_str } = message as { msg?: unknown; error_str?: unknown };
  const parts = [msg, error_str].filter((p): p is string => typeof p === 'string' && p !== '');
  return parts.length ? parts.join(': ') : undefined;
}
