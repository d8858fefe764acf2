import { LANGUAGES } from '../../src/domain/language.js';
import fc from 'fast-check';
import mongoose from 'mongoose';
import { afterAll, describe, expect, it } from 'vitest';
import { ACTIVITY_IDS, LEVELS } from '../../src/domain/activities.js';
import type { Community } from '../../src/domain/community.js';
import type { Profile } from '../../src/domain/profile.js';
import type { WorkoutSession } from '../../src/domain/session.js';
import type { PersonId } from '../../src/domain/ids.js';
import { makeProfile, makeSession } from '../support/fixtures.js';
import { banToDoc, settingsToDoc } from '../../src/store/mongo/community.model.js';
import { createModels } from '../../src/store/mongo/models.js';
import { profileToDoc } from '../../src/store/mongo/profile.model.js';
import { sessionPatchToDoc, sessionToDoc } from '../../src/store/mongo/session.model.js';
import { SESSION_VISIBILITIES } from '../../src/domain/session.js';
import {
  checkBan,
  checkNewCommunity,
  checkProfile,
  checkSession,
  checkSessionPatch,
  checkSettingsPatch,
  RECURRENCES,
  SESSION_STATUSES,
  PROFILE_STATUSES,
} from '../../src/store/validate.js';
import type { SessionPatch } from '../../src/store/port.js';
import { dateArb, enumArb, expectAgreement, idArb, nonNegative, pointArb, schemaErrors, sometimes, wholeIn } from './agreement.js';

/**
 * The shared rules (src/store/validate.ts) and the mongoose schemas must refuse exactly the same
 * values, or the two adapters drift again: random domain values, each field now and then replaced
 * by a bad one, go through both; both must accept, or both refuse with the same fields named.
 */
const conn = mongoose.createConnection();
const models = createModels(conn);
afterAll(() => conn.close());

const sessionArb: fc.Arbitrary<WorkoutSession> = fc.record({
  id: idArb,
  communityId: fc.option(fc.string(), { nil: null }),
  hostId: idArb,
  activity: enumArb(ACTIVITY_IDS),
  title: fc.string(),
  notes: fc.string(),
  startsAt: dateArb,
  timeZone: idArb,
  durationMinutes: nonNegative,
  place: fc.record({ point: pointArb, label: fc.string() }),
  capacity: wholeIn(1, 500),
  levels: fc.record({ min: enumArb(LEVELS), max: enumArb(LEVELS) }),
  status: enumArb(SESSION_STATUSES),
  participants: fc.array(fc.string({ minLength: 1 }), { maxLength: 3 }),
  waitlist: fc.array(fc.string({ minLength: 1 }), { maxLength: 3 }),
  recurrence: enumArb(RECURRENCES),
  seriesId: idArb,
  visibility: enumArb(SESSION_VISIBILITIES),
  announcements: fc.array(fc.record({ community: idArb, channelId: idArb, messageId: idArb }), { maxLength: 2 }),
  checkIns: fc.array(fc.record({ personId: idArb, attended: fc.boolean(), at: dateArb, by: enumArb(['self', 'host'] as const) }), { maxLength: 2 }),
  createdAt: dateArb,
  updatedAt: dateArb,
}) as unknown as fc.Arbitrary<WorkoutSession>;

const minuteArb = wholeIn(0, 1440);
const profileArb: fc.Arbitrary<Profile> = fc.record({
  id: idArb,
  identities: fc.array(fc.string({ minLength: 1 }), { maxLength: 2 }),
  handles: fc.array(
    fc.record({ identity: idArb, handle: sometimes(fc.stringMatching(/^[A-Za-z0-9_.]{1,32}$/), fc.constantFrom('', 'a b', '@ben', 'x'.repeat(33))) }),
    { maxLength: 2 },
  ),
  displayName: fc.string(),
  activities: fc.array(enumArb(ACTIVITY_IDS), { maxLength: 3 }),
  level: fc.option(enumArb(LEVELS), { nil: null }),
  location: fc.option(pointArb, { nil: null }),
  area: fc.option(fc.string(), { nil: null }),
  radiusKm: nonNegative,
  timeZone: idArb,
  language: fc.option(enumArb(LANGUAGES), { nil: null }),
  platformLanguage: fc.option(enumArb(LANGUAGES), { nil: null }),
  availability: fc.array(fc.record({ day: wholeIn(1, 7), start: minuteArb, end: minuteArb }), { maxLength: 3 }),
  bio: fc.string(),
  status: enumArb(PROFILE_STATUSES),
  notifications: fc.record({
    matchAlerts: fc.boolean(),
    quietHours: fc.option(fc.record({ start: minuteArb, end: minuteArb }), { nil: null }),
    reminderLeadMinutes: fc.option(fc.array(nonNegative, { maxLength: 3 }), { nil: null }),
    weeklyDigest: fc.boolean(),
  }),
  blocked: fc.array(fc.string({ minLength: 1 }), { maxLength: 2 }),
  attendance: fc.record({ attended: wholeIn(0, 99), missed: wholeIn(0, 99), streak: wholeIn(0, 99), bestStreak: wholeIn(0, 99) }),
  communities: fc.array(fc.string({ minLength: 1 }), { maxLength: 2 }),
  unreachable: fc.array(fc.record({ platform: enumArb(['discord', 'telegram', 'console', 'Not A Platform']), since: dateArb }), { maxLength: 2 }),
  noShowPause: fc.option(fc.record({ since: dateArb, until: dateArb, communityId: fc.option(idArb, { nil: null }), ended: fc.boolean() }), { nil: null }),
  lastActiveAt: dateArb,
  inactiveToldAt: fc.option(dateArb, { nil: null }),
  createdAt: dateArb,
  updatedAt: dateArb,
}) as unknown as fc.Arbitrary<Profile>;

const communityArb: fc.Arbitrary<Community> = fc.record({
  id: fc.string({ minLength: 1 }),
  key: idArb,
  name: fc.string(),
  settings: fc.record({
    platformSettings: fc.dictionary(
      fc.constantFrom('discord', 'telegram', 'Bad.Name'),
      fc.record({ announceChannelId: fc.option(fc.string(), { nil: null }), moderatorRoleId: fc.option(fc.string(), { nil: null }) }),
      { maxKeys: 2 },
    ),
    defaultRadiusKm: nonNegative,
    language: fc.option(enumArb(LANGUAGES), { nil: null }),
    places: fc.array(fc.record({ name: fc.string(), point: pointArb }), { maxLength: 2 }),
  }),
  bans: fc.array(
    fc.record({ personId: idArb, identities: fc.array(idArb, { maxLength: 2 }), laterIds: fc.array(idArb, { maxLength: 2 }), by: idArb, reason: fc.string(), at: dateArb }),
    { maxLength: 2 },
  ),
  createdAt: fc.date({ noInvalidDate: true }),
}) as unknown as fc.Arbitrary<Community>;

const RUNS = { numRuns: 200 };

describe('the shared storage rules and the mongoose schemas agree', () => {
  it('GIVEN random sessions, some with a bad field WHEN checked by both THEN both accept or both refuse the same fields', async () => {
    await fc.assert(
      fc.asyncProperty(sessionArb, async (s) => {
        expectAgreement(checkSession(s), await schemaErrors(models.sessions, sessionToDoc(s)));
      }),
      RUNS,
    );
  });

  it('GIVEN random session patches WHEN checked by both THEN both accept or both refuse the same fields', async () => {
    const patchArb = sessionArb.chain((s) =>
      fc.subarray(['title', 'notes', 'startsAt', 'timeZone', 'durationMinutes', 'place', 'capacity', 'levels', 'activity', 'recurrence'] as const, {
        minLength: 1,
      }).map((keys) => Object.fromEntries(keys.map((k) => [k, s[k]])) as SessionPatch),
    );
    await fc.assert(
      fc.asyncProperty(patchArb, async (patch) => {
        const fields = sessionPatchToDoc(patch);
        expectAgreement(checkSessionPatch(patch), await schemaErrors(models.sessions, fields, Object.keys(fields)));
      }),
      RUNS,
    );
  });

  it('GIVEN random profiles, some with a bad field WHEN checked by both THEN both accept or both refuse the same fields', async () => {
    await fc.assert(
      fc.asyncProperty(profileArb, async (p) => {
        expectAgreement(checkProfile(p), await schemaErrors(models.profiles, profileToDoc(p)));
      }),
      RUNS,
    );
  });

  it('GIVEN random communities (key, name, settings, bans) WHEN checked by both THEN both accept or both refuse the same fields', async () => {
    await fc.assert(
      fc.asyncProperty(communityArb, async (c) => {
        const doc = { _id: c.id, key: c.key, name: c.name, settings: settingsToDoc(c.settings), bans: c.bans.map(banToDoc), createdAt: c.createdAt };
        const ours = [...checkNewCommunity(c.key, c.name), ...checkSettingsPatch(c.settings), ...c.bans.flatMap(checkBan)];
        expectAgreement(ours, await schemaErrors(models.communities, doc));
      }),
      RUNS,
    );
  });

  it('GIVEN a profile whose second weekly window is on day 9 WHEN checked THEN the refusal names that window, as the schema does', async () => {
    const clean = makeProfile();
    // A day no week has, as a bad write would carry it.
    const noDay: number = 9;
    const availability: Profile['availability'] = [
      { day: 1, start: 0, end: 60 },
      { day: noDay as Profile['availability'][number]['day'], start: 0, end: 60 },
      { day: 2, start: 0, end: 60 },
    ];
    const value = { ...clean, availability };
    expect(checkProfile(value)).toEqual([{ path: 'availability.1.day', rule: 'max' }]);
    expectAgreement(checkProfile(value), await schemaErrors(models.profiles, profileToDoc(value)));
  });

  it('GIVEN a clean session and one bad field at a time THEN both sides see the refusal (the property is not vacuous)', async () => {
    const clean = makeSession('host' as PersonId);
    expect(checkSession(clean)).toEqual([]);
    expect(await schemaErrors(models.sessions, sessionToDoc(clean))).toEqual([]);
    const bads: Partial<WorkoutSession>[] = [
      { capacity: 0 },
      { levels: { min: 'advanced', max: 'beginner' } },
      { place: { point: { type: 'Point', coordinates: [200, 0] }, label: '' } },
    ];
    for (const bad of bads) {
      const value = { ...clean, ...bad };
      expect(checkSession(value)).not.toEqual([]);
      expect(await schemaErrors(models.sessions, sessionToDoc(value))).not.toEqual([]);
    }
  });
});
