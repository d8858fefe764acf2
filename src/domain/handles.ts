import type { NameFit } from './name-search.js';
import type { UserKey } from './platform.js';
import { cleanText } from './text.js';

/**
 * Handles: the unique name a person has on one of their platform accounts ("ben_p"), which other
 * people type to name them ("/connect @ben_p"). Unlike a display name it is the platform's, not
 * theirs to set here: each adapter reports it with every event, and it may change or disappear.
 * It is matched only among the people the asker has dealt with, like a name (src/core/people-lookup.ts).
 */

/** The handle of one account of a person, as its platform last reported it (letter case kept). */
export interface Handle {
  readonly identity: UserKey;
  readonly handle: string;
}

export const HANDLE_MAX = 32;

/**
 * What a handle of any platform may hold: ASCII letters, digits, "_" and ".", at most 32. Each
 * adapter checks its own platform's narrower rule before reporting one; this is the core's guard
 * for whatever reaches it.
 */
const HANDLE_SHAPE = /^[A-Za-z0-9_.]{1,32}$/;

/** Without one leading "@": people type handles the way their platform shows them. */
const bare = (text: string) => (text.startsWith('@') ? text.slice(1) : text);

/** A reported handle, cleaned (src/domain/text.ts), without its "@"; null when absent or not shaped like one. */
export function cleanHandle(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const handle = bare(cleanText(raw));
  return HANDLE_SHAPE.test(handle) ? handle : null;
}

/** Handles compare without letter case: "@Ben_P" and "ben_p" are one account. */
export const handleKey = (handle: string): string => handle.toLowerCase();

/** What a person typed, as a handle to compare: cleaned, without "@", lower case; null when it can't be one. */
export function typedHandle(query: string): string | null {
  const handle = cleanHandle(query);
  return handle === null ? null : handleKey(handle);
}

/** Whether what was typed is written as a handle: it starts with "@". */
export const writtenAsHandle = (query: string): boolean => cleanText(query).startsWith('@');

/** How a typed "@ben" fits a handle: `exact` ("@BEN" for "ben"), `prefix` ("@be"), or null. */
export function handleFit(query: string, handle: string): NameFit | null {
  const q = typedHandle(query);
  if (q === null) return null;
  const key = handleKey(handle);
  if (key === q) return 'exact';
  return key.startsWith(q) ? 'prefix' : null;
}

/** The handle of the person's account `identity`, or null. */
export const handleOf = (handles: readonly Handle[], identity: UserKey): string | null =>
  handles.find((h) => h.identity === identity)?.handle ?? null;

/** The person's handles with `identity`'s set to `handle` (null: removed); the others as they were. */
export function withHandle(handles: readonly Handle[], identity: UserKey, handle: string | null): Handle[] {
  const others = handles.filter((h) => h.identity !== identity);
  return handle === null ? others : [...others, { identity, handle }];
}

/**
 * The people with a handle that fits the query, each with the handle that fit: only exact fits
 * when there are any, else every prefix fit (as names are found).
 */
export function bestHandleFits<T extends { readonly handles: readonly Handle[] }>(query: string, items: readonly T[]): { item: T; handle: Handle }[] {
  const exact: { item: T; handle: Handle }[] = [];
  const prefix: { item: T; handle: Handle }[] = [];
  for (const item of items) {
    let best: { fit: NameFit; handle: Handle } | null = null;
    for (const h of item.handles) {
      const fit = handleFit(query, h.handle);
      if (fit === 'exact' || (fit === 'prefix' && best === null)) best = { fit, handle: h };
      if (fit === 'exact') break;
    }
    if (best?.fit === 'exact') exact.push({ item, handle: best.handle });
    else if (best) prefix.push({ item, handle: best.handle });
  }
  return exact.length > 0 ? exact : prefix;
}
