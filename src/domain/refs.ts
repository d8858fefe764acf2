/**
 * Numbers and names people give for things they were shown. Each numbered list a person sees is
 * of one kind, and a number given to a command means the item of the last list of a kind that
 * command takes: "/join 2" after /sessions and then /my-sessions still means the second session
 * nearby, because /join takes sessions nearby and /my-sessions is another kind of list.
 */

/** The kinds of numbered list a person is shown. */
export const LIST_KINDS = ['matches', 'buddies', 'sessions', 'my-sessions', 'requests', 'places', 'reports'] as const;
export type ListKind = (typeof LIST_KINDS)[number];

/** The command that shows each kind of list: what to run to see its numbers. */
export const LIST_COMMAND: ReadonlyMap<ListKind, string> = new Map<ListKind, string>([
  ['matches', 'match'],
  ['buddies', 'buddies'],
  ['sessions', 'sessions'],
  ['my-sessions', 'my-sessions'],
  ['requests', 'requests'],
  ['places', 'places'],
  ['reports', 'reports'],
]);

/** A list's number as typed: "2" or "#2" (at most three digits), else null. */
export function listNumber(text: string): number | null {
  const m = /^#?(\d{1,3})$/.exec(text.trim());
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 ? n : null;
}

/** Exactly a stored id as buttons carry it, untrimmed: what a button's payload must be. */
export const isIdShaped = (text: string): boolean => /^[A-Za-z0-9_-]{8,64}$/.test(text);

/** A stored id as buttons and exports carry it (never a number or a name with spaces). */
export const looksLikeId = (text: string): boolean => isIdShaped(text.trim());
