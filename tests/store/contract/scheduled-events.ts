import { beforeEach, describe, expect, it } from 'vitest';
import { type CommunityId, newId, type PersonId, type SessionId } from '../../../src/domain/ids.js';
import { keyOf, markKeys, type MarkOf } from '../../../src/domain/marks.js';
import { communityKey, userKey } from '../../../src/domain/platform.js';
import { type Store } from '../../../src/store/port.js';
import { T0, hoursFrom, makeSession } from '../../support/fixtures.js';

/** Announcements that carry a platform event (Discord scheduled events), and the settings for them. */
export function scheduledEventsContract(current: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = current();
  });

  describe('scheduled events', () => {
    it('GIVEN an announcement with an event and one without WHEN read back THEN each is as stored, and the event finds its session in its community only', async () => {
      const here = communityKey('discord', '100');
      const there = communityKey('discord', '200');
      const withEvent = makeSession(newId<PersonId>());
      const without = makeSession(newId<PersonId>());
      await store.sessions.insert(withEvent);
      await store.sessions.insert(without);
      const a = { community: here, channelId: '2', messageId: '3', eventId: '44' };
      const b = { community: here, channelId: '2', messageId: '5' };
      await store.sessions.addAnnouncement(withEvent.id, a);
      await store.sessions.addAnnouncement(without.id, b);

      expect((await store.sessions.get(withEvent.id))!.announcements).toEqual([a]);
      // Announced without an event: no eventId key at all, as documents stored before events.
      expect((await store.sessions.get(without.id))!.announcements).toEqual([b]);
      expect((await store.sessions.findByEvent(here, '44'))?.id).toBe(withEvent.id);
      expect(await store.sessions.findByEvent(there, '44')).toBeNull();
      expect(await store.sessions.findByEvent(here, '45')).toBeNull();
    });

    it('GIVEN a new community WHEN its settings are read THEN events are on and nobody was told; both change and read back', async () => {
      const c = await store.communities.ensure(communityKey('discord', String(Date.now())), 'Runners', new Date());
      expect(c.settings.scheduledEvents).toBe(true);
      expect(c.settings.eventsPermissionTold).toBe(false);
      const off = await store.communities.updateSettings(c.id, { scheduledEvents: false, eventsPermissionTold: true });
      expect(off?.settings).toMatchObject({ scheduledEvents: false, eventsPermissionTold: true });
      expect((await store.communities.get(c.id))?.settings).toMatchObject({ scheduledEvents: false, eventsPermissionTold: true });
      expect(await store.communities.updateSettings(newId<CommunityId>(), { scheduledEvents: true })).toBeNull();
    });

    it('GIVEN moderators not yet told WHEN two announcements at once mark them told THEN only one of them changed it; cleared once, marked again once', async () => {
      const c = await store.communities.ensure(communityKey('discord', `m${Date.now()}`), 'Lifters', new Date());
      const marks = await Promise.all([store.communities.markEventsPermissionTold(c.id, true), store.communities.markEventsPermissionTold(c.id, true)]);
      expect(marks.filter(Boolean)).toHaveLength(1);
      expect((await store.communities.get(c.id))?.settings.eventsPermissionTold).toBe(true);
      expect(await store.communities.markEventsPermissionTold(c.id, false)).toBe(true);
      expect(await store.communities.markEventsPermissionTold(c.id, false)).toBe(false);
      expect(await store.communities.markEventsPermissionTold(c.id, true)).toBe(true);
      expect(await store.communities.markEventsPermissionTold(newId<CommunityId>(), true)).toBe(false);
    });
    it('GIVEN a member sent the "Interested" DM for a session a week ahead WHEN the mark is claimed again days later THEN it still holds; given back it is free, and it lapses when the session ends', async () => {
      const member = newId<PersonId>();
      const sessionEnds = hoursFrom(T0, 7 * 24);
      const session = newId<SessionId>();
      const mark = (at: Date): MarkOf<'event-interest'> => ({ kind: 'event-interest', session, user: userKey('discord', '4242'), personId: member, createdAt: at, expiresAt: sessionEnds });
      expect(await store.marks.claim(mark(T0), T0)).toBeNull();
      // Three days on (a restart in between changes nothing: the mark is in the store).
      expect(await store.marks.claim(mark(hoursFrom(T0, 72)), hoursFrom(T0, 72))).toEqual(mark(T0));
      // The DM did not arrive: the mark is given back, and the next press may claim it.
      await store.marks.delete(markKeys.eventInterest(session, userKey('discord', '4242')));
      expect(await store.marks.claim(mark(hoursFrom(T0, 73)), hoursFrom(T0, 73))).toBeNull();
      expect(await store.marks.claim(mark(hoursFrom(T0, 100)), hoursFrom(T0, 100))).toEqual(mark(hoursFrom(T0, 73)));
      // The person erased: their marks go with them.
      expect(await store.marks.erasePerson(member)).toBe(1);
      expect(await store.marks.get(keyOf(mark(T0)), hoursFrom(T0, 100))).toBeNull();
      // After the end, nobody holds it.
      expect(await store.marks.claim(mark(hoursFrom(T0, 101)), hoursFrom(T0, 101))).toBeNull();
      expect(await store.marks.claim(mark(sessionEnds), sessionEnds)).toBeNull();
    });
  });
}
