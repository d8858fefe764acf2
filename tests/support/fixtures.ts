import type { ActivityId, Level } from '../../src/domain/activities.js';
import type { GeoPoint } from '../../src/domain/geo.js';
import { point } from '../../src/domain/geo.js';
import { type CommunityId, newId, type PersonId, type SessionId } from '../../src/domain/ids.js';
import { userKey } from '../../src/domain/platform.js';
import { blankProfile, type Profile } from '../../src/domain/profile.js';
import type { WorkoutSession } from '../../src/domain/session.js';

export const T0 = new Date('2026-11-21T12:00:00Z');
export const hoursFrom = (base: Date, h: number) => new Date(base.getTime() + h * 3_600_000);

export const BERLIN = point(52.52, 13.405);
/** About 2.3 km east of Berlin Mitte. */
export const FRIEDRICHSHAIN = point(52.515, 13.454);
export const POTSDAM = point(52.3906, 13.0645);
export const HAMBURG = point(53.5511, 9.9937);

let counter = 0;
/** A complete, matchable profile with sensible defaults; override what the story needs. */
export function makeProfile(overrides: Partial<Profile> & { at?: GeoPoint | null } = {}): Profile {
  counter += 1;
  const { at, ...rest } = overrides;
  return {
    ...blankProfile(newId<PersonId>(), userKey('console', `person-${counter}-${newId(4)}`), `Person ${counter}`, 10, T0),
    activities: ['running' as ActivityId],
    level: 'intermediate' as Level,
    location: at === undefined ? BERLIN : at,
    area: 'Berlin, DE',
    timeZone: 'Europe/Berlin',
    ...rest,
  };
}

export function makeSession(hostId: PersonId, overrides: Partial<WorkoutSession> = {}): WorkoutSession {
  const id = overrides.id ?? newId<SessionId>();
  return {
    id,
    communityId: null as CommunityId | null,
    hostId,
    activity: 'running',
    title: 'Morning 5k',
    notes: '',
    startsAt: hoursFrom(T0, 24),
    timeZone: 'Europe/Berlin',
    durationMinutes: 60,
    place: { point: BERLIN, label: 'Tiergarten' },
    capacity: 4,
    levels: { min: 'beginner', max: 'advanced' },
    status: 'open',
    participants: [],
    waitlist: [],
    recurrence: 'none',
    seriesId: id,
    visibility: 'public',
    announcements: [],
    checkIns: [],
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}
