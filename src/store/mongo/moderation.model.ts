import { Schema } from 'mongoose';
import type { AuditId, CommunityId, MessageId, PersonId, ReportId, SessionId } from '../../domain/ids.js';
import type { AuditAction, AuditEntry, Report, ReportState, ReportTarget } from '../../domain/social.js';
import { AUDIT_ACTIONS, REPORT_STATUSES, REPORT_TARGET_KINDS } from '../validate-records.js';
import type { UniqueRules } from './errors.js';
import { EMBEDDED_OPTIONS, ROOT_OPTIONS, idField, requiredDate, textField } from './kit.js';

// ---- reports -------------------------------------------------------------------------------

// The allowed values are the shared validation's (src/store/validate-records.ts), so they can't drift.
export { AUDIT_ACTIONS, REPORT_STATUSES, REPORT_TARGET_KINDS };

/** The target union flattened: only the fields of its `kind` are present. */
export interface ReportTargetDoc {
  kind: string;
  personId?: string;
  sessionId?: string;
  messageId?: string;
  authorId?: string;
  excerpt?: string;
}

/** The state union flattened: `by`, `resolution` and `at` only once resolved. */
export interface ReportStateDoc {
  status: string;
  by?: string;
  resolution?: string;
  at?: Date;
}

export interface ReportDoc {
  _id: string;
  communityId: string;
  reporterId: string;
  target: ReportTargetDoc;
  reason: string;
  state: ReportStateDoc;
  createdAt: Date;
}

export const REPORT_UNIQUE: UniqueRules = {};

export function reportSchema(): Schema {
  const target = new Schema(
    {
      kind: { type: String, enum: REPORT_TARGET_KINDS, required: true },
      personId: { type: String },
      sessionId: { type: String },
      messageId: { type: String },
      authorId: { type: String },
      excerpt: { type: String },
    },
    EMBEDDED_OPTIONS,
  );
  const state = new Schema(
    {
      status: { type: String, enum: REPORT_STATUSES, required: true },
      by: { type: String },
      resolution: { type: String },
      at: { type: Date },
    },
    EMBEDDED_OPTIONS,
  );
  const schema = new Schema(
    {
      _id: idField,
      communityId: idField,
      reporterId: idField,
      target: { type: target, required: true },
      reason: textField,
      state: { type: state, required: true },
      createdAt: requiredDate,
    },
    { ...ROOT_OPTIONS, collection: 'reports' },
  );
  schema.index({ communityId: 1, 'state.status': 1, createdAt: 1, _id: 1 }, { name: 'community_status_createdAt' });
  return schema;
}

export function reportTargetToDoc(t: ReportTarget): ReportTargetDoc {
  switch (t.kind) {
    case 'person':
    case 'pause':
      return { kind: t.kind, personId: t.personId };
    case 'session':
      return { kind: t.kind, sessionId: t.sessionId };
    case 'message':
      return { kind: t.kind, messageId: t.messageId, authorId: t.authorId, excerpt: t.excerpt };
  }
}

export function reportStateToDoc(s: ReportState): ReportStateDoc {
  return s.status === 'open'
    ? { status: 'open' }
    : { status: 'resolved', by: s.by, resolution: s.resolution, at: new Date(s.at) };
}

export const reportToDoc = (r: Report): ReportDoc => ({
  _id: r.id,
  communityId: r.communityId,
  reporterId: r.reporterId,
  target: reportTargetToDoc(r.target),
  reason: r.reason,
  state: reportStateToDoc(r.state),
  createdAt: new Date(r.createdAt),
});

function reportTargetFromDoc(t: ReportTargetDoc): ReportTarget {
  switch (t.kind) {
    case 'person':
      return { kind: 'person', personId: (t.personId ?? '') as PersonId };
    case 'pause':
      return { kind: 'pause', personId: (t.personId ?? '') as PersonId };
    case 'session':
      return { kind: 'session', sessionId: (t.sessionId ?? '') as SessionId };
    default:
      return {
        kind: 'message',
        messageId: (t.messageId ?? '') as MessageId,
        authorId: (t.authorId ?? '') as PersonId,
        excerpt: t.excerpt ?? '',
      };
  }
}

function reportStateFromDoc(s: ReportStateDoc): ReportState {
  if (s.status !== 'resolved') return { status: 'open' };
  return {
    status: 'resolved',
    by: (s.by ?? '') as PersonId,
    resolution: s.resolution ?? '',
    at: new Date(s.at ?? 0),
  };
}

export const reportFromDoc = (d: ReportDoc): Report => ({
  id: d._id as ReportId,
  communityId: d.communityId as CommunityId,
  reporterId: d.reporterId as PersonId,
  target: reportTargetFromDoc(d.target),
  reason: d.reason ?? '',
  state: reportStateFromDoc(d.state),
  createdAt: new Date(d.createdAt),
});

// ---- audit log -----------------------------------------------------------------------------

export interface AuditDoc {
  _id: string;
  communityId: string;
  actorId: string;
  action: string;
  target: string;
  detail: string;
  at: Date;
}

export const AUDIT_UNIQUE: UniqueRules = {};

export function auditSchema(): Schema {
  const schema = new Schema(
    {
      _id: idField,
      communityId: idField,
      actorId: idField,
      action: { type: String, enum: AUDIT_ACTIONS, required: true },
      target: textField,
      detail: textField,
      at: requiredDate,
    },
    { ...ROOT_OPTIONS, collection: 'audit' },
  );
  schema.index({ communityId: 1, at: -1, _id: -1 }, { name: 'community_at' });
  return schema;
}

export const auditToDoc = (e: AuditEntry): AuditDoc => ({
  _id: e.id,
  communityId: e.communityId,
  actorId: e.actorId,
  action: e.action,
  target: e.target,
  detail: e.detail,
  at: new Date(e.at),
});

export const auditFromDoc = (d: AuditDoc): AuditEntry => ({
  id: d._id as AuditId,
  communityId: d.communityId as CommunityId,
  actorId: d.actorId as PersonId,
  action: d.action as AuditAction,
  target: d.target ?? '',
  detail: d.detail ?? '',
  at: new Date(d.at),
});
