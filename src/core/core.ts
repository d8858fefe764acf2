import { activityLabel, suggestActivities } from '../domain/activities.js';
import type { Community } from '../domain/community.js';
import type { Profile } from '../domain/profile.js';
import type { OptionKind } from '../domain/option-kind.js';
import { Actions } from './actions.js';
import { distinctNames } from '../domain/names.js';
import { ListRefs } from './list-refs.js';
import { PeopleLookup } from './people-lookup.js';
import { BuddiesService } from './buddies.js';
import { CalendarFeedService } from './calendar-feed.js';
import { CommunitiesService } from './communities.js';
import type { CoreDeps } from './deps.js';
import { LinkingService } from './linking.js';
import { MatchingService } from './matching.js';
import { MeetingsService } from './meetings.js';
import { MessagingService } from './messaging.js';
import { ModerationService } from './moderation.js';
import { PeopleService } from './people.js';
import { PlanService } from './plan.js';
import { SessionKit } from './sessions-kit.js';
import { RoundsService } from './rounds.js';
import { SessionChatService } from './session-chat.js';
import { NO_HOOKS } from './hooks.js';
import { SessionsService } from './sessions.js';
import { SessionEventsService } from './session-events.js';

/** The platform-neutral product: every rule lives in these services. */
export class Core {
  readonly actions: Actions;
  readonly people: PeopleService;
  readonly matching: MatchingService;
  readonly sessions: SessionsService;
  readonly buddies: BuddiesService;
  readonly messaging: MessagingService;
  readonly moderation: ModerationService;
  readonly linking: LinkingService;
  readonly communities: CommunitiesService;
  readonly feeds: CalendarFeedService;
  readonly rounds: RoundsService;
  readonly meetings: MeetingsService;
  readonly plan: PlanService;
  readonly sessionEvents: SessionEventsService;
  /** Numbers typed for items of the lists a person was shown. */
  readonly refs: ListRefs;
  /** People named by number, id, mention or name, among those the asker has dealt with. */
  readonly lookup: PeopleLookup;
  readonly sessionChat: SessionChatService;

  constructor(readonly deps: CoreDeps) {
    this.actions = new Actions(deps.store, deps.clock);
    this.sessionChat = new SessionChatService(deps, this.actions);
    // Seat changes reach the session chats too, wherever they happen (joins, leaving, erasure).
    const seated: CoreDeps = { ...deps, hooks: this.sessionChat.around(deps.hooks ?? NO_HOOKS) };
    this.sessions = new SessionsService(seated, this.actions);
    this.people = new PeopleService(seated, this.sessions);
    this.matching = new MatchingService(deps);
    this.buddies = new BuddiesService(deps, this.actions, (me, them) => this.sessionChat.blockChanged(me, them));
    this.messaging = new MessagingService(deps, this.actions);
    this.moderation = new ModerationService(deps, this.sessions, this.actions);
    this.linking = new LinkingService(deps);
    this.communities = new CommunitiesService(deps);
    this.feeds = new CalendarFeedService(deps);
    this.meetings = new MeetingsService(deps, this.actions);
    this.sessionEvents = new SessionEventsService(deps, this.actions);
    // Its own kit: a plan is never announced, so it shares no announcement queue with sessions.
    this.plan = new PlanService(new SessionKit(seated, this.actions), this.buddies, this.actions);
    this.rounds = new RoundsService(deps, this.actions, this.matching, this.meetings);
    this.refs = new ListRefs(deps, this.actions, this.sessions);
    this.lookup = new PeopleLookup(deps, this.actions, this.refs);
  }

  /** Autocomplete suggestions for an option of this kind. */
  async suggest(kind: OptionKind, partial: string, me: Profile, community: Community | null, moderator = false): Promise<{ value: string; label: string }[]> {
    switch (kind) {
      case 'person': {
        // The asker's own circle only: autocomplete is no directory of members.
        const people = (await this.lookup.suggest({ me, community, moderator }, partial)).slice(0, 25);
        const names = distinctNames(people);
        return people.map((p) => ({ value: p.id, label: (names.get(p.id) ?? p.displayName).slice(0, 100) }));
      }
      case 'activity':
      case 'activities':
        return suggestActivities(partial.split(',').pop() ?? '').map((id) => ({ value: id, label: activityLabel(id) }));
      case 'place':
        return (community?.settings.places ?? [])
          .filter((p) => p.name.toLowerCase().includes(partial.trim().toLowerCase()))
          .map((p) => ({ value: p.name, label: p.name }));
      case 'session':
        return (await this.sessions.upcomingFor(me))
          .filter((s) => s.title.toLowerCase().includes(partial.trim().toLowerCase()))
          .map((s) => ({ value: s.id, label: s.title.slice(0, 100) }));
      default:
        return [];
    }
  }
}
