import { CLEAR_WORDS, DEFAULT_WORDS, isKeyword } from '../domain/keywords.js';
import { phrase } from '../domain/phrase.js';
import type { QuietHours } from '../domain/profile.js';
import { err, ok, type Result, userError } from '../result.js';

const time = (s: string): number | null => {
  const m = /^(\d{1,2})(?::(\d{2}))?$/.exec(s.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2] ?? 0);
  return h < 24 && min < 60 ? h * 60 + min : null;
};

/** "22-7", "22:30-06:30" → a window that may wrap past midnight; "off" → none. */
export function parseQuietHours(text: string): Result<QuietHours | null> {
  if (isKeyword(CLEAR_WORDS, text)) return ok(null);
  const [a, b, extra] = text.split('-');
  const start = a !== undefined ? time(a) : null;
  const end = b !== undefined ? time(b) : null;
  if (start === null || end === null || extra !== undefined || start === end)
    return err(userError('invalid-input', phrase('prefs-quiet-invalid', { text: text.slice(0, 20) })));
  return ok({ start, end });
}

/** "24h,1h,30m" → minutes (largest first); "default" → null; "off" → none. */
export function parseLeadTimes(text: string): Result<number[] | null> {
  const t = text.trim().toLowerCase();
  if (isKeyword(DEFAULT_WORDS, t)) return ok(null);
  // A bare "no" stays refused here, as it always was: a list of lead times is no yes-or-no question.
  if (t !== 'no' && isKeyword(CLEAR_WORDS, t)) return ok([]);
  const minutes: number[] = [];
  for (const part of t.split(',').map((p) => p.trim())) {
    const m = /^(\d{1,4})\s*(m|min|h|d)$/.exec(part);
    const n = m ? Number(m[1]) * (m[2] === 'd' ? 1440 : m[2] === 'h' ? 60 : 1) : NaN;
    if (!Number.isFinite(n) || n < 5 || n > 7 * 1440)
      return err(userError('invalid-input', phrase('prefs-lead-invalid', { text: part.slice(0, 20) })));
    minutes.push(n);
  }
  if (minutes.length > 5) return err(userError('invalid-input', phrase('prefs-lead-too-many', { max: 5 })));
  return ok([...new Set(minutes)].sort((a, b) => b - a));
}
