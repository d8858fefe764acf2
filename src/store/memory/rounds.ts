import type { CommunityId, PersonId } from '../../domain/ids.js';
import type { Round, RoundConfig, RoundId, RoundSchedule } from '../../domain/rounds.js';
import type { RoundsRepo } from '../port-rounds.js';
import { Table } from './table.js';

type ConfigRow = RoundConfig & { readonly id: string };

const without = (list: readonly PersonId[], id: PersonId) => list.filter((x) => x !== id);
const config = (row: ConfigRow): RoundConfig => {
  const { id: _id, ...rest } = row;
  return rest;
};

/** The in-memory twin of the rounds collections. */
export class MemoryRounds implements RoundsRepo {
  private readonly configs = new Table<ConfigRow>();
  readonly rounds = new Table<Round>();

  async config(communityId: CommunityId): Promise<RoundConfig | null> {
    const row = this.configs.get(communityId);
    return row ? config(row) : null;
  }

  async schedule(communityId: CommunityId, schedule: RoundSchedule, now: Date): Promise<RoundConfig> {
    const old = this.configs.get(communityId);
    const row: ConfigRow = {
      id: communityId,
      communityId,
      members: old?.members ?? [],
      skipping: old?.skipping ?? [],
      priority: old?.priority ?? [],
      ...schedule,
      updatedAt: now,
    };
    this.configs.set(row);
    return config(row);
  }

  async join(communityId: CommunityId, personId: PersonId, now: Date): Promise<boolean> {
    return !!this.configs.modify(communityId, (c) => !c.members.includes(personId), (c) => ({ ...c, members: [...c.members, personId], updatedAt: now }));
  }

  async leave(communityId: CommunityId, personId: PersonId, now: Date): Promise<boolean> {
    return !!this.configs.modify(
      communityId,
      (c) => c.members.includes(personId),
      (c) => ({ ...c, members: without(c.members, personId), skipping: without(c.skipping, personId), priority: without(c.priority, personId), updatedAt: now }),
    );
  }

  async skip(communityId: CommunityId, personId: PersonId, now: Date): Promise<boolean> {
    return !!this.configs.modify(
      communityId,
      (c) => c.members.includes(personId) && !c.skipping.includes(personId),
      (c) => ({ ...c, skipping: [...c.skipping, personId], updatedAt: now }),
    );
  }

  async start(round: Round, priority: readonly PersonId[]): Promise<boolean> {
    for (const r of this.rounds.scan()) if (r.communityId === round.communityId && r.key === round.key) return false;
    if (this.rounds.has(round.id)) return false;
    this.rounds.set(round);
    this.configs.modify(round.communityId, () => true, (c) => ({ ...c, skipping: [], priority: [...priority] }));
    return true;
  }

  async get(id: RoundId): Promise<Round | null> {
    return this.rounds.get(id);
  }

  async recent(communityId: CommunityId, limit: number): Promise<Round[]> {
    const n = Math.floor(Number(limit));
    if (!(n >= 1)) return [];
    return this.rounds
      .filter((r) => r.communityId === communityId)
      .sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
      .slice(0, n);
  }

  async startedSince(since: Date): Promise<Round[]> {
    return this.rounds
      .filter((r) => r.startedAt >= since)
      .sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  async markNudged(id: RoundId, now: Date): Promise<boolean> {
    return !!this.rounds.modify(id, (r) => r.nudgedAt === null, (r) => ({ ...r, nudgedAt: now }));
  }

  async markEnded(id: RoundId, now: Date): Promise<boolean> {
    return !!this.rounds.modify(id, (r) => r.endedAt === null, (r) => ({ ...r, endedAt: now }));
  }

  async forget(personId: PersonId): Promise<number> {
    let changed = 0;
    for (const c of this.configs.filter((c) => [c.members, c.skipping, c.priority].some((l) => l.includes(personId)))) {
      this.configs.modify(c.id, () => true, (row) => ({
        ...row,
        members: without(row.members, personId),
        skipping: without(row.skipping, personId),
        priority: without(row.priority, personId),
      }));
      changed++;
    }
    return changed;
  }
}
