import ical from 'node-ical';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalePolicy } from '../../src/i18n/locale-policy.js';
import { calendarRoute } from '../../src/ops/calendar-route.js';
import { OpsServer } from '../../src/ops/http.js';
import { feedReader } from '../../src/views/calendar-feed.js';
import { Harness, runner } from '../support/harness.js';
import { hostedBy } from '../core/sessions/helpers.js';
import { silentLogger } from '../../src/logger.js';

/**
 * The live calendar feed (#14 point 3), fetched over HTTP from the ops server and read by an
 * iCalendar parser as a calendar app would.
 */
let ops: OpsServer | null = null;
afterEach(async () => {
  await ops?.close();
  ops = null;
});

/** A harness whose feed addresses point at a real ops server serving its feeds. */
async function world(now: Date) {
  ops = new OpsServer(() => [], null, silentLogger());
  const port = await ops.listen(0);
  const h = await Harness.create({ now, settings: { feedBaseUrl: `http://127.0.0.1:${port}` } });
  ops.mount(calendarRoute(feedReader(h.core, new LocalePolicy())));
  return h;
}

const addressIn = (text: string): string => /http:\/\/127\.0\.0\.1:\d+\/calendar\/[A-Za-z0-9_-]+\.ics/.exec(text)?.[0] ?? '';

describe('the calendar feed', () => {
  it('GIVEN a weekly 18:00 session in Berlin across the spring DST change WHEN the host subscribes THEN each week is at 18:00 Berlin time: 17:00 UTC before, 16:00 UTC after', async () => {
    const h = await world(new Date('2027-03-20T12:00:00Z'));
    const ana = await runner(h, 'Ana');
    await ana.run('session-create', 'activity: running when: 2027-03-23 18:00 place: Tiergarten, Berlin capacity: 4 weekly: yes title: Evening loop');
    expect(ana.last?.outcome).toBe('ok');
    await ana.run('calendar-feed');
    const url = addressIn(ana.text());
    expect(url).not.toBe('');

    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = await res.text();
    // The feed as a calendar app gets it (the closing note of #14 quotes it).
    console.log(`calendar feed as served:\n${text}`);
    expect(text).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Berlin/);
    expect(text).toMatch(/DTSTART;TZID=Europe\/Berlin:20270323T180000/);
    expect(text).toMatch(/RRULE:FREQ=WEEKLY/);
    expect(text).toMatch(/SEQUENCE:\d+/);
    expect(text).toMatch(/LAST-MODIFIED:/);

    const events = Object.values(ical.sync.parseICS(text)).filter((c) => c?.type === 'VEVENT') as ical.VEvent[];
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event!.summary).toBe('Evening loop');
    expect(event!.location).toMatch(/^Tiergarten/);
    const weeks = event!.rrule!.between(new Date('2027-03-22T00:00:00Z'), new Date('2027-04-07T00:00:00Z'), true).map((d) => d.toISOString());
    expect(weeks).toEqual(['2027-03-23T17:00:00.000Z', '2027-03-30T16:00:00.000Z', '2027-04-06T16:00:00.000Z']);
  });

  it('GIVEN a join request still waiting and a session of my own THEN the request is tentative, mine confirmed, and nothing locates anyone or names a platform account', async () => {
    const h = await world(new Date('2027-03-20T12:00:00Z'));
    const ana = await runner(h, 'Ana');
    const ben = await runner(h, 'Ben');
    await ana.run('session-create', 'activity: running when: 2027-03-23 18:00 place: Tiergarten, Berlin capacity: 4 title: Ana run');
    await ben.run('session-create', 'activity: running when: 2027-03-24 07:00 place: Tiergarten, Berlin capacity: 4 title: Ben run');
    const [anas] = await hostedBy(h, ana);
    await ben.run('join', anas!.id);
    expect(ben.text()).toMatch(/request|asked/i);
    await ben.run('calendar-feed');
    const text = await (await fetch(addressIn(ben.text()))).text();
    const events = (Object.values(ical.sync.parseICS(text)).filter((c) => c?.type === 'VEVENT') as ical.VEvent[]).map((e) => [e.summary, e.status]);
    expect(events).toContainEqual(['Ben run', 'CONFIRMED']);
    expect(events.some(([summary, status]) => /Ana run/.test(String(summary)) && status === 'TENTATIVE')).toBe(true);
    expect(text).not.toMatch(/52\.\d{3}|13\.\d{3}/);
    expect(text).not.toMatch(/console:|discord:|telegram:/);
  });

  it('GIVEN a feed WHEN it is reset THEN the old address is 404 and the new one works; WHEN turned off THEN 404 too', async () => {
    const h = await world(new Date('2027-03-20T12:00:00Z'));
    const ana = await runner(h, 'Ana');
    await ana.run('calendar-feed');
    const first = addressIn(ana.text());
    expect((await fetch(first)).status).toBe(200);
    await ana.run('calendar-feed');
    expect(ana.text()).toMatch(/can't show it again/);
    await ana.press(ana.button('New address'));
    const second = addressIn(ana.text());
    expect(second).not.toBe(first);
    expect((await fetch(first)).status).toBe(404);
    expect((await fetch(second)).status).toBe(200);
    await ana.run('calendar-feed', 'off');
    expect((await fetch(second)).status).toBe(404);
    expect((await fetch(`${new URL(second).origin}/calendar/nonsense.ics`)).status).toBe(404);
  });
});
