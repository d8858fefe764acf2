/**
 * A session as the community's own calendar entry on its platform (Discord's scheduled events),
 * already said in the community's language. The platform maps `status` to its own and moves the
 * event through the transitions it allows.
 */
export interface SessionEvent {
  readonly name: string;
  readonly description: string;
  /** The place's name: never where exactly it is. */
  readonly location: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
  /** Repeats every week on the start's weekday. */
  readonly weekly: boolean;
  readonly status: SessionEventStatus;
}

export type SessionEventStatus = 'scheduled' | 'active' | 'completed' | 'canceled';

/**
 * What became of an attempt to make an event: made (its id), refused because the bot lacks the
 * platform's permission, or failed for another reason (logged; the announcement stands).
 */
export type EventMade = { readonly kind: 'created'; readonly eventId: string } | { readonly kind: 'refused' } | { readonly kind: 'failed' };
