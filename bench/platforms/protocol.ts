/** Messages between a bench and its fake-platform process (host.ts). */

export type HostRequest =
  | { op: 'discord-start'; members: number; limitPerSecond: number }
  | { op: 'discord-round'; command: string; who: number[]; atOnce: boolean; expect: string }
  | { op: 'telegram-start'; limits: boolean }
  | { op: 'telegram-round'; text: string; userIds: number[]; expect: string }
  | { op: 'telegram-sent' }
  | { op: 'close' };

/** Per interaction, in ms from INTERACTION_CREATE sent: acknowledgement and final answer. */
export interface RoundResult {
  readonly ack: number[];
  readonly answer: number[];
  /** Not acknowledged within Discord's three seconds. */
  readonly late: number;
  /** The first answer that didn't look right (empty when all did). */
  readonly unexpected: string;
}

export type HostReply =
  | { op: 'discord-started'; token: string; applicationId: string; apiUrl: string; userIds: string[] }
  | { op: 'round'; result: RoundResult }
  | { op: 'telegram-started'; token: string; apiRoot: string }
  | { op: 'telegram-round'; answer: number[]; unexpected: string }
  | { op: 'telegram-sent'; sent: { chat: string; at: number }[]; throttled: number }
  | { op: 'closed' };
