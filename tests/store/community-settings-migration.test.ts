import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { platformSettingsOf } from '../../src/domain/community.js';
import { newId, type CommunityId } from '../../src/domain/ids.js';
import { communityKey } from '../../src/domain/platform.js';
import { startEmbeddedMongo } from '../../src/store/embedded.js';
import { communityFromDoc, type CommunityDoc } from '../../src/store/mongo/community.model.js';
import type { MongoStore } from '../../src/store/mongo/index.js';
import { T0 } from '../support/fixtures.js';

/**
 * Communities stored before each platform kept its own settings: the announce channel and the
 * moderator role sat at the top of `settings`. They were the community's own platform's, and are
 * read (and, on MongoDB, moved at start-up) as that platform's settings.
 */
const todaysShape = (platform: 'discord' | 'telegram', announceChannelId: string | null, moderatorRoleId: string | null) => ({
  _id: newId<CommunityId>(),
  key: communityKey(platform, platform === 'discord' ? '900000000000000001' : '-1001234'),
  name: 'Park Runners',
  settings: { announceChannelId, moderatorRoleId, defaultRadiusKm: 12, language: 'de', places: [], scheduledEvents: true, eventsPermissionTold: false },
  bans: [],
  moderators: [],
  createdAt: T0,
});

describe('communities in the shape stored before platform settings', () => {
  it('GIVEN a Discord community document with an announce channel and moderator role at the top of its settings WHEN loaded THEN they are its Discord settings and nothing else changed', () => {
    const loaded = communityFromDoc(todaysShape('discord', '111111111111111111', '222222222222222222') as CommunityDoc);
    expect(loaded.settings.platformSettings).toEqual({ discord: { announceChannelId: '111111111111111111', moderatorRoleId: '222222222222222222' } });
    expect(platformSettingsOf(loaded)).toEqual({ announceChannelId: '111111111111111111', moderatorRoleId: '222222222222222222' });
    expect(loaded.settings).toMatchObject({ defaultRadiusKm: 12, language: 'de', scheduledEvents: true });
  });

  it('GIVEN a Telegram community document with neither set WHEN loaded THEN it has no platform settings, and reads as none set', () => {
    const loaded = communityFromDoc(todaysShape('telegram', null, null) as CommunityDoc);
    expect(loaded.settings.platformSettings).toEqual({});
    expect(platformSettingsOf(loaded)).toEqual({ announceChannelId: null, moderatorRoleId: null });
  });
});

/** MongoDB where a server can be had (as the storage contract does); skipped otherwise. */
const server = process.env.MONGODB_URI
  ? { ok: true as const, uri: process.env.MONGODB_URI, stop: async () => {} }
  : await startEmbeddedMongo(null);
if (!server.ok) console.log(`MongoDB migration test skipped: MONGODB_URI is not set and ${server.reason}.`);

describe.skipIf(!server.ok)('MongoDB: communities in the shape stored before platform settings', () => {
  const dbName = `spotter_test_${randomBytes(6).toString('hex')}`;
  const open = async (): Promise<MongoStore> => {
    const { openMongoStore } = await import('../../src/store/mongo/index.js');
    return openMongoStore(server.ok ? server.uri : '', { dbName });
  };
  afterAll(async () => {
    const store = await open();
    await store.connection.dropDatabase();
    await store.close();
    if (server.ok) await server.stop();
  });

  it('GIVEN documents in that shape in the database WHEN the store starts THEN they are moved into their platform\'s settings, read alike, and /mod-settings changes keep working', async () => {
    const first = await open();
    const discord = todaysShape('discord', '111111111111111111', '222222222222222222');
    const telegram = todaysShape('telegram', null, null);
    await first.connection.db!.collection<CommunityDoc>('communities').insertMany([discord, telegram]);
    await first.close();

    const store = await open();
    const raw = await store.connection.db!.collection<CommunityDoc>('communities').findOne({ _id: discord._id });
    expect(raw?.settings).toMatchObject({ platformSettings: { discord: { announceChannelId: '111111111111111111', moderatorRoleId: '222222222222222222' } } });
    expect(raw?.settings).not.toHaveProperty('announceChannelId');
    expect(raw?.settings).not.toHaveProperty('moderatorRoleId');
    const loaded = (await store.communities.getByKey(discord.key))!;
    expect(platformSettingsOf(loaded)).toEqual({ announceChannelId: '111111111111111111', moderatorRoleId: '222222222222222222' });
    expect(platformSettingsOf((await store.communities.getByKey(telegram.key))!)).toEqual({ announceChannelId: null, moderatorRoleId: null });

    const changed = await store.communities.updateSettings(loaded.id, { platformSettings: { discord: { announceChannelId: null, moderatorRoleId: '222222222222222222' } } });
    expect(changed && platformSettingsOf(changed)).toEqual({ announceChannelId: null, moderatorRoleId: '222222222222222222' });
    await store.close();
  });
});
