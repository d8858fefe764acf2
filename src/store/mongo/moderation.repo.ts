import type { Model } from 'mongoose';
import type { CommunityId, PersonId, ReportId } from '../../domain/ids.js';
import type { AuditEntry, Report } from '../../domain/social.js';
import type { AuditRepo, ReportsRepo } from '../port.js';
import { assertValid, pageSize } from '../validate.js';
import { checkAudit, checkReport, checkReportState } from '../validate-records.js';
import { guarded } from './errors.js';
import { PIPELINE, lit } from './kit.js';
import {
  AUDIT_UNIQUE,
  REPORT_UNIQUE,
  auditFromDoc,
  auditToDoc,
  reportFromDoc,
  reportStateToDoc,
  reportToDoc,
  type AuditDoc,
  type ReportDoc,
} from './moderation.model.js';

export function reportsRepo(reports: Model<ReportDoc>): ReportsRepo {
  return {
    async insert(report: Report): Promise<void> {
      assertValid('report', checkReport(report));
      await guarded(REPORT_UNIQUE, () => reports.create(reportToDoc(report)));
    },

    async get(id: ReportId): Promise<Report | null> {
      const doc = await reports.findById(id).lean<ReportDoc>().exec();
      return doc ? reportFromDoc(doc) : null;
    },

    /** Oldest first, ties by id: the queue a moderator works through. */
    async listOpen(communityId: CommunityId, limit: number): Promise<Report[]> {
      const n = pageSize(limit);
      if (n === 0) return [];
      const docs = await reports
        .find({ communityId, 'state.status': 'open' })
        .sort({ createdAt: 1, _id: 1 })
        .limit(n)
        .lean<ReportDoc[]>()
        .exec();
      return docs.map(reportFromDoc);
    },

    /** Only an open report is resolved; a second moderator racing the first gets null. */
    async resolve(id: ReportId, by: PersonId, resolution: string, now: Date): Promise<Report | null> {
      const resolved = { status: 'resolved', by, resolution, at: now } as const;
      assertValid('report', checkReportState(resolved));
      const state = reportStateToDoc(resolved);
      const doc = await reports
        .findOneAndUpdate(
          { _id: id, 'state.status': 'open' },
          { $set: { state } },
          { returnDocument: 'after', runValidators: true },
        )
        .lean<ReportDoc>()
        .exec();
      return doc ? reportFromDoc(doc) : null;
    },

    async scrubReporter(reporterId: PersonId, placeholder: string): Promise<number> {
      const result = await reports.updateMany({ reporterId }, { $set: { reason: placeholder } }, { runValidators: true }).exec();
      return result.matchedCount;
    },
  };
}

export function auditRepo(audit: Model<AuditDoc>): AuditRepo {
  return {
    async insert(entry: AuditEntry): Promise<void> {
      assertValid('audit entry', checkAudit(entry));
      await guarded(AUDIT_UNIQUE, () => audit.create(auditToDoc(entry)));
    },

    /** Newest first, ties by id descending. */
    async list(communityId: CommunityId, limit: number): Promise<AuditEntry[]> {
      const n = pageSize(limit);
      if (n === 0) return [];
      const docs = await audit
        .find({ communityId })
        .sort({ at: -1, _id: -1 })
        .limit(n)
        .lean<AuditDoc[]>()
        .exec();
      return docs.map(auditFromDoc);
    },

    /**
     * `$replaceAll` (MongoDB 4.4+) in a pipeline update, on the entries about the person whose
     * detail holds the name (a `$regex` built from the escaped name finds them).
     */
    async scrubName(personId: PersonId, name: string, placeholder: string): Promise<number> {
      if (!name) return 0;
      const result = await audit
        .updateMany(
          { target: personId, detail: { $regex: escapeRegex(name) } },
          [{ $set: { detail: { $replaceAll: { input: '$detail', find: lit(name), replacement: lit(placeholder) } } } }],
          PIPELINE,
        )
        .exec();
      return result.matchedCount;
    },
  };
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
