import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Harness, runner } from '../../support/harness.js';
import { createSession, notification } from './helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => h.assertNoCoordinatesLeaked());

/** ics folds long lines at 75 octets: unfold before reading. */
const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, '');

describe('calendar files', () => {
  it('GIVEN a session WHEN I ask for its calendar file THEN I get an .ics with its title, UTC start, length and place name', async () => {
    const host = await runner(h, 'Hana');
    const s = await createSession(h, host, 'activity: running when: tomorrow 7am place: 52.52, 13.46 title: Sunrise 10k duration: 90 min');
    const out = await host.run('calendar', s.id);
    expect(out.outcome, host.text()).toBe('ok');
    const file = out.replies[0]!.file!;
    expect(file).toMatchObject({ name: 'Sunrise-10k.ics', mime: 'text/calendar' });
    const ics = unfold(file.content);
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('SUMMARY:Sunrise 10k');
    expect(ics).toContain('DTSTART:20261122T060000Z');
    expect(ics).toContain('DURATION:PT90M');
    expect(ics).toContain(`UID:${s.id}@spotter`);
    expect(ics).toMatch(/LOCATION:Berlin\\, DE/);
    expect(ics).toMatch(/hosted by Hana/);
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
    expect(ics).toMatch(/SUMMARY:Dropped[\s\S]*?STATUS:CANCELLED|STATUS:CANCELLED[\s\S]*?SUMMARY:Dropped/);
  });

  it('GIVEN no upcoming sessions WHEN I ask for my calendar THEN I am told there is nothing to export', async () => {
    const ana = await runner(h, 'Ana');
    const out = await ana.run('calendar');
    expect(out.outcome).toBe('user-error');
    expect(ana.text()).toMatch(/no upcoming sessions/);
  });
});
