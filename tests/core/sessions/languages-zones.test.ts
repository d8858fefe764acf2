import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatTimeTags } from '../../../src/interaction/render-text.js';
import type { Reply } from '../../../src/interaction/reply.js';
import { type Actor, Harness, runner, textOf } from '../../support/harness.js';
import { communityId, createSession, notification } from './helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => h.assertNoCoordinatesLeaked());

/** A member set up like `runner`, whose platform reports `locale` ("de", "ru-RU") with every event. */
async function speaker(name: string, locale: string, place = 'Berlin, DE'): Promise<Actor> {
  const a = h.person(name, { locale });
  for (const [command, text] of [
    ['set-location', place],
    ['set-activities', 'running'],
    ['set-level', 'intermediate'],
    ['set-radius', '15'],
  ] as const) {
    const out = await a.run(command, text);
    expect(out.outcome, a.text()).toBe('ok');
  }
  return a;
}

/** The reply as the terminal shows it: every time tag in the reply's own zone. */
const shown = (r: Reply): string => formatTimeTags(textOf(r), r.zone, h.now, r.lang);

describe('session notifications in the recipient’s own zone', () => {
  it('GIVEN a host in Berlin and a participant in New York WHEN the participant is waitlisted, moved up, told of a change and of a cancellation THEN each notice shows New York time', async () => {
    const hana = await runner(h, 'Hana');
    const ben = await runner(h, 'Ben');
    const nia = await runner(h, 'Nia', { place: '40.7128, -74.0060' });
    expect((await nia.profile()).timeZone).toBe('America/New_York');
    const s = await createSession(h, hana, 'activity: running when: tomorrow 7am place: Berlin, DE capacity: 1');

    // Ben takes the only seat; Nia is accepted onto the waitlist.
    await ben.run('join', s.id);
    await hana.press(hana.button('Accept', [notification(hana, /\*\*Ben\*\*.*wants to join/)]));
    await nia.run('join', s.id);
    const request = notification(hana, /\*\*Nia\*\*.*wants to join/);
    expect(request.zone).toBe('Europe/Berlin');
    await hana.press(hana.button('Accept', [request]));
    // Ben leaves: Nia moves up. Hana moves the time, then calls it off.
    await ben.run('leave', s.id);
    expect(notification(hana, /left/).zone).toBe('Europe/Berlin');
    await hana.run('session-edit', `${s.id} when: tomorrow 8am`);
    await hana.run('session-cancel', `${s.id} reason: rain`);

    // The session's own notices (the session chat's welcome and seat news are its own story).
    const inbox = nia.inbox().filter((r) => !/chat/i.test(textOf(r)));
    const titles = inbox.map((r) => r.title);
    expect(titles).toEqual(expect.arrayContaining(["You're on the waitlist", "You're in", 'Session changed', 'Session cancelled']));
    for (const r of inbox) {
      expect(r.zone, textOf(r)).toBe('America/New_York');
      expect(shown(r)).toMatch(/\(EST\)/);
      expect(shown(r)).not.toMatch(/UTC/);
    }
    // 8:00 in Berlin is 2:00 in New York: the change reads in Nia's time.
    expect(shown(notification(nia, /The host changed/))).toMatch(/02:00 \(EST\)/);
  });

  it('GIVEN a participant in New York WHEN the host declines the request THEN the refusal shows New York time', async () => {
    const hana = await runner(h, 'Hana');
    const nia = await runner(h, 'Nia', { place: '40.7128, -74.0060' });
    const s = await createSession(h, hana);
    await nia.run('join', s.id);
    await hana.press(hana.button('Decline', [notification(hana, /wants to join/)]));
    const declined = notification(nia, /can't take you/);
    expect(declined.zone).toBe('America/New_York');
    expect(shown(declined)).toMatch(/\(EST\)/);
  });
});

describe('sessions in the member’s own language', () => {
  it('GIVEN a German-speaking member WHEN they browse, ask to join and are accepted THEN replies and the notification are in German', async () => {
    const hana = await runner(h, 'Hana');
    const s = await createSession(h, hana);
    const jonas = await speaker('Jonas', 'de');

    await jonas.run('sessions');
    expect(jonas.text()).toMatch(/Sessions in deiner Nähe · Seite 1 von 1/);
    expect(jonas.text()).toMatch(/1 von 2 Plätzen frei|2 von 2 Plätzen frei/);
    await jonas.run('join', s.id);
    expect(jonas.text()).toMatch(/Anfrage gesendet/);
    expect(jonas.button('Anfrage zurückziehen')).toBeTruthy();

    // The host reads English; Jonas's level is said in hers.
    expect(textOf(notification(hana, /wants to join/))).toMatch(/\*\*Jonas\*\* \(intermediate · new to Spotter sessions\)/);
    await hana.press(hana.button('Accept', [notification(hana, /wants to join/)]));
    const inside = notification(jonas, /Deine Anfrage wurde angenommen/);
    expect(inside.title).toBe('Du bist dabei');
    expect(textOf(inside)).toMatch(/Deine Anfrage wurde angenommen/);
    expect(inside.buttons!.flat().map((b) => b.label)).toEqual(['Zum Kalender hinzufügen', 'Austragen']);

    await jonas.run('session', s.id);
    expect(jonas.text()).toMatch(/Du bist dabei\./);
    expect(jonas.text()).toMatch(/Wann/);
  });

  it('GIVEN a Russian-speaking participant of an English host’s session WHEN the host cancels it THEN the notice is in Russian', async () => {
    const hana = await runner(h, 'Hana');
    const s = await createSession(h, hana);
    const olga = await speaker('Olga', 'ru-RU');
    await olga.run('join', s.id);
    expect(olga.text()).toMatch(/Заявка отправлена/);
    await hana.press(hana.button('Accept', [notification(hana, /wants to join/)]));
    expect(notification(olga, /принята|участвуете/).title).toBe('Вы участвуете');
    await hana.run('session-cancel', `${s.id} reason: rain`);
    const cancelled = olga.lastInbox();
    expect(cancelled.title).toBe('Тренировка отменена');
    expect(textOf(cancelled)).toMatch(/отменена организатором/);
    expect(textOf(cancelled)).toMatch(/Причина: rain/);
  });

  it('GIVEN a Russian-speaking member WHEN a refusal comes from the core THEN it is said in Russian', async () => {
    const hana = await runner(h, 'Hana');
    const s = await createSession(h, hana);
    const olga = await speaker('Olga', 'ru');
    await olga.run('join', s.id);
    await olga.run('join', s.id);
    expect(olga.text()).toMatch(/Вы уже отправили заявку/);
    await olga.run('session', 'nonexistent-id-123');
    expect(olga.text()).toMatch(/Не могу найти эту тренировку/);
  });

  it('GIVEN a community whose default language is German WHEN a session is announced THEN the post speaks German, whoever created it', async () => {
    const hana = await runner(h, 'Hana', { community: 'berlin-runners' });
    await h.store.communities.updateSettings(await communityId(h, 'berlin-runners'), { language: 'de' });
    // Hana chose English for herself: her reply is English, the community's post German.
    await h.store.people.update(await hana.id(), { language: 'en' }, h.now);
    await createSession(h, hana);
    expect(hana.text()).toMatch(/Session created/);
    const post = h.posts[0]!.reply;
    expect(post.fields!.map((f) => f.name)).toEqual(['Wann', 'Wo', 'Level', 'Plätze']);
    expect(post.buttons!.flat().map((b) => b.label)).toEqual(['Teilnahme anfragen']);
    expect(post.text).toMatch(/Laufen mit \*\*Hana\*\*\./);
  });
});
