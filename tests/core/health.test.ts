import { describe, expect, it } from 'vitest';
import { healthFigures, judgedPairs } from '../../src/core/health.js';
import { type CommunityId, type ConnectionId, newId, type PersonId, type SessionId } from '../../src/domain/ids.js';
import type { Connection } from '../../src/domain/social.js';
import type { Round, RoundId } from '../../src/domain/rounds.js';
import type { CheckIn } from '../../src/domain/session.js';
import type { SessionRecord } from '../../src/store/port.js';
import { communityStatsReply } from '../../src/views/progress.js';
import { communityHistory, metRate } from '../../src/core/progress.js';
import { translator } from '../../src/i18n/translator.js';

const NOW = new Date('2026-11-30T12:00:00Z');
const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);
const person = () => newId<PersonId>();
const [ana, ben, cy, dan, eva, host] = [person(), person(), person(), person(), person(), person()];

const said = (personId: PersonId, attended: boolean, by: 'self' | 'host' = 'self'): CheckIn => ({ personId, attended, at: NOW, by });
const held = (daysAgo: number, participants: PersonId[], checkIns: CheckIn[], hostId: PersonId = host): SessionRecord => ({
  id: newId<SessionId>(),
  activity: 'running',
  startsAt: ago(daysAgo),
  hostId,
  participants,
  checkIns,
});
const round = (daysAgo: number, groups: PersonId[][], unpaired: PersonId[] = []): Round => ({
  id: newId<RoundId>(),
  communityId: newId<CommunityId>(),
  key: ago(daysAgo).toISOString().slice(0, 10),
  activity: null,
  startedAt: ago(daysAgo),
  groups: groups.map((people) => ({ people, score: 1 })),
  unpaired,
  nudgedAt: null,
  endedAt: null,
});

describe('community health figures', () => {
  it('GIVEN seats held in the last 28 days WHEN counted THEN show-up is who came of who held a seat, the host\'s word winning, and no-shows are the marked misses', () => {
    const records = [
      held(3, [ana, ben, cy], [said(ana, true), said(ben, false, 'host'), said(ben, true)]),
      held(10, [dan], [said(dan, false)]),
      // Too old for the rates.
      held(40, [eva], [said(eva, false)]),
    ];
    const h = healthFigures(records, [], NOW);
    expect(h).toMatchObject({ committed: 4, attended: 1, noShows: 2, showUpRate: 0.25, noShowRate: 0.5 });
  });

  it('GIVEN sessions this week and before WHEN pairs are counted THEN each pair who came together this week counts once, the host with those they hosted', () => {
    const records = [
      held(2, [ana, ben], [said(ana, true), said(ben, true)]),
      held(1, [ana, ben], [said(ana, true), said(ben, true)]),
      held(6, [cy], [said(cy, false)]),
      held(12, [dan, eva], [said(dan, true), said(eva, true)]),
    ];
    // Ana–Ben, host–Ana, host–Ben: three pairs; Cy didn't come; Dan and Eva were 12 days ago.
    expect(healthFigures(records, [], NOW).activePairs).toBe(3);
  });

  it('GIVEN round pairs WHEN judged THEN a pair met if they came to a session together within 14 days of the round; rounds younger than 14 days are not judged yet', () => {
    const rounds = [round(20, [[ana, ben], [cy, dan]], [eva]), round(5, [[ana, cy]])];
    const meetings = [
      // Ana and Ben met at a private session she hosted, 3 days into the round.
      held(17, [ben], [said(ben, true)], ana),
      // Cy and Dan met only after 14 days: too late to count.
      held(4, [dan], [said(dan, true)], cy),
    ];
    const h = healthFigures([], rounds, NOW, { meetings });
    expect(h).toMatchObject({ pairs: 2, pairsMet: 1, metRate: 0.5 });
    // Participation over the rounds of the last 28 days: 4 of 5, then 2 of 2.
    expect(h).toMatchObject({ roundMembers: 7, roundPaired: 6 });
  });

  it('GIVEN buddies who connected WHEN judged THEN they count as a new pair like a round pair: met if they trained together within 14 days of saying yes', () => {
    const connected = (a: PersonId, b: PersonId, daysAgo: number): Connection => ({
      id: newId<ConnectionId>(),
      pair: a < b ? `${a}|${b}` : `${b}|${a}`,
      requesterId: a,
      addresseeId: b,
      status: 'accepted',
      createdAt: ago(daysAgo + 1),
      respondedAt: ago(daysAgo),
    });
    const connections = [connected(ana, ben, 30), connected(cy, dan, 20), connected(eva, host, 3)];
    // Ana and Ben trained 10 days after connecting; Cy and Dan never; Eva's connection is too new to judge.
    const records = [held(20, [ben], [said(ben, true)], ana)];
    expect(healthFigures(records, [], NOW, { connections })).toMatchObject({ pairs: 2, pairsMet: 1, metRate: 0.5 });
  });

  it('GIVEN nothing yet WHEN said to a moderator THEN every line says there is nothing to judge, not zeros as rates', () => {
    const reply = communityStatsReply(
      'Runners',
      { people: 0, sessionsThisWeek: 0, joinRequests: { pending: 0, accepted: 0, declined: 0, withdrawn: 0, expired: 0 }, windowDays: 30, acceptanceRate: null, openReports: 0, bans: 0, places: 0, history: communityHistory([], NOW, 'UTC'), health: healthFigures([], [], NOW) },
      translator('en'),
    );
    const field = reply.fields!.find((f) => f.name === 'Showing up (last 28 days)')!;
    expect(field.value).toBe(
      ['Show-up: no completed sessions with seats yet', 'Pairs who trained together this week: 0', 'New pairs who trained together: none to judge yet', 'Round members who got a partner: no rounds yet'].join('\n'),
    );
  });

  it('GIVEN figures WHEN said in Russian THEN the counts and rates are there in Russian', () => {
    const h = healthFigures([held(3, [ana, ben], [said(ana, true), said(ben, false)])], [round(20, [[ana, ben]])], NOW, { meetings: [held(18, [ben], [said(ben, true)], ana)] });
    const reply = communityStatsReply('Бегуны', { people: 2, sessionsThisWeek: 0, joinRequests: { pending: 0, accepted: 0, declined: 0, withdrawn: 0, expired: 0 }, windowDays: 30, acceptanceRate: null, openReports: 0, bans: 0, places: 0, history: communityHistory([], NOW, 'UTC'), health: h }, translator('ru'));
    const field = reply.fields!.find((f) => f.name.startsWith('Явка'))!;
    expect(field.value).toMatch(/Пришли: 50\s?% из 2 занятых мест/);
    expect(field.value).toMatch(/Не пришли: 50\s?% \(1\)/);
    expect(field.value).toMatch(/Новые пары, потренировавшиеся вместе за 14 дн\.: 100\s?% \(1 из 1\)/);
  });
});

describe('the met rate week by week', () => {
  it('GIVEN round pairs over several weeks WHEN counted per week THEN each pair is counted in the week its 14 days ended, and the weeks inside the 28 days hold the same pairs as the 28-day figure', () => {
    // NOW is Monday 30 Nov, noon UTC. Round 50 days ago: judged 36 days ago (Wed 25 Oct, outside 28 days).
    // Round 30 days ago: judged 16 days ago (Sat 14 Nov). Round 20 days ago: judged 6 days ago (Tue 24 Nov).
    const rounds = [round(50, [[ana, ben]]), round(30, [[ana, cy], [dan, eva]]), round(20, [[ana, ben], [cy, dan]])];
    const meetings = [
      held(45, [ben], [said(ben, true)], ana),
      held(25, [cy], [said(cy, true)], ana),
      held(19, [ben], [said(ben, true)], ana),
      held(18, [dan], [said(dan, true)], cy),
    ];
    const judged = judgedPairs(meetings, rounds, NOW);
    expect(judged.map((p) => [p.judgedAt.toISOString().slice(0, 10), p.met])).toEqual([
      ['2026-10-25', true],
      ['2026-11-14', true],
      ['2026-11-14', false],
      ['2026-11-24', true],
      ['2026-11-24', true],
    ]);
    const weeks = communityHistory([], NOW, 'UTC', judged).weeks;
    const byStart = new Map(weeks.map((w) => [w.start, w] as const));
    expect(byStart.get('2026-10-19')).toMatchObject({ pairs: 1, pairsMet: 1 });
    expect(byStart.get('2026-11-09')).toMatchObject({ pairs: 2, pairsMet: 1 });
    expect(metRate(byStart.get('2026-11-09')!)).toBe(0.5);
    expect(byStart.get('2026-11-23')).toMatchObject({ pairs: 2, pairsMet: 2 });
    expect(weeks.filter((w) => w.pairs === 0).every((w) => metRate(w) === null)).toBe(true);
    // The 28-day figure: the four pairs judged since 2 Nov, three of whom met.
    expect(healthFigures([], rounds, NOW, { meetings })).toMatchObject({ pairs: 4, pairsMet: 3, metRate: 0.75 });
  });

  it('GIVEN a pair made less than 14 days ago WHEN judged THEN it is in no week yet, even if they already met', () => {
    const judged = judgedPairs([held(5, [ben], [said(ben, true)], ana)], [round(6, [[ana, ben]])], NOW);
    expect(judged).toEqual([]);
    expect(communityHistory([], NOW, 'UTC', judged).weeks.every((w) => w.pairs === 0)).toBe(true);
  });
});
