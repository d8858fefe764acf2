import {
  type APIInteractionGuildMember,
  ApplicationCommandOptionType,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type GuildMember,
  type Interaction,
  type ModalSubmitInteraction,
  PermissionFlagsBits,
} from 'discord.js';
import { communityKey, userKey } from '../../src/domain/platform.js';
import type { Invocation } from '../../src/interaction/command.js';
import { LIMIT } from './limits.js';

/**
 * What arrives from Discord, in the core's terms: who acted and where (an `Invocation`), which
 * command and values. Platform facts (roles, Manage Server) are read from the interaction
 * Discord signed, never from anything a button carried.
 */

/** Custom ids of the adapter's own components; the core's action ids never contain ':'. */
export const ids = {
  /** "Answer" button that opens a modal for a conversation question: `sp:a:<l|s><max>:<label>`. */
  answerButton: (long: boolean, label: string, max?: number) => `sp:a:${long ? 'l' : 's'}${max ?? ''}:${label}`.slice(0, LIMIT.customId),
  answerModal: 'sp:answer',
  answerInput: 'answer',
  /** Modal asking a command's long-text options; the id names the stored values given so far. */
  formModal: (pendingId: string) => `sp:form:${pendingId}`,
  /** A button that asks for text before it acts: `sp:f:<max>:<option>:<action>:<label>` (the label may be cut). */
  formButton: (action: string, option: string, max: number, label: string) => `sp:f:${max}:${option}:${action}:${label}`.slice(0, LIMIT.customId),
  /** A button whose answer redraws the message it is on: `sp:u:<action>`. */
  inPlaceButton: (action: string) => `sp:u:${action}`,
  /** Its modal: `sp:fm:<option>:<action>`. */
  formButtonModal: (action: string, option: string) => `sp:fm:${option}:${action}`,
} as const;

export function parseFormButton(customId: string): { action: string; option: string; max: number; label: string } | null {
  const m = /^sp:f:(\d{1,5}):([a-z][a-z0-9-]{0,31}):([^:]{1,64}):(.*)$/s.exec(customId);
  return m ? { max: Number(m[1]), option: m[2]!, action: m[3]!, label: m[4] ?? '' } : null;
}

export function parseInPlaceButton(customId: string): string | null {
  const m = /^sp:u:([^:]{1,64})$/.exec(customId);
  return m ? m[1]! : null;
}

export function parseFormButtonModal(customId: string): { action: string; option: string } | null {
  const m = /^sp:fm:([a-z][a-z0-9-]{0,31}):([^:]{1,64})$/.exec(customId);
  return m ? { option: m[1]!, action: m[2]! } : null;
}

export function parseAnswerButton(customId: string): { long: boolean; label: string; max: number | null } | null {
  const m = /^sp:a:([ls])(\d{0,5}):(.*)$/s.exec(customId);
  return m ? { long: m[1] === 'l', label: m[3] ?? '', max: m[2] ? Number(m[2]) : null } : null;
}

export function parseFormModal(customId: string): string | null {
  return customId.startsWith('sp:form:') ? customId.slice('sp:form:'.length) : null;
}

/** A Discord username since the 2023 change: 2 to 32 of lower-case letters, digits, "_" and ".". */
const USERNAME = /^[a-z0-9_.]{2,32}$/;

/**
 * The user's unique username as a handle. An account not yet moved to unique names still has a
 * discriminator ("ben#1234"): its username is shared with others, so it names nobody: null.
 */
export function usernameOf(user: { readonly username: string; readonly discriminator: string }): string | null {
  if (user.discriminator !== '0' && user.discriminator !== '') return null;
  return USERNAME.test(user.username) ? user.username : null;
}

export function invocationOf(i: Interaction): Invocation {
  const member = i.member;
  const displayName = member ? memberName(member) : (i.user.globalName ?? i.user.username);
  return {
    platform: 'discord',
    user: { key: userKey('discord', i.user.id), displayName, handle: usernameOf(i.user) },
    locale: i.locale,
    community: i.guildId
      ? {
          key: communityKey('discord', i.guildId),
          name: i.guild?.name ?? `Discord server ${i.guildId}`,
          roleIds: rolesOf(member, i.guildId),
          isAdmin: i.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
          channelId: i.channelId,
        }
      : null,
  };
}

const memberName = (member: GuildMember | APIInteractionGuildMember): string =>
  'displayName' in member ? member.displayName : (member.nick ?? member.user.global_name ?? member.user.username);

/** The member's role ids, from a cached GuildMember or the raw member of an uncached guild. */
function rolesOf(member: GuildMember | APIInteractionGuildMember | null, guildId: string): string[] {
  if (!member) return [];
  const roles = member.roles;
  const list = Array.isArray(roles) ? roles : [...roles.cache.keys()];
  return list.filter((id) => id !== guildId);
}

export interface SlashCall {
  readonly top: string;
  readonly sub: string | null;
  /** Option values by option name, as Discord typed them. */
  readonly values: Record<string, string | number | boolean>;
  /** The option being typed (autocomplete only). */
  readonly focused: { readonly name: string; readonly value: string } | null;
}

export function slashCall(i: ChatInputCommandInteraction | AutocompleteInteraction): SlashCall {
  let options: readonly CommandInteractionOption[] = i.options.data;
  let sub: string | null = null;
  const first = options[0];
  if (first?.type === ApplicationCommandOptionType.SubcommandGroup) {
    const inner = first.options?.[0];
    sub = inner ? `${first.name}-${inner.name}` : first.name;
    options = inner?.options ?? [];
  } else if (first?.type === ApplicationCommandOptionType.Subcommand) {
    sub = first.name;
    options = first.options ?? [];
  }
  // Built with fromEntries: an option named "__proto__" becomes an own key (and is refused as
  // unknown) instead of silently touching the object's prototype.
  const entries: [string, string | number | boolean][] = [];
  let focused: SlashCall['focused'] = null;
  for (const o of options) {
    if (o.value === undefined || o.value === null) continue;
    // A picked user arrives as their id: written as the mention the core resolves through linked accounts.
    entries.push([o.name, o.type === ApplicationCommandOptionType.User ? `<@${String(o.value)}>` : o.value]);
    if (o.focused) focused = { name: o.name, value: String(o.value) };
  }
  return { top: i.commandName, sub, values: Object.fromEntries(entries), focused };
}

/** Every text input of a modal, by custom id (the option name). */
export function modalValues(i: ModalSubmitInteraction): Record<string, string> {
  const entries: [string, string][] = [];
  for (const [customId, field] of i.fields.fields) {
    if ('value' in field && typeof field.value === 'string') entries.push([customId, field.value]);
  }
  return Object.fromEntries(entries);
}
