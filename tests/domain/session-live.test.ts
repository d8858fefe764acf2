import { describe, expect, it } from 'vitest';
import { newId, type PersonId } from '../../src/domain/ids.js';
import { wasThere } from '../../src/domain/session.js';
import { phaseOf } from '../../src/domain/session-live.js';
import { T0, hoursFrom, makeSession } from '../support/fixtures.js';

const host = newId<PersonId>();
const guest = newId<PersonId>();

describe('who was there: the host by their own word, or by a guest who came', () => {
  it.each([
    { story: 'nobody said anything', checkIns: [], host: false, guest: false },
    { story: 'the guest came, the host said nothing', checkIns: [{ personId: guest, attended: true }], host: true, guest: true },
    { story: 'the host checked in alone', checkIns: [{ personId: host, attended: true }], host: true, guest: false },
    { story: "the guest came but the host said they missed it: the host's own word wins", checkIns: [{ personId: guest, attended: true }, { personId: host, attended: false }], host: false, guest: true },
  ])('GIVEN $story THEN host $host, guest $guest', ({ checkIns, host: hostThere, guest: guestThere }) => {
    const s = makeSession(host, { participants: [guest], checkIns: checkIns.map((c) => ({ ...c, at: T0, by: 'self' as const })) });
    expect(wasThere(s, host)).toBe(hostThere);
    expect(wasThere(s, guest)).toBe(guestThere);
  });
});

describe('the phases around a session', () => {
  it('GIVEN an hour-long session THEN it is ahead, soon within the hour, now while it runs, ended for a day, then past', () => {
    const s = makeSession(host, { startsAt: hoursFrom(T0, 10), durationMinutes: 60 });
    expect([8.9, 9.1, 10.5, 11.5, 34.9, 35.1].map((h) => phaseOf(s, hoursFrom(T0, h)))).toEqual(['ahead', 'soon', 'now', 'ended', 'ended', 'past']);
  });
});
