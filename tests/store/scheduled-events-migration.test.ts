import { describe, expect, it } from 'vitest';
import { communityFromDoc, type CommunityDoc, settingsToDoc } from '../../src/store/mongo/community.model.js';
import { sessionFromDoc, sessionToDoc } from '../../src/store/mongo/session.model.js';
import { communityKey } from '../../src/domain/platform.js';
import { newId, type CommunityId, type PersonId } from '../../src/domain/ids.js';
import { DEFAULT_COMMUNITY_SETTINGS } from '../../src/domain/community.js';
import { T0, makeSession } from '../support/fixtures.js';

describe('MongoDB documents stored before scheduled events', () => {
  it('GIVEN a session document whose announcement has no eventId WHEN loaded THEN it reads as an announcement without an event', () => {
    const s = { ...makeSession(newId<PersonId>()), announcements: [{ community: communityKey('discord', '1'), channelId: '2', messageId: '3' }] };
    const doc = sessionToDoc(s);
    expect(doc.announcements[0]).not.toHaveProperty('eventId');
    expect(sessionFromDoc(doc).announcements).toEqual(s.announcements);
    const withEvent = { ...s, announcements: [{ ...s.announcements[0]!, eventId: '9' }] };
    expect(sessionFromDoc(sessionToDoc(withEvent)).announcements[0]?.eventId).toBe('9');
  });

  it('GIVEN a community document whose settings lack the event fields WHEN loaded THEN events are on and nobody was told', () => {
    const { scheduledEvents: _on, eventsPermissionTold: _told, ...old } = settingsToDoc(DEFAULT_COMMUNITY_SETTINGS);
    const doc: CommunityDoc = { _id: newId<CommunityId>(), key: communityKey('discord', '1'), name: 'Old', settings: old, bans: [], createdAt: T0 };
    const loaded = communityFromDoc(doc);
    expect(loaded.settings.scheduledEvents).toBe(true);
    expect(loaded.settings.eventsPermissionTold).toBe(false);
  });
});
