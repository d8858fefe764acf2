import type { Community } from '../domain/community.js';
import type { Invocation } from '../domain/invocation.js';
import { hasCompleteProfile, type Profile } from '../domain/profile.js';
import type { Core } from '../core/core.js';
import { isModerator, isOwner } from '../core/permissions.js';
import type { Translator } from '../i18n/translator.js';
import type { RawValues } from './arguments.js';

/**
 * What must hold before a command runs, declared with the command (`requires`) and checked by the
 * dispatcher in one loop, each with its own answer in the person's language. The core checks
 * again inside every rule; these gate the command itself, before it asks or does anything.
 * Written as plain objects in the definitions: `requires: [{ kind: 'in-community' }, { kind: 'moderator' }]`.
 */
export type Precondition<Option extends string = string> =
  /** The person has an area, activities and a level. */
  | { readonly kind: 'profile-complete' }
  /** Run inside a community (a server or group), not in a private chat. */
  | { readonly kind: 'in-community' }
  /** Run in a private chat with the bot, never where others read along. */
  | { readonly kind: 'private-chat' }
  /** A moderator of the community it runs in (owners count). */
  | { readonly kind: 'moderator' }
  /** One of the deployment's operators (OWNER_IDS). */
  | { readonly kind: 'owner' }
  /**
   * The host of the session `option` names: the session itself, or (`via: 'request'`) the session
   * a join request is for. Met when the option is left out (the command then covers only what the
   * person hosts) or names nothing that exists (the command says it is not found).
   */
  | { readonly kind: 'host'; readonly option: Option; readonly via: 'session' | 'request' };

/** Nothing to hold: anyone may run it, anywhere. Said alone, so it never sits beside a real precondition. */
export type Anyone = { readonly kind: 'anyone' };

/** A command's `requires`: `[{ kind: 'anyone' }]`, or the preconditions that must all hold. */
export type Requires<Option extends string = string> = readonly [Anyone] | readonly Precondition<Option>[];

/** Who is asking and where: all the facts the preconditions about the person and the place need. */
export interface Standing {
  readonly invocation: Invocation;
  readonly me: Profile;
  readonly community: Community | null;
  readonly core: Core;
}

/**
 * The preconditions that depend on the options (the host of the session named) wait until the
 * options are given and their numbers resolved; the rest are known from the standing alone, so a
 * command refuses before it asks a single question.
 */
const needsValues = (p: Precondition): boolean => p.kind === 'host';

/** Is `p`, knowable from the standing alone, met? */
function metByStanding(p: Exclude<Precondition, { kind: 'host' }>, s: Standing): boolean {
  const settings = s.core.deps.settings;
  switch (p.kind) {
    case 'profile-complete':
      return hasCompleteProfile(s.me);
    case 'in-community':
      // Asked inside one, not from a private chat that only remembers the person's last community;
      // only the deployment's operators, who hold no seat in each group, act on it from there.
      return s.community !== null && (s.invocation.community !== null || isOwner(settings, s.invocation));
    case 'private-chat':
      return s.invocation.community === null;
    case 'moderator':
      return isModerator(settings, s.community, s.invocation);
    case 'owner':
      return isOwner(settings, s.invocation);
  }
}

/** The answer for an unmet precondition, naming the command the person tried. */
function refusal(p: Precondition, command: string, t: Translator, title: string): string {
  switch (p.kind) {
    case 'profile-complete':
      return t.t('error-profile-unfinished');
    case 'in-community':
      return t.t('error-needs-community', { command });
    case 'private-chat':
      return t.t('error-private-only', { command });
    case 'moderator':
      return t.t('error-moderators-only', { command });
    case 'owner':
      return t.t('error-owners-only', { command });
    case 'host':
      return t.t('error-host-only', { command, title });
  }
}

/** The command's declarations the checks read. */
export interface Gated {
  readonly name: string;
  readonly requires: Requires;
}

/** The real preconditions of a command (none for `anyone`). */
const preconditions = (command: Gated): readonly Precondition[] => command.requires.filter((p): p is Precondition => p.kind !== 'anyone');

/**
 * The answer for the first unmet precondition of `command`, or null when all hold. Without
 * `values`: those known from the standing (before any option is asked); with the resolved values:
 * those about what the options name.
 */
export async function firstRefusal(command: Gated, standing: Standing, t: Translator, values: RawValues | null): Promise<string | null> {
  for (const p of preconditions(command)) {
    if (needsValues(p) !== (values !== null)) continue;
    if (p.kind !== 'host') {
      if (!metByStanding(p, standing)) return refusal(p, command.name, t, '');
      continue;
    }
    const ref = values?.[p.option];
    if (typeof ref !== 'string' || ref === '') continue;
    const session = await standing.core.sessions.named(standing.me, ref, p.via);
    if (session && session.hostId !== standing.me.id) return refusal(p, command.name, t, session.title);
  }
  return null;
}

/**
 * Whether /help offers the command where the person asked: the preconditions about who they are
 * and where they are. A finished profile and the session a command names are not about the place,
 * so /match is shown before the profile is done (its refusal says what to finish).
 */
export function offeredHere(command: Gated, standing: Standing): boolean {
  return preconditions(command).every((p) => p.kind === 'host' || p.kind === 'profile-complete' || metByStanding(p, standing));
}

/** Where a command runs, read from its preconditions, for platform menus: inside communities, in private chats, or both. */
export function placeOf(command: Gated): 'community' | 'private' | 'anywhere' {
  if (preconditions(command).some((p) => p.kind === 'in-community')) return 'community';
  if (preconditions(command).some((p) => p.kind === 'private-chat')) return 'private';
  return 'anywhere';
}

/** Who a platform menu may offer the command to: everyone, moderators (and owners), or owners only. */
export function offeredTo(command: Gated): 'everyone' | 'moderators' | 'owners' {
  if (preconditions(command).some((p) => p.kind === 'owner')) return 'owners';
  if (preconditions(command).some((p) => p.kind === 'moderator')) return 'moderators';
  return 'everyone';
}
