import type { ActivityId, Level } from '../activities.js';
import type { PersonId } from '../ids.js';
import type { Profile } from '../profile.js';

/**
 * Someone as a notification shows them to another person: name, area name, activities, level.
 * Never where exactly: a notification waits in the outbox, and nothing in it may locate anyone.
 */
export interface PersonCard {
  readonly id: PersonId;
  readonly displayName: string;
  readonly area: string | null;
  readonly activities: readonly ActivityId[];
  readonly level: Level | null;
}

export const personCard = (p: Pick<Profile, 'id' | 'displayName' | 'area' | 'activities' | 'level'>): PersonCard => ({
  id: p.id,
  displayName: p.displayName,
  area: p.area,
  activities: [...p.activities],
  level: p.level,
});
