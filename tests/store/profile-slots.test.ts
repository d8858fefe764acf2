import { afterAll, describe, expect, it } from 'vitest';
import { weeklySlotIndices, type WeeklySlot } from '../../src/domain/availability.js';
import { askerRanking } from '../../src/core/matching.js';
import { profilePatchToUpdate, profileToDoc, type ProfileDoc } from '../../src/store/mongo/profile.model.js';
import type { Store } from '../../src/store/port.js';
import { BERLIN, FRIEDRICHSHAIN, T0, makeProfile } from '../support/fixtures.js';
import { availableStoreAdapters } from '../support/stores.js';

const w = (day: number, start: string, end: string): WeeklySlot => {
  const m = (t: string) => Number(t.split(':')[0]) * 60 + Number(t.split(':')[1] ?? 0);
  return { day: day as WeeklySlot['day'], start: m(start), end: m(end) };
};

describe('weekly slots: half-hours of the local week', () => {
  it('GIVEN windows on the half-hour THEN each covered half-hour is listed once, Monday 00:00 being 0', () => {
    expect(weeklySlotIndices([w(1, '0:00', '1:00')])).toEqual([0, 1]);
    expect(weeklySlotIndices([w(7, '23:00', '24:00')])).toEqual([334, 335]);
    expect(weeklySlotIndices([w(2, '18:00', '20:00'), w(2, '19:00', '20:30')])).toEqual([84, 85, 86, 87, 88]);
  });

  it('GIVEN windows off the half-hour THEN a half-hour counts when at least 15 minutes of it are covered', () => {
    expect(weeklySlotIndices([w(1, '6:15', '7:10')])).toEqual([12, 13]);
    expect(weeklySlotIndices([w(1, '6:20', '6:40')])).toEqual([]);
    expect(weeklySlotIndices([])).toEqual([]);
  });

  it('GIVEN an availability change THEN the MongoDB document gets the slots with it, and a new profile has them', () => {
    const evenings = [w(1, '18:00', '19:00')];
    expect(profilePatchToUpdate({ availability: evenings }, T0).$set.slots).toEqual([36, 37]);
    expect(profilePatchToUpdate({ bio: 'hi' }, T0).$set).not.toHaveProperty('slots');
    expect(profileToDoc(makeProfile({ availability: evenings })).slots).toEqual([36, 37]);
  });
});

/**
 * A profile stored before weekly slots existed (no `slots` field): the start-up migration gives
 * it its slots, so the ranked pool counts its shared time. Needs a MongoDB (skipped without one).
 */
const { adapters } = await availableStoreAdapters();
const mongo = adapters.find((a) => a.name === 'mongodb');
afterAll(() => mongo?.shutdown());

describe.skipIf(!mongo)('migration of profiles stored without weekly slots (MongoDB)', () => {
  it('GIVEN a profile document in the old shape WHEN the store opens THEN it gains its slots and ranks by shared time', async () => {
    const evenings = [1, 2, 3, 4, 5].map((d) => w(d, '18:00', '20:00'));
    const store = (await mongo!.open()) as Store & { connection: import('mongoose').Connection };
    const old = makeProfile({ at: FRIEDRICHSHAIN, availability: evenings, radiusKm: 20 });
    const nearer = makeProfile({ at: BERLIN, radiusKm: 20 });
    await store.people.insert(nearer);
    // Written as the previous version did: no `slots` field at all.
    const { slots: _dropped, ...oldShape } = profileToDoc(old);
    const profiles = store.connection.collection<ProfileDoc>('profiles');
    await profiles.insertOne(oldShape);
    const asker = makeProfile({ availability: evenings, radiusKm: 20 });
    const query = { from: BERLIN, maxKm: 20, mutual: true, excludeIds: [asker.id], ranking: askerRanking(asker), limit: 5 };
    expect((await store.people.pool(query)).candidates[0]!.item.id).toBe(nearer.id);

    const { migrateProfileSlots } = await import('../../src/store/mongo/people.repo.js');
    // The start-up step, on the store's own model (the one openMongoStore ran it on).
    expect(await migrateProfileSlots(store.connection.model<ProfileDoc>('Profile'))).toBe(1);
    const doc = await profiles.findOne({ _id: old.id });
    expect(doc?.slots).toEqual(weeklySlotIndices(evenings));
    expect((await store.people.pool(query)).candidates[0]!.item.id).toBe(old.id);
    expect(await store.people.get(old.id)).toEqual(old);
  });
});
