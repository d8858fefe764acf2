import type { Profile } from '../domain/profile.js';
import type { WorkoutSession } from '../domain/session.js';
import type { Actions } from './actions.js';
import type { CoreDeps } from './deps.js';

/** Workout sessions: create, browse, join requests, seats and waitlist, edits, check-ins. */
export class SessionsService {
  constructor(
    private readonly deps: CoreDeps,
    private readonly actions: Actions,
  ) {}

  /** Live sessions I host, sit in or wait for, soonest first. */
  async upcomingFor(me: Profile): Promise<WorkoutSession[]> {
    return this.deps.store.sessions.listForPerson(me.id, ['open', 'full'], this.deps.clock());
  }
}
