import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionId } from '../../../src/domain/ids.js';
import { type Actor, Harness, runner, textOf } from '../../support/harness.js';
import { expectPng } from '../../support/png.js';
import { createSession, notification } from '../sessions/helpers.js';

const C = 'c';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => h.assertNoCoordinatesLeaked());

/** `a` asks `b` to be buddies and `b` accepts from the notification. */
async function befriend(a: Actor, b: Actor): Promise<void> {
  await a.run('connect', await b.id());
  expect(a.last?.outcome, a.text()).toBe('ok');
  await b.press(b.button('Accept', [b.lastInbox()]));
  expect(b.last?.outcome, b.text()).toBe('ok');
}

/**
 * On Saturday 21 Nov Ben becomes buddies with Hana and with Cy. Hana hosts a session the next
 * morning: Ben comes, Cy misses it. Hana and Ben met within 14 days; Ben and Cy did not.
 */
async function twoNewPairsOneMet(): Promise<void> {
  const hana = await runner(h, 'Hana', { community: C });
  const ben = await runner(h, 'Ben', { community: C });
  const cy = await runner(h, 'Cy', { community: C });
  await befriend(ben, hana);
  await befriend(ben, cy);
  const s = await createSession(h, hana, 'activity: yoga when: tomorrow 7am place: Berlin, DE capacity: 4');
  for (const p of [ben, cy]) {
    await p.run('join', s.id);
    await hana.press(hana.button('Accept', [notification(hana, new RegExp(`\\*\\*${p.name}\\*\\* .*wants to join`))]));
  }
  h.advance(20 * HOUR);
  await h.core.sessions.completeSession(s.id as SessionId);
  await h.core.sessions.sendCheckIns(s.id as SessionId);
  await ben.press(ben.button('I was there', [notification(ben, /Did you make it/)]));
  await cy.press(cy.button('I missed it', [notification(cy, /Did you make it/)]));
}

describe('/community-stats says the met rate week by week', () => {
  it('GIVEN two new pairs, one of whom trained together, WHEN their 14 days have ended THEN the moderator reads 50% in the week they ended, in the text and the alt text alike', async () => {
    await twoNewPairsOneMet();
    // Monday 7 Dec: the pairs' 14 days ended on Saturday 5 Dec, last week.
    h.advance(16 * DAY - 20 * HOUR);
    const mod = h.person('Mia', { community: C, admin: true });
    await mod.run('community-stats');
    const [reply] = mod.last!.replies;
    const line = /Met rate \(new pairs who trained together within 14 days, by the week those days ended\): (–, ){10}50%, – \(50% overall\)/;
    expect(textOf(reply!)).toMatch(line);
    expect(reply!.image!.alt).toMatch(line);
    expectPng(reply!.image!.png);
    // The 28-day figure counts the same two pairs.
    expect(textOf(reply!)).toContain('New pairs who trained together within 14 days: 50% (1 of 2)');
  });

  it('GIVEN the pairs are not 14 days old yet WHEN the moderator looks THEN no week has a met rate to show, rather than 0%', async () => {
    await twoNewPairsOneMet();
    const mod = h.person('Mia', { community: C, admin: true });
    await mod.run('community-stats');
    expect(textOf(mod.last!.replies[0]!)).toMatch(/Met rate \(.*\): (–, ){11}– \(– overall\)/);
  });

  it('GIVEN a German-speaking moderator WHEN the pairs have been judged THEN the weekly met rate is said in German', async () => {
    await twoNewPairsOneMet();
    h.advance(16 * DAY - 20 * HOUR);
    const mod = h.person('Mia', { community: C, admin: true, locale: 'de' });
    await mod.run('community-stats');
    const [reply] = mod.last!.replies;
    const line = /Treffquote \(neue Paare, die innerhalb von 14 Tagen zusammen trainiert haben, nach der Woche, in der diese Tage endeten\): (–, ){10}50\s?%, – \(50\s?% insgesamt\)/;
    expect(textOf(reply!)).toMatch(line);
    expect(reply!.image!.alt).toMatch(line);
  });
});
