import { type Ban, banOf, type Community } from '../domain/community.js';
import type { PersonId } from '../domain/ids.js';
import type { UserKey } from '../domain/platform.js';
import type { Profile } from '../domain/profile.js';
import type { CoreDeps } from './deps.js';
import type { CommunityWithdrawal, SessionsService } from './sessions.js';

/** What a ban did, for the moderator's answer. */
export interface BanOutcome extends CommunityWithdrawal {
  readonly person: Profile;
  /** The person was banned here already: the ban was updated and they were not told again. */
  readonly already: boolean;
}

/** How a ban takes the person out of the community's sessions. */
export type CommunityLeaver = Pick<SessionsService, 'withdrawFromCommunity'>;

/**
 * The reason participants read when a banned host's session is called off: no ban reason, no
 * names. Still words (the sessions' cancel reason is a person's own text); it becomes a phrase
 * when cancellations carry one.
 */
export const BANNED_HOST_REASON = 'its host can no longer take part in this community';

const union = <T>(base: readonly T[], more: readonly T[]): T[] => [...base, ...more.filter((x, i) => !base.includes(x) && more.indexOf(x) === i)];

/**
 * Bans that hold. A ban records every account of the person (so a new profile on any of them is
 * still banned: see `CommunitiesRepo.bindBans`), then takes them out of the community at once:
 * their upcoming sessions there are cancelled, their seats and requests there withdrawn, and
 * they are told once, privately, without the moderator's name or reason.
 */
export class BanDesk {
  constructor(
    private readonly deps: CoreDeps,
    private readonly sessions: CommunityLeaver,
  ) {}

  /** Permission and input are checked by the caller; this stores the ban and applies it. */
  async ban(community: Community, by: PersonId, person: Profile, reason: string): Promise<BanOutcome> {
    const { store, clock, notifier, log } = this.deps;
    const previous = banOf(community, person);
    // A ban already covering this person (maybe through an earlier profile) is replaced by one
    // that keeps everything it covered.
    const identities: UserKey[] = union(previous?.identities ?? [], person.identities);
    const laterIds = previous ? union(previous.laterIds, [previous.personId]).filter((id) => id !== person.id) : [];
    const ban: Ban = { personId: person.id, identities, laterIds, by, reason, at: clock() };
    if (previous && previous.personId !== person.id) await store.communities.unban(community.id, previous.personId);
    await store.communities.ban(community.id, ban);
    const withdrawal = await this.sessions.withdrawFromCommunity(person, community, BANNED_HOST_REASON, by);
    if (!previous) {
      try {
        await notifier.notify(person.id, { kind: 'banned', community: community.name });
      } catch (error) {
        log.warn({ personId: person.id, err: (error as Error).message }, 'ban notice failed');
      }
    }
    log.info({ communityId: community.id, ...withdrawal }, 'member banned');
    return { person, already: previous !== null, ...withdrawal };
  }
}
