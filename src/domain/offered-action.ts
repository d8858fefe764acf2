import type { ActivityId } from './activities.js';
import type { ActionId, JoinRequestId, MessageId, PersonId, ReportId, SessionId } from './ids.js';
import type { MeetingAnswer } from './meeting.js';

/**
 * What a button Spotter offers on its own (in a notification, an alert, a hint) does when pressed,
 * as a fact: which request and the values it carries. The core can't name a command (the arrows
 * run from commands to the core), so it names one of these kinds; the interaction layer maps every
 * kind to the command that carries it out, in one place, typed so that a kind without its command,
 * a renamed command, or a value its command's options don't take fails the typecheck
 * (`OfferedCommands` in src/interaction/offered.ts, filled in commands/_offered.ts).
 *
 * A kind is stored with the button as its command's name, so the two are the same word: buttons
 * stored before a deploy keep working as long as their command keeps its name.
 */
export type OfferedAction =
  // Sessions
  | { readonly kind: 'join'; readonly session: SessionId }
  | { readonly kind: 'leave'; readonly session: SessionId }
  | { readonly kind: 'calendar'; readonly session: SessionId }
  | { readonly kind: 'request-accept'; readonly request: JoinRequestId }
  | { readonly kind: 'request-decline'; readonly request: JoinRequestId }
  | { readonly kind: 'session-chat'; readonly session: SessionId; readonly 'reply-to'?: MessageId }
  // A session under way, and who came
  | { readonly kind: 'checkin'; readonly session: SessionId; readonly attended: boolean }
  | { readonly kind: 'running-late'; readonly session: SessionId }
  | { readonly kind: 'attendance-toggle'; readonly session: SessionId; readonly person: PersonId }
  | { readonly kind: 'attendance-done'; readonly session: SessionId }
  | { readonly kind: 'attendance-appeal' }
  // People
  | { readonly kind: 'connect'; readonly person: PersonId }
  | { readonly kind: 'buddy-accept'; readonly person: PersonId }
  | { readonly kind: 'buddy-decline'; readonly person: PersonId }
  | { readonly kind: 'msg'; readonly person: PersonId; readonly 'reply-to'?: MessageId }
  | { readonly kind: 'block'; readonly person: PersonId }
  | { readonly kind: 'report'; readonly message: MessageId }
  | { readonly kind: 'met'; readonly question: string; readonly answer: MeetingAnswer }
  // Planning a time together
  | { readonly kind: 'plan'; readonly person: PersonId }
  | { readonly kind: 'plan-accept'; readonly person: PersonId; readonly slot: string; readonly activity: ActivityId; readonly offer: ActionId }
  | { readonly kind: 'plan-propose'; readonly person: PersonId; readonly activity?: ActivityId }
  // Moderation
  | { readonly kind: 'report-open'; readonly report: ReportId }
  // What words outside any question most likely asked for ("find me a partner", "stop the alerts")
  | { readonly kind: 'setup' }
  | { readonly kind: 'match' }
  | { readonly kind: 'sessions' }
  | { readonly kind: 'my-sessions' }
  | { readonly kind: 'help' }
  | { readonly kind: 'notifications'; readonly alerts: boolean };

export type OfferedKind = OfferedAction['kind'];

/** The values a kind of offered action carries (all but its kind). */
export type OfferedValues<K extends OfferedKind> = Omit<Extract<OfferedAction, { readonly kind: K }>, 'kind'>;
