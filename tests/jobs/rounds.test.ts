import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JOB } from '../../jobs/index.js';
import type { CommunityId } from '../../src/domain/ids.js';
import { communityKey } from '../../src/domain/platform.js';
import type { Profile } from '../../src/domain/profile.js';
import { pairsOf } from '../../src/domain/rounds.js';
import { Dispatcher, type Outcome } from '../../src/interaction/dispatcher.js';
import type { Invocation } from '../../src/interaction/command.js';
import type { Reply } from '../../src/interaction/reply.js';
import { silentLogger } from '../../src/logger.js';
import { FRIEDRICHSHAIN } from '../support/fixtures.js';
import { testRegistry } from '../support/harness.js';
import { JobsHarness, textOf } from './support.js';

/**
 * Weekly pairing rounds, lived through: the command layer (as every adapter drives it) on the
 * production scheduler with a hand-moved clock, on the in-memory store, across the October
 * change from summer to winter time in Berlin.
 */

const CLUB = 'club';
const EVENINGS = [1, 2, 3, 4, 5].map((day) => ({ day: day as 1, start: 18 * 60, end: 21 * 60 }));
const berlin = (d: Date) => DateTime.fromJSDate(d, { zone: 'Europe/Berlin' }).toFormat('ccc dd HH:mm ZZZZ');

let h: JobsHarness;
let dispatcher: Dispatcher;
afterEach(async () => {
  await h.close();
});

async function as(p: Profile, command: string, values: Record<string, unknown> = {}, admin = false): Promise<Outcome> {
  const invocation: Invocation = {
    platform: 'console',
    user: { key: p.identities[0]!, displayName: p.displayName },
    locale: 'en',
    community: { key: communityKey('console', CLUB), name: 'Club', roleIds: [], isAdmin: admin },
  };
  return dispatcher.handle(invocation, { kind: 'options', command, values });
}
const said = (o: Outcome) => o.replies.map(textOf).join('\n');
const intros = (inbox: Reply[]) => inbox.filter((r) => /training (buddy|trio) this week/.test(r.title ?? ''));
const nudges = (inbox: Reply[]) => inbox.filter((r) => r.title === 'Nothing planned yet?');

async function communityId(): Promise<CommunityId> {
  return (await h.store.communities.getByKey(communityKey('console', CLUB)))!.id;
}

describe('/rounds: weekly pairing rounds on the community clock', () => {
  let mod: Profile;
  let members: Profile[];
  beforeEach(async () => {
    // Wednesday 14 October 2026, Berlin summer time (UTC+2).
    h = new JobsHarness({ now: new Date('2026-10-14T10:00:00Z') });
    dispatcher = new Dispatcher(await testRegistry(), h.core, silentLogger());
    mod = await h.person({ displayName: 'Mo' });
    members = [];
    for (const name of ['Ana', 'Ben', 'Cem', 'Dora']) members.push(await h.person({ displayName: name, availability: EVENINGS, at: name === 'Dora' ? FRIEDRICHSHAIN : undefined }));
  });

  it('GIVEN Sunday 09:00 Berlin rounds WHEN the clocks go back between two rounds THEN each round starts at 09:00 on the wall clock, intros reach everyone, nobody meets the same person twice, and the figures follow', async () => {
    const setup = await as(mod, 'rounds-setup', { weekday: 'sun', hour: 9, timezone: 'Europe/Berlin' }, true);
    expect(said(setup)).toMatch(/Pairing rounds are on: Sundays at 09:00 \(Europe\/Berlin\)/);
    for (const m of members) expect(said(await as(m, 'rounds-join'))).toMatch(/You're in!/);
    expect(said(await as(members[0]!, 'rounds-join'))).toMatch(/already in/);

    // The first round: Sunday 18 October, 09:00 summer time = 07:00 UTC.
    expect((await h.jobs(JOB.roundRun)).map((j) => j.at)).toEqual(['2026-10-18T07:00:00.000Z']);
    await h.until('2026-10-18T07:30:00Z');
    const first = (await h.store.rounds.recent(await communityId(), 1))[0]!;
    expect(berlin(first.startedAt)).toBe('Sun 18 09:00 GMT+2');
    expect(first.groups).toHaveLength(2);
    for (const m of members) {
      const got = intros(h.inbox(m));
      expect(got, m.displayName).toHaveLength(1);
      expect(textOf(got[0]!)).toMatch(/both run/);
      expect(got[0]!.buttons?.flat().map((b) => b.label)[0]).toMatch(/^Find a time with /);
    }
    // The button names /plan with the partner: a stored action, command `plan`, argument `person`.
    const anaButton = intros(h.inbox(members[0]!))[0]!.buttons![0]![0]!;
    const action = await h.store.actions.get(anaButton.action, h.now);
    const anaPartner = first.groups.find((g) => g.people.includes(members[0]!.id))!.people.find((id) => id !== members[0]!.id)!;
    expect(action).toMatchObject({ actorId: members[0]!.id, command: 'plan', args: { person: anaPartner } });
    // Pressed, it runs /plan with the partner: the times both are free (weekday evenings) this week.
    const pressed = await dispatcher.handle(
      { platform: 'console', user: { key: members[0]!.identities[0]!, displayName: 'Ana' }, locale: 'en', community: null },
      { kind: 'action', id: anaButton.action },
    );
    expect(pressed.outcome).toBe('ok');
    expect(said(pressed)).toMatch(/Times for you and \w+\nThe 3 best times/);
    // The next round is planned for Sunday 25 October, 09:00 WINTER time = 08:00 UTC.
    expect((await h.jobs(JOB.roundRun)).map((j) => j.at)).toEqual(['2026-10-25T08:00:00.000Z']);
    expect((await h.jobs(JOB.roundNudge)).map((j) => j.at)).toEqual(['2026-10-21T07:00:00.000Z']);

    // Ana and her partner plan a session; the other pair does nothing.
    const session = await h.session(members[0]!.id, { participants: [anaPartner], startsAt: new Date('2026-10-20T16:00:00Z'), createdAt: h.now });
    await h.until('2026-10-21T08:00:00Z');
    const nudged = members.filter((m) => nudges(h.inbox(m)).length > 0).map((m) => m.id);
    expect(nudged.sort()).toEqual(first.groups.find((g) => !g.people.includes(members[0]!.id))!.people.slice().sort());
    // They came (check-ins), so the round's figures count them as met.
    await h.store.sessions.addCheckIn(session.id, { personId: anaPartner, attended: true, at: h.now });
    await h.store.sessions.transition(session.id, ['open', 'full'], 'completed', h.now);
    const status = said(await as(mod, 'rounds-status', {}, true));
    expect(status).toMatch(/2026-10-18: 4 paired in 2 groups · 1 planned · 1 met/);

    // The second round, after the clocks went back: it also ends the first.
    await h.until('2026-10-25T08:30:00Z');
    const rounds = await h.store.rounds.recent(await communityId(), 2);
    expect(rounds).toHaveLength(2);
    const second = rounds[0]!;
    expect(berlin(second.startedAt)).toBe('Sun 25 09:00 GMT+1');
    expect((await h.store.rounds.get(first.id))?.endedAt).toEqual(second.startedAt);
    // The first round's end asked each of its people "did you two train together?" (the meetings part).
    for (const m of members) expect(h.inbox(m).filter((r) => r.title === "Did you two train together?").length, m.displayName).toBe(1);
    const before = new Set(pairsOf(first.groups).map(([a, b]) => [a, b].sort().join('|')));
    for (const [a, b] of pairsOf(second.groups)) expect(before.has([a, b].sort().join('|'))).toBe(false);
    for (const m of members) expect(intros(h.inbox(m)), m.displayName).toHaveLength(2);
    expect((await h.jobs(JOB.roundRun)).map((j) => j.at)).toEqual(['2026-11-01T08:00:00.000Z']);
  });

  it('GIVEN five members, one skipping WHEN the round runs THEN the skipper is left out once and the other four are paired; next week they are back', async () => {
    const eve = await h.person({ displayName: 'Eve', availability: EVENINGS });
    await as(mod, 'rounds-setup', { weekday: 'sun', hour: 9, timezone: 'Europe/Berlin' }, true);
    for (const m of [...members, eve]) await as(m, 'rounds-join');
    expect(said(await as(eve, 'rounds-skip'))).toMatch(/sit out the round of/);
    await h.until('2026-10-18T07:30:00Z');
    const [first] = await h.store.rounds.recent(await communityId(), 1);
    expect(first!.groups.flatMap((g) => g.people)).not.toContain(eve.id);
    expect(intros(h.inbox(eve))).toHaveLength(0);
    expect((await h.store.rounds.config(await communityId()))?.skipping).toEqual([]);
    await h.until('2026-10-25T08:30:00Z');
    const [second] = await h.store.rounds.recent(await communityId(), 1);
    // Five people: two pairs and one of them a trio, or a pair and someone with priority next week.
    expect([...second!.groups.flatMap((g) => g.people), ...second!.unpaired].sort()).toEqual([...members, eve].map((m) => m.id).sort());
    expect(intros(h.inbox(eve))).toHaveLength(1);
  });

  it('GIVEN a member who is not a moderator WHEN they try /rounds setup THEN refused; /rounds status shows them the schedule without figures', async () => {
    expect(said(await as(members[0]!, 'rounds-setup', { weekday: 'mon', hour: 7 }))).not.toMatch(/Pairing rounds are on/);
    await as(mod, 'rounds-setup', { weekday: 'mon', hour: 7, timezone: 'Europe/Berlin' }, true);
    await as(members[0]!, 'rounds-join');
    const status = said(await as(members[0]!, 'rounds-status'));
    expect(status).toMatch(/On: Mondays at 07:00 \(Europe\/Berlin\)/);
    expect(status).toMatch(/You're in\./);
    expect(status).not.toMatch(/Last rounds/);
    expect(said(await as(members[0]!, 'rounds-leave'))).toMatch(/left the pairing rounds/);
    expect(said(await as(mod, 'rounds-setup', { state: 'off' }, true))).toMatch(/Pairing rounds are off/);
    expect(await h.jobs(JOB.roundRun)).toEqual([]);
  });

  it('GIVEN rounds on running WHEN a moderator sets up again without an activity, then clears it THEN running stays, then any shared activity counts again', async () => {
    await as(mod, 'rounds-setup', { weekday: 'mon', hour: 7, timezone: 'Europe/Berlin', activity: 'running' }, true);
    const config = async () => h.store.rounds.config(await communityId());
    expect((await config())?.activity).toBe('running');
    await as(mod, 'rounds-setup', { hour: 8 }, true);
    expect((await config())?.activity).toBe('running');
    await as(mod, 'rounds-setup', { clear: 'activity' }, true);
    expect((await config())?.activity).toBeNull();
    expect((await config())?.hour).toBe(8);
  });
});
