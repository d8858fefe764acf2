import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { DEFAULT_LIMITS } from '../../src/core/limits.js';
import { limitedError, perWindow, retryIn, wrongLinkCodeError } from '../../src/core/limits.js';
import { translator } from '../../src/i18n/translator.js';

const en = translator('en');

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('when to try again, in words', () => {
  it.each([
    [1, 'in a minute'],
    [59_000, 'in a minute'],
    [61_000, 'in 2 minutes'],
    [12 * MINUTE, 'in 12 minutes'],
    [60 * MINUTE, 'in 1 hour'],
    [65 * MINUTE, 'in 1 hour and 5 minutes'],
    [2 * HOUR + MINUTE, 'in 2 hours and 1 minute'],
    [7 * HOUR - 1, 'in about 7 hours'],
    [DAY, 'in about 24 hours'],
    [3 * DAY, 'in 3 days'],
  ])('%i ms → "%s"', (ms, words) => {
    expect(en.say(retryIn(ms))).toBe(words);
  });

  it.each([
    [DAY, 'a day'],
    [HOUR, 'an hour'],
    [6 * HOUR, 'every 6 hours'],
    [2 * DAY, 'every 2 days'],
    [10 * MINUTE, 'every 10 minutes'],
  ])('window %i ms → "%s"', (ms, words) => {
    expect(en.say(perWindow(ms))).toBe(words);
  });

  it('GIVEN a refusal THEN it says what was limited, the allowance and when, with no raw number of seconds', () => {
    const e = limitedError({ action: 'connect', allowance: { points: 1, windowMs: DAY }, retryInMs: 90 * MINUTE });
    expect(e.code).toBe('rate-limited');
    expect(en.say(e.message)).toBe("You can send up to 1 buddy request a day, and you've reached that. You can send the next one in 1 hour and 30 minutes.");
    expect(en.say(e.message)).not.toMatch(/\d{3,}|seconds|ms\b/);
  });

  it('GIVEN wrong link codes THEN the warning appears only when the lock is near', () => {
    const lock = DEFAULT_LIMITS.link;
    expect(en.say(wrongLinkCodeError(4, lock).message)).not.toMatch(/locks/);
    expect(en.say(wrongLinkCodeError(2, lock).message)).toMatch(/2 more wrong codes and \/link locks for 15 minutes\.$/);
  });
});

describe('limit configuration', () => {
  it('GIVEN no variables THEN the defaults apply', () => {
    const c = loadConfig({});
    expect(c.ok && c.config.limits).toEqual(DEFAULT_LIMITS);
  });

  it('GIVEN every limit variable THEN each one sets its limit', () => {
    const c = loadConfig({
      SESSIONS_PER_DAY: '4',
      CONNECT_REQUESTS_PER_DAY: '8',
      REPORTS_PER_DAY: '3',
      BROWSE_PER_HOUR: '120',
      MESSAGES_PER_HOUR: '50',
      LINK_WRONG_CODES: '3',
      LINK_LOCK_MINUTES: '60',
    });
    expect(c.ok && c.config.limits).toEqual({
      'session-create': { points: 4, windowMs: DAY },
      connect: { points: 8, windowMs: DAY },
      report: { points: 3, windowMs: DAY },
      browse: { points: 120, windowMs: HOUR },
      message: { points: 50, windowMs: HOUR },
      link: { wrongCodes: 3, windowMs: HOUR, lockMs: HOUR },
    });
  });

  it('GIVEN nonsense limits THEN start-up names each variable', () => {
    const c = loadConfig({ SESSIONS_PER_DAY: '0', BROWSE_PER_HOUR: 'lots', LINK_LOCK_MINUTES: '2.5' });
    expect(c.ok).toBe(false);
    for (const name of ['SESSIONS_PER_DAY', 'BROWSE_PER_HOUR', 'LINK_LOCK_MINUTES']) expect(!c.ok && c.message).toContain(`${name}: expected a whole number`);
  });
});
