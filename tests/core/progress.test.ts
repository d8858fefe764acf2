import { describe, expect, it } from 'vitest';
import { healthFigures } from '../../src/core/health.js';
import { calendarStart, communityHistory, trainingHistory } from '../../src/core/progress.js';
import type { PersonId, SessionId } from '../../src/domain/ids.js';
import type { SessionRecord } from '../../src/store/port.js';
import { communityStatsReply, statsReply, trainingAlt } from '../../src/views/progress.js';
import { busyYear, emptyYear } from '../render/samples.js';

const ME = 'me' as PersonId;
const BUDDY = 'bud' as PersonId;
const NOW = new Date('2026-11-29T12:00:00Z'); // a Sunday

const rec = (startsAt: string, extra: Partial<SessionRecord> = {}): SessionRecord => ({
  id: `s-${startsAt}` as SessionId,
  activity: 'running',
  startsAt: new Date(startsAt),
  hostId: 'host' as PersonId,
  participants: [ME],
  checkIns: [{ personId: ME, attended: true, at: new Date(startsAt) }],
  ...extra,
});

describe('training history', () => {
  it('GIVEN sessions late in the UTC evening WHEN counted for someone in Berlin and someone in New York THEN each sees them on their own local day', () => {
    const records = [rec('2026-11-20T23:30:00Z'), rec('2026-11-21T08:00:00Z')];
    expect(trainingHistory(records, ME, new Set(), NOW, 'Europe/Berlin').days).toEqual([{ date: '2026-11-21', sessions: 2 }]);
    expect(trainingHistory(records, ME, new Set(), NOW, 'America/New_York').days).toEqual([
      { date: '2026-11-20', sessions: 1 },
      { date: '2026-11-21', sessions: 1 },
    ]);
  });

  it('GIVEN the calendar window WHEN it is computed THEN it starts on a Monday 52 weeks before this week and ignores older or future sessions', () => {
    const start = calendarStart(NOW, 'Europe/Berlin');
    expect(start.toISOString()).toBe('2025-11-23T23:00:00.000Z'); // Monday 24 Nov 2025, 00:00 in Berlin
    const h = trainingHistory([rec('2025-11-23T12:00:00Z'), rec('2025-11-24T12:00:00Z'), rec('2026-11-30T12:00:00Z')], ME, new Set(), NOW, 'Europe/Berlin');
    expect(h.firstDay).toBe('2025-11-24');
    expect(h.today).toBe('2026-11-29');
    expect(h.sessions).toBe(1);
  });

  it('GIVEN sessions with and without buddies and of several activities WHEN summed THEN sessions together and the top three activities are right, and other people’s check-ins do not count', () => {
    const records = [
      rec('2026-11-01T10:00:00Z', { activity: 'yoga', hostId: BUDDY }),
      rec('2026-11-02T10:00:00Z', { activity: 'yoga', participants: [ME, BUDDY], checkIns: [{ personId: ME, attended: true, at: NOW }, { personId: BUDDY, attended: true, at: NOW }] }),
      rec('2026-11-03T10:00:00Z', { participants: [ME, BUDDY], checkIns: [{ personId: ME, attended: true, at: NOW }, { personId: BUDDY, attended: false, at: NOW }] }),
      rec('2026-11-04T10:00:00Z', { activity: 'cycling' }),
      rec('2026-11-05T10:00:00Z', { activity: 'swimming' }),
      rec('2026-11-06T10:00:00Z', { checkIns: [{ personId: ME, attended: false, at: NOW }] }),
    ];
    const h = trainingHistory(records, ME, new Set([BUDDY]), NOW, 'UTC');
    expect(h.sessions).toBe(5);
    expect(h.sessionsWithBuddies).toBe(2);
    expect(h.buddies).toBe(1);
    expect(h.topActivities).toEqual([
      { activity: 'yoga', sessions: 2 },
      { activity: 'cycling', sessions: 1 },
      { activity: 'running', sessions: 1 },
    ]);
  });
});

describe('community history', () => {
  it('GIVEN sessions across weeks WHEN bucketed THEN there are 12 Monday weeks with sessions, distinct people and check-ins per week', () => {
    const records = [
      rec('2026-11-23T18:00:00Z', { hostId: 'a' as PersonId, participants: ['b', 'c'] as PersonId[], checkIns: [{ personId: 'b' as PersonId, attended: true, at: NOW }, { personId: 'c' as PersonId, attended: false, at: NOW }] }),
      rec('2026-11-25T18:00:00Z', { hostId: 'b' as PersonId, participants: ['a'] as PersonId[], checkIns: [] }),
      rec('2026-09-07T08:00:00Z', { hostId: 'a' as PersonId, participants: [], checkIns: [] }),
      rec('2026-09-06T08:00:00Z', { hostId: 'z' as PersonId, participants: [], checkIns: [] }),
    ];
    const h = communityHistory(records, NOW, 'Europe/Berlin');
    expect(h.weeks).toHaveLength(12);
    expect(h.weeks[0]).toEqual({ start: '2026-09-07', sessions: 1, people: 1, checkIns: 0, attended: 0, pairs: 0, pairsMet: 0 });
    expect(h.weeks[11]).toEqual({ start: '2026-11-23', sessions: 2, people: 3, checkIns: 2, attended: 1, pairs: 0, pairsMet: 0 });
    expect(h.weeks.slice(1, 11).every((w) => w.sessions === 0)).toBe(true);
  });
});

describe('what the text says is what the picture shows', () => {
  it('GIVEN a busy year WHEN the reply and the alt text are written THEN both name the same totals, months, streaks, rate, buddies and activities', () => {
    const st = busyYear();
    const reply = statsReply('Alexandra', st);
    const text = (reply.fields ?? []).map((f) => `${f.name}: ${f.value}`).join('\n');
    const alt = trainingAlt('Alexandra', st);
    for (const phrase of [`${st.history.sessions} sessions on ${st.history.days.length} days`, '95% (230 of 242)', '1 buddy, 68 sessions together', 'Cycling', '24 Nov 2025 – 29 Nov 2026 · Europe/Berlin', 'Dec 24']) {
      expect(text).toContain(phrase);
      expect(alt).toContain(phrase);
    }
    expect(text).toContain('17 (best 41)');
    expect(alt).toContain('Current streak 17, best 41');
    expect(alt.length).toBeLessThanOrEqual(1024);
  });

  it('GIVEN no history WHEN the reply is written THEN it says there is nothing yet rather than zeros alone', () => {
    const reply = statsReply('Ben', emptyYear());
    expect(reply.fields?.find((f) => f.name === 'Top activities')?.value).toBe('none yet');
    expect(reply.fields?.find((f) => f.name === 'Show-up rate')?.value).toBe('no check-ins yet');
  });

  it('GIVEN community weeks WHEN the moderator reply is written THEN it lists every week of every chart', () => {
    const h = communityHistory([rec('2026-11-23T18:00:00Z')], NOW, 'Europe/Berlin');
    const reply = communityStatsReply('Runners', { people: 3, sessionsThisWeek: 1, joinRequests: { pending: 0, accepted: 0, declined: 0, withdrawn: 0, expired: 0 }, windowDays: 30, acceptanceRate: null, openReports: 0, bans: 0, places: 0, history: h, health: healthFigures([], [], NOW) });
    const weeks = reply.fields!.at(-1)!;
    expect(weeks.name).toMatch(/^Last 12 weeks, oldest first \(weeks from Monday 7 Sep 2026 · Europe\/Berlin\)$/);
    expect(weeks.value).toContain('Sessions held: 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1 (1 in total)');
    expect(weeks.value).toContain('Show-up rate: –, –, –, –, –, –, –, –, –, –, –, 100% (100% overall)');
    expect(weeks.value).toContain('Met rate (new pairs who trained together within 14 days, by the week those days ended): –, –, –, –, –, –, –, –, –, –, –, – (– overall)');
  });
});
