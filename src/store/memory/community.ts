import { type Ban, banCovers, type Community, type CommunitySettings, DEFAULT_COMMUNITY_SETTINGS, isUntouched } from '../../domain/community.js';
import { type CommunityId, newId, type PersonId, type ReportId } from '../../domain/ids.js';
import type { CommunityKey, UserKey } from '../../domain/platform.js';
import type { AuditEntry, Report } from '../../domain/social.js';
import { type AuditRepo, type CommunitiesRepo, type ReportsRepo, StoreConflict } from '../port.js';
import { assertValid, checkBan, checkNewCommunity, checkSettingsPatch, pageSize } from '../validate.js';
import { checkAudit, checkReport, checkReportState } from '../validate-records.js';
import { Table, definedOnly, newestFirst, oldestFirst } from './table.js';

export class MemoryCommunities implements CommunitiesRepo {
  readonly table = new Table<Community>();

  async ensure(key: CommunityKey, name: string, now: Date): Promise<Community> {
    assertValid('community', checkNewCommunity(key, name));
    // No await between the look-up and the insert: concurrent callers must get one community.
    const existing = this.table.filter((c) => c.key === key)[0];
    if (existing) return existing;
    const community: Community = {
      id: newId<CommunityId>(),
      key,
      name,
      settings: DEFAULT_COMMUNITY_SETTINGS,
      bans: [],
      moderators: [],
      createdAt: now,
    };
    this.table.set(community);
    return structuredClone(community);
  }

  async get(id: CommunityId) {
    return this.table.get(id);
  }

  async getByKey(key: CommunityKey) {
    return this.table.filter((c) => c.key === key)[0] ?? null;
  }

  async updateSettings(id: CommunityId, patch: Partial<CommunitySettings>) {
    assertValid('community settings', checkSettingsPatch(patch));
    return this.table.modify(id, () => true, (c) => ({ ...c, settings: { ...c.settings, ...definedOnly(patch) } }))?.after ?? null;
  }

  async markEventsPermissionTold(id: CommunityId, told: boolean) {
    const changed = this.table.modify(id, (c) => c.settings.eventsPermissionTold !== told, (c) => ({ ...c, settings: { ...c.settings, eventsPermissionTold: told } }));
    return changed !== null;
  }

  async ban(id: CommunityId, ban: Ban) {
    assertValid('ban', checkBan(ban));
    this.table.modify(id, () => true, (c) => ({ ...c, bans: [...c.bans.filter((b) => !holds(b, ban.personId)), ban] }));
  }

  async unban(id: CommunityId, personId: PersonId) {
    return (
      this.table.modify(id, (c) => c.bans.some((b) => holds(b, personId)), (c) => ({
        ...c,
        bans: c.bans.filter((b) => !holds(b, personId)),
      })) !== null
    );
  }

  async bindBans(personId: PersonId, identities: readonly UserKey[]) {
    const who = { id: personId, identities };
    let changed = 0;
    for (const c of this.table.filter((row) => row.bans.some((b) => banCovers(b, who)))) {
      const bans = c.bans.map((b) =>
        banCovers(b, who)
          ? {
              ...b,
              identities: union(b.identities, identities),
              laterIds: b.personId === personId ? b.laterIds : union(b.laterIds, [personId]),
            }
          : b,
      );
      if (JSON.stringify(bans) === JSON.stringify(c.bans)) continue;
      this.table.modify(c.id, () => true, (row) => ({ ...row, bans }));
      changed++;
    }
    return changed;
  }

  async noteModerator(id: CommunityId, personId: PersonId, now: Date) {
    this.table.modify(id, () => true, (c) => ({
      ...c,
      moderators: c.moderators.some((m) => m.personId === personId)
        ? c.moderators.map((m) => (m.personId === personId ? { personId, seenAt: now } : m))
        : [...c.moderators, { personId, seenAt: now }],
    }));
  }

  async forgetModerator(id: CommunityId, personId: PersonId) {
    this.table.modify(id, () => true, (c) => ({ ...c, moderators: c.moderators.filter((m) => m.personId !== personId) }));
  }

  /** Erasure: the person leaves every moderator list. */
  forgetModeratorEverywhere(personId: PersonId): void {
    for (const c of this.table.filter((row) => row.moderators.some((m) => m.personId === personId)))
      this.table.modify(c.id, () => true, (row) => ({ ...row, moderators: row.moderators.filter((m) => m.personId !== personId) }));
  }

  async rekey(from: CommunityKey, to: CommunityKey) {
    // Synchronous from look-up to move, so it is atomic like the other operations.
    const moving = this.table.filter((c) => c.key === from)[0];
    if (!moving) return null;
    if (from === to) return moving;
    const taken = this.table.filter((c) => c.key === to)[0];
    if (taken) {
      if (!isUntouched(taken)) return null;
      this.table.delete(taken.id);
    }
    return this.table.modify(moving.id, (c) => c.key === from, (c) => ({ ...c, key: to }))?.after ?? null;
  }
}

/** Whether the ban holds this profile id, as the person banned or a later profile of theirs. */
const holds = (b: Ban, personId: PersonId): boolean => b.personId === personId || b.laterIds.includes(personId);

/** `base` followed by what `more` adds to it, each once: the order MongoDB's update keeps too. */
function union<T>(base: readonly T[], more: readonly T[]): T[] {
  const out = [...base];
  for (const x of more) if (!out.includes(x)) out.push(x);
  return out;
}

export class MemoryReports implements ReportsRepo {
  readonly table = new Table<Report>();

  async insert(report: Report) {
    assertValid('report', checkReport(report));
    if (this.table.has(report.id)) throw new StoreConflict('id');
    this.table.set(report);
  }

  async get(id: ReportId) {
    return this.table.get(id);
  }

  async listOpen(communityId: CommunityId, limit: number) {
    return this.table
      .filter((r) => r.communityId === communityId && r.state.status === 'open')
      .sort(oldestFirst((r) => r.createdAt))
      .slice(0, pageSize(limit));
  }

  async resolve(id: ReportId, by: PersonId, resolution: string, now: Date) {
    const state = { status: 'resolved' as const, by, resolution, at: now };
    assertValid('report', checkReportState(state));
    return this.table.modify(id, (r) => r.state.status === 'open', (r) => ({ ...r, state }))?.after ?? null;
  }

  async scrubReporter(reporterId: PersonId, placeholder: string) {
    const mine = this.table.filter((r) => r.reporterId === reporterId);
    for (const r of mine) this.table.modify(r.id, () => true, (row) => ({ ...row, reason: placeholder }));
    return mine.length;
  }
}

export class MemoryAudit implements AuditRepo {
  readonly table = new Table<AuditEntry>();

  async insert(entry: AuditEntry) {
    assertValid('audit entry', checkAudit(entry));
    if (this.table.has(entry.id)) throw new StoreConflict('id');
    this.table.set(entry);
  }

  async list(communityId: CommunityId, limit: number) {
    return this.table
      .filter((e) => e.communityId === communityId)
      .sort(newestFirst((e) => e.at))
      .slice(0, pageSize(limit));
  }

  async scrubName(personId: PersonId, name: string, placeholder: string) {
    if (!name) return 0;
    const hits = this.table.filter((e) => e.target === personId && e.detail.includes(name));
    for (const e of hits) this.table.modify(e.id, () => true, (row) => ({ ...row, detail: row.detail.split(name).join(placeholder) }));
    return hits.length;
  }
}
