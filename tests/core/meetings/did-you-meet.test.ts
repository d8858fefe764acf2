import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JOB } from '../../../jobs/index.js';
import type { CommunityId, ConnectionId } from '../../../src/domain/ids.js';
import { sourceKey } from '../../../src/domain/meeting.js';
import { makeSession } from '../../support/fixtures.js';
import { textOf } from '../../support/harness.js';
import { buddies, type MeetActor, MeetWorld } from './world.js';

const QUESTION = /Did you two train together\?/;

let w: MeetWorld;
let ana: MeetActor;
let ben: MeetActor;
beforeEach(async () => {
  w = await MeetWorld.create(new Date('2026-11-02T10:00:00Z'));
  ana = await w.person('Ana');
  ben = await w.person('Ben', 'America/New_York');
});
afterEach(() => w.close());

/** The latest "did you two train together?" a person got. */
const question = (who: MeetActor) => {
  const q = who.notifications(QUESTION).at(-1);
  if (!q) throw new Error(`${who.name} was not asked`);
  return q;
};

describe('did you two train together? a week after connecting', () => {
  it('GIVEN Ana and Ben became buddies WHEN a week passes THEN each is asked privately, with Yes / Not yet / It didn\'t work out, not a minute before', async () => {
    await buddies(w, ana, ben);
    const [planned] = await w.jobs.jobs(JOB.meetingQuestion);
    expect(planned?.at).toBe('2026-11-09T10:00:00.000Z');

    await w.until('2026-11-09T09:59:00Z');
    expect(ana.notifications(QUESTION)).toEqual([]);

    await w.until('2026-11-09T10:00:00Z');
    const toAna = question(ana);
    const toBen = question(ben);
    expect(toAna.visibility).toBe('private');
    expect(textOf(toAna)).toMatch(/You and \*\*Ben\*\* became buddies a week ago/);
    expect(textOf(toBen)).toMatch(/You and \*\*Ana\*\* became buddies a week ago/);
    expect((toAna.buttons ?? []).flat().map((b) => b.label)).toEqual(['Yes', 'Not yet', "It didn't work out"]);

    // Nothing more is planned, and living on asks nobody again.
    await w.days(30);
    expect(ana.notifications(QUESTION)).toHaveLength(1);
    expect(ben.notifications(QUESTION)).toHaveLength(1);
  });

  it('GIVEN both were asked WHEN both say yes THEN the second is told their buddy streak started, and /buddies shows it for both', async () => {
    await buddies(w, ana, ben);
    await w.days(7);
    await ana.press(ana.button(question(ana), 'Yes'));
    expect(ana.text()).toMatch(/Great, thanks!/);
    await ben.press(ben.button(question(ben), 'Yes'));
    expect(ben.text()).toMatch(/You both said yes: your buddy streak with \*\*Ana\*\* has started/);

    await ana.run('buddies');
    expect(ana.text()).toMatch(/Ben[^\n]*\n\s+🔥 1 week in a row \(best 1\)/);
    await ben.run('buddies');
    expect(ben.text()).toMatch(/🔥 1 week in a row \(best 1\)/);
  });

  it('GIVEN an answered question WHEN a button of it is pressed again THEN it counts once', async () => {
    await buddies(w, ana, ben);
    await w.days(7);
    await ana.press(ana.button(question(ana), 'Yes'));
    const again = await ana.press(ana.button(question(ana), "It didn't work out"));
    expect(again.outcome).toBe('user-error');
    expect(ana.text()).toMatch(/already answered/);
    expect(await w.store.connections.findPair(await ana.id(), await ben.id())).not.toBeNull();
  });

  it('GIVEN "not yet" WHEN another week passes THEN they are asked once more, told it is the last time; a second "not yet" ends the asking', async () => {
    await buddies(w, ana, ben);
    await w.days(7);
    await ana.press(ana.button(question(ana), 'Not yet'));
    expect(ana.text()).toMatch(/I'll ask once more in 7 days/);

    await w.days(6);
    expect(ana.notifications(QUESTION)).toHaveLength(1);
    await w.days(1);
    const second = ana.notifications(QUESTION);
    expect(second).toHaveLength(2);
    expect(textOf(second[1]!)).toMatch(/this is the last time/);
    // Ben, who never answered, is not asked again.
    expect(ben.notifications(QUESTION)).toHaveLength(1);

    await ana.press(ana.button(second[1]!, 'Not yet'));
    expect(ana.text()).toMatch(/I won't ask again/);
    await w.days(30);
    expect(ana.notifications(QUESTION)).toHaveLength(2);
    expect(await w.jobs.jobs(JOB.meetingAskAgain)).toEqual([]);
  });

  it('GIVEN "it didn\'t work out" WHEN Ana presses it THEN the connection ends quietly: Ben is told nothing and no longer sees her as a buddy', async () => {
    await buddies(w, ana, ben);
    await w.days(7);
    await ben.press(ben.button(question(ben), 'Not yet'));
    const benInbox = ben.inbox().length;

    await ana.press(ana.button(question(ana), "It didn't work out"));
    expect(ana.text()).toMatch(/You and \*\*Ben\*\* are no longer buddies\. Nothing is sent to them\./);
    expect(await w.store.connections.findPair(await ana.id(), await ben.id())).toBeNull();

    // Ben hears nothing now, nor a week later when he would have been asked again.
    await w.days(14);
    expect(ben.inbox()).toHaveLength(benInbox);
    await ben.run('buddies');
    expect(ben.text()).not.toMatch(/Ana/);
    await ana.run('buddies');
    expect(ana.text()).not.toMatch(/Ben/);
  });

  it('GIVEN buddies who disconnect within the week WHEN the week is over THEN nobody is asked', async () => {
    await buddies(w, ana, ben);
    await w.days(3);
    await ana.run('disconnect', await ben.id());
    expect(ana.last?.outcome).toBe('ok');
    await w.days(10);
    expect(ana.notifications(QUESTION)).toEqual([]);
    expect(ben.notifications(QUESTION)).toEqual([]);
  });
});

describe('asked by another part (a pairing round)', () => {
  it('GIVEN a trio at the end of a round WHEN the core asks them THEN each of three is asked about the other two, once, and the answers are read back by source', async () => {
    const cy = await w.person('Cy');
    const ids = [await ana.id(), await ben.id(), await cy.id()];
    const round = { kind: 'round' as const, communityId: 'club' as CommunityId, roundId: '2026-W45' };
    expect(await w.jobs.core.meetings.ask(round, ids)).toBe(3);
    // A second call (a retried round end) asks nobody twice.
    expect(await w.jobs.core.meetings.ask(round, ids)).toBe(0);
    await w.jobs.tick();
    const toCy = cy.notifications(/Did you three train together\?/);
    expect(toCy).toHaveLength(1);
    expect(textOf(toCy[0]!)).toMatch(/The pairing round with \*\*Ana\*\* and \*\*Ben\*\* has ended/);

    await cy.press(cy.button(toCy[0]!, 'Yes'));
    await ana.press(ana.button(ana.notifications(/three/).at(-1)!, "It didn't work out"));
    expect(ana.text()).toMatch(/Thanks for telling me\. Try \/match/);
    const answers = await w.jobs.core.meetings.answersOf(round);
    expect(answers.map((a) => [a.personId, a.answer])).toEqual(
      [
        [ids[0], 'no'],
        [ids[1], null],
        [ids[2], 'yes'],
      ].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
    );
    expect(answers[0]!.sourceKey).toBe(sourceKey(round));
  });

  it('GIVEN a round pair WHEN both say they met THEN each is counted once as having shown up; a lone yes counts nothing, and a meeting a shared session already counted is not counted twice', async () => {
    const attended = async (who: MeetActor) => (await who.profile()).attendance.attended;
    const round = { kind: 'round' as const, communityId: 'club' as CommunityId, roundId: 'round-pair-1' };
    await w.jobs.core.meetings.ask(round, [await ana.id(), await ben.id()]);
    await w.jobs.tick();
    await ana.press(ana.button(ana.notifications(/Did you two train together\?/).at(-1)!, 'Yes'));
    expect(await attended(ana)).toBe(0);
    await ben.press(ben.button(ben.notifications(/Did you two train together\?/).at(-1)!, 'Yes'));
    expect([await attended(ana), await attended(ben)]).toEqual([1, 1]);

    // Another round: they trained at a session Ana hosted, which Ben checked into: already counted.
    const again = { kind: 'round' as const, communityId: 'club' as CommunityId, roundId: 'round-pair-2' };
    const s = makeSession(await ana.id(), { startsAt: new Date(w.jobs.now.getTime() - 3_600_000), status: 'completed', capacity: 1, participants: [await ben.id()], checkIns: [{ personId: await ben.id(), attended: true, at: w.jobs.now }] });
    await w.store.sessions.insert(s);
    await w.jobs.core.meetings.ask(again, [await ana.id(), await ben.id()]);
    await w.jobs.tick();
    await ana.press(ana.button(ana.notifications(/Did you two train together\?/).at(-1)!, 'Yes'));
    await ben.press(ben.button(ben.notifications(/Did you two train together\?/).at(-1)!, 'Yes'));
    expect([await attended(ana), await attended(ben)]).toEqual([1, 1]);
  });

  it('GIVEN four people, or a pair of whom one left Spotter WHEN the core is asked to ask them THEN nobody is asked', async () => {
    const [cy, dee] = [await w.person('Cy'), await w.person('Dee')];
    const round = { kind: 'round' as const, communityId: 'club' as CommunityId, roundId: '2026-W46' };
    expect(await w.jobs.core.meetings.ask(round, [await ana.id(), await ben.id(), await cy.id(), await dee.id()])).toBe(0);
    const deeId = await dee.id();
    await w.store.erasePerson(deeId, w.jobs.now);
    expect(await w.jobs.core.meetings.ask(round, [await cy.id(), deeId])).toBe(0);
    expect(await w.jobs.core.meetings.answersOf(round)).toEqual([]);
  });

  it('GIVEN a connection id that does not exist WHEN its question job runs THEN nobody is asked and the job finishes', async () => {
    const run = await w.jobs.scheduler.run(JOB.meetingQuestion, { connectionId: 'gone-connection' as ConnectionId });
    expect(run.error).toBeNull();
    expect(w.jobs.sent).toEqual([]);
  });
});
