import mongoose from 'mongoose';
import type { Store } from '../port.js';
import { communitiesRepo } from './communities.repo.js';
import { migrateCommunityPlatformSettings } from './community.model.js';
import { connectionsRepo, messagesRepo } from './connections.repo.js';
import { feedModel, feedsRepo } from './feeds.js';
import { actionsRepo, conversationsRepo, noticesRepo } from './ephemeral.repo.js';
import { erasePerson } from './erase.js';
import { joinRequestsRepo } from './join-requests.repo.js';
import { kvModel, kvRepo } from './kv.js';
import { createLeaseModel, leasesRepo } from './leases.repo.js';
import { eraseMeetings, meetingModel, meetingsRepo } from './meetings.js';
import { markModel, marksRepo } from './marks.js';
import { migrateLegacyMarks } from './marks-migration.js';
import { auditRepo, reportsRepo } from './moderation.repo.js';
import { createModels, syncAllIndexes } from './models.js';
import { createDeliveryModels, syncDeliveryIndexes } from './outbox.model.js';
import { alertsRepo, outboxRepo } from './outbox.repo.js';
import { migrateProfileSlots, peopleRepo } from './people.repo.js';
import { roundModels, roundsRepo, syncRoundIndexes } from './rounds.js';
import { sessionsRepo } from './sessions.repo.js';
import { sessionChatModel, sessionChatRepo } from './session-chat.js';
import { chatPlaceModels, chatPlacesRepo } from './chat-places.js';
import { checkServerVersion, MongoVersionError } from './version.js';

export type MongoStore = Store & { readonly connection: mongoose.Connection };

export interface MongoStoreOptions {
  /** Database to use instead of the one named in the URI. */
  readonly dbName?: string;
}

/**
 * Opens the MongoDB store on a connection of its own (never mongoose's global one), waits until
 * it is connected, and brings every collection's indexes in line with the schemas before
 * anything is read or written. `connection` is exposed so the job scheduler can share it.
 */
export async function openMongoStore(uri: string, options?: MongoStoreOptions): Promise<MongoStore> {
  const connection = mongoose.createConnection(uri, {
    ...(options?.dbName !== undefined ? { dbName: options.dbName } : {}),
    // Indexes are synced explicitly below, once, instead of in the background per model.
    autoIndex: false,
  });
  try {
    await connection.asPromise();
    // Before any index is synced: an older server would fail there with an index error instead.
    const db = connection.db;
    if (!db) throw new Error('MongoDB connection is not open');
    const info = (await db.admin().buildInfo()) as { version?: unknown };
    const supported = checkServerVersion(typeof info.version === 'string' ? info.version : '');
    if (!supported.ok) throw new MongoVersionError(supported.error);
    const models = createModels(connection);
    await syncAllIndexes(models);
    await migrateProfileSlots(models.profiles);
    await migrateCommunityPlatformSettings(models.communities);
    const delivery = createDeliveryModels(connection);
    await syncDeliveryIndexes(delivery);
    const outbox = outboxRepo(delivery.outbox);
    const alerts = alertsRepo(delivery.alerts, delivery.alertSlots);
    const feedDocs = feedModel(connection);
    const meetingDocs = meetingModel(connection);
    const leaseModel = createLeaseModel(connection);
    const roundDocs = roundModels(connection);
    const chatDocs = sessionChatModel(connection);
    const kvDocs = kvModel(connection);
    const markDocs = markModel(connection);
    const placeDocs = chatPlaceModels(connection);
    // Separate collections: their indexes are brought in line at once, not one after another.
    await Promise.all([
      feedDocs.syncIndexes(),
      meetingDocs.syncIndexes(),
      leaseModel.init(),
      syncRoundIndexes(roundDocs),
      chatDocs.syncIndexes(),
      kvDocs.syncIndexes(),
      markDocs.syncIndexes(),
      placeDocs.places.syncIndexes(),
      placeDocs.notices.syncIndexes(),
    ]);
    const feeds = feedsRepo(feedDocs);
    const rounds = roundsRepo(roundDocs);
    const sessionChat = sessionChatRepo(chatDocs);
    const chatPlaces = chatPlacesRepo(placeDocs);
    const marks = marksRepo(markDocs);
    await migrateLegacyMarks(models.actions, markDocs, new Date());

    return {
      kind: 'mongodb',
      connection,
      people: peopleRepo(models.profiles),
      communities: communitiesRepo(models.communities),
      sessions: sessionsRepo(models.sessions),
      joinRequests: joinRequestsRepo(models.joinRequests),
      connections: connectionsRepo(models.connections),
      messages: messagesRepo(models.messages),
      sessionChat,
      chatPlaces,
      reports: reportsRepo(models.reports),
      audit: auditRepo(models.audit),
      conversations: conversationsRepo(models.conversations),
      actions: actionsRepo(models.actions),
      marks,
      kv: kvRepo(kvDocs),
      notices: noticesRepo(models.notices),
      outbox,
      alerts,
      feeds,
      leases: leasesRepo(leaseModel),
      rounds,
      meetings: meetingsRepo(meetingDocs),
      async erasePerson(id, now) {
        const erasure = await erasePerson(models, id, now);
        await marks.erasePerson(id);
        await outbox.erasePerson(id);
        await alerts.erasePerson(id);
        await feeds.delete(id);
        await sessionChat.erasePerson(id);
        await chatPlaces.erasePerson(id);
        await rounds.forget(id);
        await eraseMeetings(meetingDocs, id);
        return erasure;
      },
      async ping(): Promise<void> {
        const db = connection.db;
        if (!db) throw new Error('MongoDB connection is not open');
        await db.admin().command({ ping: 1 });
      },
      async close(): Promise<void> {
        await connection.close();
      },
    };
  } catch (err) {
    await connection.close().catch(() => undefined);
    throw err;
  }
}
