import type { Connection, Model } from 'mongoose';
import { communitySchema, type CommunityDoc } from './community.model.js';
import {
  actionSchema,
  conversationSchema,
  noticeSchema,
  type ActionDoc,
  type ConversationDoc,
  type NoticeDoc,
} from './ephemeral.model.js';
import { auditSchema, reportSchema, type AuditDoc, type ReportDoc } from './moderation.model.js';
import { profileSchema, type ProfileDoc } from './profile.model.js';
import { sessionSchema, type SessionDoc } from './session.model.js';
import {
  connectionSchema,
  joinRequestSchema,
  messageSchema,
  type ConnectionDoc,
  type JoinRequestDoc,
  type MessageDoc,
} from './social.model.js';

/** Every model of the store, compiled on one connection (never on the global mongoose). */
export interface Models {
  readonly profiles: Model<ProfileDoc>;
  readonly sessions: Model<SessionDoc>;
  readonly communities: Model<CommunityDoc>;
  readonly joinRequests: Model<JoinRequestDoc>;
  readonly connections: Model<ConnectionDoc>;
  readonly messages: Model<MessageDoc>;
  readonly reports: Model<ReportDoc>;
  readonly audit: Model<AuditDoc>;
  readonly conversations: Model<ConversationDoc>;
  readonly actions: Model<ActionDoc>;
  readonly notices: Model<NoticeDoc>;
}

export function createModels(conn: Connection): Models {
  return {
    profiles: conn.model<ProfileDoc>('Profile', profileSchema()),
    sessions: conn.model<SessionDoc>('WorkoutSession', sessionSchema()),
    communities: conn.model<CommunityDoc>('Community', communitySchema()),
    joinRequests: conn.model<JoinRequestDoc>('JoinRequest', joinRequestSchema()),
    connections: conn.model<ConnectionDoc>('Connection', connectionSchema()),
    messages: conn.model<MessageDoc>('RelayedMessage', messageSchema()),
    reports: conn.model<ReportDoc>('Report', reportSchema()),
    audit: conn.model<AuditDoc>('AuditEntry', auditSchema()),
    conversations: conn.model<ConversationDoc>('ConversationState', conversationSchema()),
    actions: conn.model<ActionDoc>('StoredAction', actionSchema()),
    notices: conn.model<NoticeDoc>('Notice', noticeSchema()),
  };
}

/**
 * Creates each collection and brings its indexes in line with the schema (creating the missing
 * ones, dropping ones the schema no longer declares). One model after the other, so index builds
 * do not pile up on a small server.
 */
export async function syncAllIndexes(models: Models): Promise<void> {
  for (const model of Object.values(models) as Model<unknown>[]) {
    await model.init();
    await model.syncIndexes();
  }
}
