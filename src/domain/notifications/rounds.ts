import type { ActionId } from '../ids.js';
import type { MatchReason } from './matching.js';
import type { PersonCard } from './people.js';

/** One partner in a round as an intro or nudge names them, with the reader's "Find a time" button for them. */
export interface RoundPartner {
  readonly person: PersonCard;
  /** Why they fit, from the reader's side: shared activities, level, shared hours, distance band. */
  readonly reasons: readonly MatchReason[];
  /** Opens /plan with this partner (a stored action: command `plan`, argument `person`). */
  readonly findTime: ActionId;
}

/** Weekly pairing rounds: who you are paired with this week, and a nudge when nothing is planned yet. */
export type RoundNotification =
  /** `community`: its name; `endsAt`: the round's end (the next round). One partner, or two in a trio. */
  | { readonly kind: 'round-intro'; readonly community: string; readonly partners: readonly RoundPartner[]; readonly endsAt: Date }
  | { readonly kind: 'round-nudge'; readonly community: string; readonly partners: readonly RoundPartner[]; readonly endsAt: Date };
