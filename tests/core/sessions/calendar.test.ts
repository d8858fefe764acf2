import ical from 'node-ical';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Harness, runner } from '../../support/harness.js';
import { createSession, notification } from './helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => h.assertNoCoordinatesLeaked());

/** iCalendar folds long lines at 75 octets: unfold before reading. */
const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, '');

describe('calendar files', () => {
  it('GIVEN a session WHEN I ask for its calendar file THEN I get an .ics with its title, its zone\'s start, its end and the place name only', async () => {
    const host = await runner(h, 'Hana');
    const s = await createSession(h, host, 'activity: running when: tomorrow 7am place: 52.52, 13.46 title: Sunrise 10k duration: 90 min');
    const out = await host.run('calendar', s.id);
    expect(out.outcome, host.text()).toBe('ok');
    const file = out.replies[0]!.file!;
    expect(file).toMatchObject({ name: 'Sunrise-10k.ics', mime: 'text/calendar' });
    const ics = unfold(file.content);
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('SUMMARY:Sunrise 10k');
    expect(ics).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Berlin/);
    expect(ics).toContain('DTSTART;TZID=Europe/Berlin:20261122T070000');
    expect(ics).toContain('DTEND;TZID=Europe/Berlin:20261122T083000');
    expect(ics).toContain(`UID:${s.id}@spotter`);
    expect(ics).toMatch(/LOCATION:Berlin\\, DE/);
    expect(ics).toMatch(/You host this session/);
    expect(ics).not.toMatch(/52\.52|13\.46/);
    // A one-off session has no rule of its own (the zone's DST rules live in its VTIMEZONE).
    expect(ics.slice(ics.indexOf('BEGIN:VEVENT'))).not.toContain('RRULE');
  });

  it('GIVEN sessions I host and joined, one cancelled WHEN I ask for all of mine THEN one file holds them all, the cancelled one marked so', async () => {
    const ana = await runner(h, 'Ana');
    const host = await runner(h, 'Hana');
    await createSession(h, ana, 'activity: running when: tomorrow 7am place: Berlin, DE title: Mine');
    const theirs = await createSession(h, host, 'activity: yoga when: mon 18:00 place: Berlin, DE title: Theirs');
    const dropped = await createSession(h, ana, 'activity: running when: tue 7am place: Berlin, DE title: Dropped');
    await ana.run('join', theirs.id);
    await host.press(host.button('Accept', [notification(host, /wants to join/)]));
    await ana.run('session-cancel', dropped.id);
    await ana.run('my-sessions');
    await ana.press(ana.button('Add all to calendar'));
    const ics = unfold(ana.last!.replies[0]!.file!.content);
    expect(ana.last!.replies[0]!.file!.name).toBe('spotter-sessions.ics');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(ics).toContain('SUMMARY:Mine');
    expect(ics).toContain('SUMMARY:Theirs');
    expect(ics).toMatch(/SUMMARY:Cancelled: Dropped\r\n(?:[^\r\n]*\r\n)*?STATUS:CANCELLED/);
  });

  it('GIVEN no upcoming sessions WHEN I ask for my calendar THEN I am told there is nothing to export', async () => {
    const ana = await runner(h, 'Ana');
    const out = await ana.run('calendar');
    expect(out.outcome).toBe('user-error');
    expect(ana.text()).toMatch(/no upcoming sessions/);
  });

  it('GIVEN a weekly Tuesday 18:00 session in Berlin across the spring DST change WHEN a participant saves it THEN the file holds one weekly series that stays at 18:00 Berlin time', async () => {
    h.now = new Date('2027-03-20T12:00:00Z');
    const host = await runner(h, 'Hana');
    const s = await createSession(h, host, 'activity: running when: 2027-03-23 18:00 place: Tiergarten, Berlin capacity: 4 weekly: yes title: Evening loop');
    const ana = await runner(h, 'Ana');
    await ana.run('calendar', s.id);
    const file = ana.last!.replies[0]!.file!;
    expect(file.name).toBe('Evening-loop.ics');
    const text = unfold(file.content);
    expect(text).toMatch(/RRULE:FREQ=WEEKLY/);
    expect(text).toMatch(/Host: Hana/);
    expect(text).toMatch(/You don't have a seat yet/);
    const events = Object.values(ical.sync.parseICS(file.content)).filter((c) => c?.type === 'VEVENT') as ical.VEvent[];
    expect(events).toHaveLength(1);
    const weeks = events[0]!.rrule!.between(new Date('2027-03-22T00:00:00Z'), new Date('2027-04-07T00:00:00Z'), true).map((d) => d.toISOString());
    expect(weeks).toEqual(['2027-03-23T17:00:00.000Z', '2027-03-30T16:00:00.000Z', '2027-04-06T16:00:00.000Z']);
  });

  it('GIVEN a session whose place label carries coordinates and a German reader WHEN the file is made THEN only the place name is in it and its words are German', async () => {
    const host = await runner(h, 'Hana');
    const s = await createSession(h, host, 'activity: running when: tomorrow 7am place: Berlin, DE title: Läufer am Morgen');
    const ana = await runner(h, 'Ana');
    await ana.run('language', 'de');
    await ana.run('join', s.id);
    await host.press(host.button('Accept', [notification(host, /wants to join/)]));
    await ana.run('calendar', s.id);
    const file = ana.last!.replies[0]!.file!;
    expect(file.name).toBe('Läufer-am-Morgen.ics');
    const text = unfold(file.content);
    expect(text).toMatch(/Du hast einen Platz|Platz/);
    expect(text).not.toMatch(/52\.5|13\.4/);
  });
});
