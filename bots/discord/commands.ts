import {
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  ApplicationIntegrationType,
  InteractionContextType,
  type LocalizationMap,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandDefinition } from '../../src/interaction/command.js';
import { offeredTo, placeOf } from '../../src/interaction/preconditions.js';
import type { OptionSpec } from '../../src/interaction/options.js';
import type { CommandRegistry, MenuWords } from '../../src/interaction/registry.js';
import { clip, LIMIT } from './limits.js';
import { localized } from './locales.js';

/**
 * The command declarations of `commands/` as Discord application commands, built from data only:
 * no command has Discord-specific code. Commands of one `group` whose names start with the
 * group's name become subcommands (`session-create` → `/session create`); the rest are top-level.
 */

export type ChatInputJson = RESTPostAPIChatInputApplicationCommandsJSONBody;

export interface CommandTable {
  /** What `registerDiscordCommands` sends to Discord. */
  readonly json: readonly ChatInputJson[];
  /** The command behind `/top` or `/top sub`. */
  resolve(top: string, sub: string | null): CommandDefinition | undefined;
}

const MOD_PERMISSIONS = PermissionFlagsBits.ManageGuild.toString();

export function buildCommandTable(registry: CommandRegistry): CommandTable {
  const visible = registry.list.filter((c) => !c.hidden);
  const groups = new Map<string, { description: string; members: CommandDefinition[] }>();
  const topLevel: CommandDefinition[] = [];

  for (const c of visible) {
    const g = c.group;
    if (g && c.name.startsWith(`${g.name}-`)) {
      const entry = groups.get(g.name) ?? { description: g.description, members: [] };
      entry.members.push(c);
      groups.set(g.name, entry);
    } else topLevel.push(c);
  }
  // A group whose name is taken by a top-level command, or that is too big for one Discord
  // command, is not grouped: its members stay top-level commands under their own names.
  const takenNames = new Set(topLevel.map((c) => c.name));
  for (const [name, g] of groups) {
    if (takenNames.has(name) || g.members.length > LIMIT.subcommands) {
      topLevel.push(...g.members);
      groups.delete(name);
    }
  }

  const byKey = new Map<string, CommandDefinition>();
  const json: ChatInputJson[] = [];
  for (const c of topLevel) {
    byKey.set(c.name, c);
    json.push({
      type: ApplicationCommandType.ChatInput,
      name: c.name,
      ...described(c.description, (w) => w.description(c)),
      options: optionsJson(c),
      ...visibility([c]),
    });
  }
  for (const [name, g] of groups) {
    const subcommands: APIApplicationCommandSubcommandOption[] = g.members.map((c) => {
      const sub = c.name.slice(name.length + 1);
      byKey.set(`${name} ${sub}`, c);
      return { type: ApplicationCommandOptionType.Subcommand, name: sub, ...described(c.description, (w) => w.description(c)), options: optionsJson(c) };
    });
    json.push({
      type: ApplicationCommandType.ChatInput,
      name,
      ...described(g.description, (w) => (g.members[0]?.group ? w.group(g.members[0].group) : g.description)),
      options: subcommands,
      ...visibility(g.members),
    });
  }
  if (json.length > LIMIT.commands) throw new Error(`Discord takes at most ${LIMIT.commands} slash commands; there are ${json.length}`);
  json.sort((a, b) => a.name.localeCompare(b.name));

  return {
    json,
    resolve: (top, sub) => byKey.get(sub ? `${top} ${sub}` : top),
  };
}

/**
 * Who sees the command and where. Moderator and owner commands are hidden from members without
 * Manage Server (server admins can extend them to the moderator role in Server Settings →
 * Integrations); the core checks permission again on every call either way.
 */
function visibility(commands: readonly CommandDefinition[]): Pick<ChatInputJson, 'contexts' | 'integration_types' | 'default_member_permissions'> {
  const contexts = new Set<InteractionContextType>();
  for (const c of commands) for (const ctx of contextsOf(placeOf(c))) contexts.add(ctx);
  const restricted = commands.every((c) => offeredTo(c) !== 'everyone');
  return {
    contexts: [...contexts].sort(),
    integration_types: [ApplicationIntegrationType.GuildInstall],
    default_member_permissions: restricted ? MOD_PERMISSIONS : null,
  };
}

function contextsOf(scope: ReturnType<typeof placeOf>): InteractionContextType[] {
  switch (scope) {
    case 'community':
      return [InteractionContextType.Guild];
    case 'private':
      return [InteractionContextType.BotDM];
    case 'anywhere':
      return [InteractionContextType.Guild, InteractionContextType.BotDM];
  }
}

/**
 * Slash options. Long free text is never required in the slash form: when it is missing the
 * adapter asks for it in a modal. A guided command's options are all optional, so running it
 * bare starts the step-by-step conversation.
 */
function optionsJson(c: CommandDefinition): APIApplicationCommandBasicOption[] {
  const entries = Object.entries(c.options) as [string, OptionSpec][];
  const options = entries.map(([name, spec]) => optionJson(c, name, spec, spec.required && spec.kind !== 'long-text' && !c.guided));
  // Discord wants required options first.
  return [...options.filter((o) => o.required), ...options.filter((o) => !o.required)];
}

function optionJson(c: CommandDefinition, name: string, spec: OptionSpec, required: boolean): APIApplicationCommandBasicOption {
  const base = { name, ...described(spec.description, (w) => w.option(c, name, spec)), ...(required ? { required: true } : {}) };
  switch (spec.kind) {
    case 'integer':
      return {
        ...base,
        type: ApplicationCommandOptionType.Integer,
        ...(spec.min !== undefined ? { min_value: spec.min } : {}),
        ...(spec.max !== undefined ? { max_value: spec.max } : {}),
      };
    case 'boolean':
      return { ...base, type: ApplicationCommandOptionType.Boolean };
    case 'choice':
    case 'level': {
      const choices = spec.choices ?? [];
      if (choices.length > 0 && choices.length <= LIMIT.choices)
        return {
          ...base,
          type: ApplicationCommandOptionType.String,
          choices: choices.map((ch) => {
            const english = clip(ch.label || ch.value, 100);
            const names = localized(english, (w) => w.choice(c, name, ch), 100);
            return { name: english, ...(Object.keys(names).length ? { name_localizations: names } : {}), value: ch.value.slice(0, 100) };
          }),
        };
      return { ...base, type: ApplicationCommandOptionType.String, ...maxLength(spec) };
    }
    case 'channel':
      // Where sessions are announced: channels people read, text or announcement.
      return { ...base, type: ApplicationCommandOptionType.Channel, channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement] };
    case 'role':
      return { ...base, type: ApplicationCommandOptionType.Role };
    case 'member':
      // Who a moderator acts on is a member of the server: Discord's own user picker.
      return { ...base, type: ApplicationCommandOptionType.User };
    case 'activity':
    case 'activities':
    case 'place':
    case 'session':
    // People the asker has dealt with, by name (never a directory: src/core/people-lookup.ts).
    case 'person':
      return { ...base, type: ApplicationCommandOptionType.String, autocomplete: true, ...maxLength(spec) };
    default:
      return { ...base, type: ApplicationCommandOptionType.String, ...maxLength(spec) };
  }
}

/** A description (Discord: 1–100 characters) with its translations. */
function described(english: string, pick: (words: MenuWords) => string): { description: string; description_localizations?: LocalizationMap } {
  const description = clip(english, 100);
  const localizations = localized(description, pick, 100);
  return { description, ...(Object.keys(localizations).length ? { description_localizations: localizations } : {}) };
}

const maxLength = (spec: OptionSpec) => (spec.maxLength ? { max_length: Math.min(spec.maxLength, LIMIT.stringOption) } : {});
