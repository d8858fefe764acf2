import { ADMINISTRATOR, allComponents, BASIC_PERMISSIONS, channelJson, type Component, type FakeGuild, type FakeMessage, type FakeUser, MANAGE_GUILD, messageJson, snowflake, userJson } from './state.js';
import type { CommandJson } from './validate.js';
import { threadsOf } from './threads.js';
import type { FakeInteraction, World } from './world.js';

/**
 * INTERACTION_CREATE payloads as Discord builds them, and the checks the Discord app makes
 * before it lets a person send one (a hidden command, a missing required option, a number out
 * of range, someone else's ephemeral message).
 */

/** Where and as whom something is done: a member in a server channel, or a user in the bot's DM. */
export interface Place {
  readonly user: FakeUser;
  readonly guild: FakeGuild | null;
  readonly channelId: string;
  readonly roles: readonly string[];
  readonly permissions: bigint;
}

export const memberPermissions = (manageGuild: boolean, administrator = false): bigint =>
  BASIC_PERMISSIONS | (manageGuild ? MANAGE_GUILD : 0n) | (administrator ? ADMINISTRATOR | MANAGE_GUILD : 0n);

export function envelope(world: World, place: Place, type: FakeInteraction['type'], data: unknown, source: FakeMessage | null): { record: FakeInteraction; payload: unknown } {
  const id = snowflake();
  const token = `itoken-${id}-${Math.random().toString(36).slice(2)}`;
  const channel = world.channels.get(place.channelId);
  if (!channel) throw new Error(`fake discord: unknown channel ${place.channelId}`);
  // A private thread is seen (and so used) only by its members.
  const thread = threadsOf(world).byId.get(channel.id);
  if (thread && thread.type === 12 && !thread.members.has(place.user.id)) throw new Error(`fake discord: ${place.user.global_name} can't see that private thread`);
  const record: FakeInteraction = {
    id,
    token,
    type,
    userId: place.user.id,
    channelId: place.channelId,
    guildId: place.guild?.id ?? null,
    createdAt: Date.now(),
    source,
    ack: null,
    original: null,
    followups: [],
    modal: null,
    choices: null,
  };
  const where = place.guild
    ? {
        guild_id: place.guild.id,
        guild_locale: 'en-US',
        guild: { id: place.guild.id, locale: 'en-US', features: [] },
        member: {
          user: userJson(place.user),
          roles: [...place.roles],
          permissions: place.permissions.toString(),
          joined_at: new Date(0).toISOString(),
          deaf: false,
          mute: false,
          flags: 0,
          pending: false,
          nick: null,
          avatar: null,
          premium_since: null,
          communication_disabled_until: null,
        },
        context: 0,
        authorizing_integration_owners: { '0': place.guild.id },
      }
    : { user: userJson(place.user), context: 1, authorizing_integration_owners: { '0': '0' } };
  const payload = {
    id,
    application_id: world.applicationId,
    type,
    token,
    version: 1,
    locale: place.user.locale ?? 'en-US',
    app_permissions: (BASIC_PERMISSIONS | MANAGE_GUILD).toString(),
    entitlements: [],
    attachment_size_limit: 10_485_760,
    channel_id: channel.id,
    channel: thread ? threadsOf(world).json(thread) : channelJson(channel, world.users),
    ...where,
    data,
    ...(source ? { message: messageJson(source, world.bot, world.channels.get(source.channelId)) } : {}),
  };
  world.interactions.set(id, record);
  world.byToken.set(token, record);
  return { record, payload };
}

type OptionJson = NonNullable<CommandJson['options']>[number] & { min_value?: number; max_value?: number; channel_types?: number[] };

/** The command a person can see here, by its typed path ("session create"). */
export function findCommand(world: World, place: Place, path: string, force: boolean): { command: CommandJson & { id: string }; sub: OptionJson | null } {
  const [top, subName] = path.trim().split(/\s+/);
  const scopes = place.guild ? [place.guild.id, 'global'] : ['global'];
  const command = scopes.flatMap((s) => world.commands.get(s) ?? []).find((c) => c.name === top) as (CommandJson & { id: string }) | undefined;
  if (!command) throw new Error(`fake discord: no command /${top} is registered`);
  const sub = subName ? (command.options ?? []).find((o) => o.type === 1 && o.name === subName) ?? null : null;
  if (subName && !sub) throw new Error(`fake discord: /${top} has no subcommand ${subName}`);
  if (force) return { command, sub };
  if (!(command.contexts ?? [0, 1]).includes(place.guild ? 0 : 1)) throw new Error(`fake discord: /${top} is not offered ${place.guild ? 'in servers' : 'in DMs'}`);
  const needed = command.default_member_permissions ? BigInt(command.default_member_permissions) : 0n;
  const allowedRoles = place.guild?.commandRoles.get(command.name);
  const byRole = allowedRoles ? place.roles.some((r) => allowedRoles.has(r)) : false;
  if (place.guild && needed !== 0n && (place.permissions & needed) !== needed && !(place.permissions & ADMINISTRATOR) && !byRole)
    throw new Error(`fake discord: /${top} is not visible to ${place.user.username} (needs permissions ${needed})`);
  return { command, sub };
}

export type OptionValue = string | number | boolean;

/** What a channel or role option's value refers to, as Discord sends it beside the options. */
export interface Resolved {
  channels?: Record<string, unknown>;
  roles?: Record<string, unknown>;
  users?: Record<string, unknown>;
}

/**
 * Slash options as the Discord app would send them, refusing what it would not let through. A
 * channel or role option is a picker in the app: only a channel (of the declared types) or a role
 * of this server can be chosen, and Discord sends what it is in `resolved`.
 */
export function optionsPayload(
  declared: readonly OptionJson[],
  given: Record<string, OptionValue>,
  focused: string | null,
  guild: FakeGuild | null = null,
  resolved: Resolved = {},
  users: ReadonlyMap<string, FakeUser> = new Map(),
): unknown[] {
  const out: unknown[] = [];
  for (const [name, value] of Object.entries(given)) {
    const o = declared.find((d) => d.name === name);
    if (!o) throw new Error(`fake discord: no option "${name}" (has: ${declared.map((d) => d.name).join(', ')})`);
    if (name === focused) {
      out.push({ name, type: o.type, value: String(value), focused: true });
      continue;
    }
    if (o.type === 3 && typeof value !== 'string') throw new Error(`fake discord: option ${name} takes text`);
    if (o.type === 7) {
      const channel = guild ? [...guild.channels].find(([, id]) => id === value) : undefined;
      // The server's channels in this fake are text channels (type 0).
      if (!guild || !channel || (o.channel_types && !o.channel_types.includes(0))) throw new Error(`fake discord: the channel picker of ${name} offers no channel ${String(value)}`);
      resolved.channels = { ...resolved.channels, [channel[1]]: { id: channel[1], name: channel[0], type: 0, permissions: '0', flags: 0 } };
    }
    if (o.type === 8) {
      const role = guild?.roles.find((r) => r.id === value);
      if (!guild || !role) throw new Error(`fake discord: the role picker of ${name} offers no role ${String(value)}`);
      resolved.roles = {
        ...resolved.roles,
        [role.id]: { id: role.id, name: role.name, permissions: '0', position: 1, color: 0, hoist: false, managed: false, mentionable: false, flags: 0, icon: null, unicode_emoji: null },
      };
    }
    if (o.type === 6) {
      // A user picker: only someone Discord knows can be picked, sent as the id with the user in `resolved.users`.
      const user = typeof value === 'string' ? users.get(value) : undefined;
      if (!user || user.bot) throw new Error(`fake discord: the user picker of ${name} offers no user ${String(value)}`);
      resolved.users = { ...resolved.users, [user.id]: { id: user.id, username: user.username, global_name: user.global_name, discriminator: user.discriminator ?? '0', avatar: null } };
    }
    if (o.type === 4 && (typeof value !== 'number' || !Number.isInteger(value))) throw new Error(`fake discord: option ${name} takes a whole number`);
    if (o.type === 5 && typeof value !== 'boolean') throw new Error(`fake discord: option ${name} takes true/false`);
    if (o.type === 4 && ((o.min_value !== undefined && (value as number) < o.min_value) || (o.max_value !== undefined && (value as number) > o.max_value)))
      throw new Error(`fake discord: the Discord app refuses ${name}=${value} (range ${o.min_value}–${o.max_value})`);
    if (o.choices && !o.choices.some((c) => c.value === value)) throw new Error(`fake discord: ${value} is not a choice of ${name}`);
    if (o.max_length !== undefined && String(value).length > o.max_length) throw new Error(`fake discord: the Discord app caps ${name} at ${o.max_length} characters`);
    out.push({ name, type: o.type, value });
  }
  if (focused === null) for (const o of declared) if (o.required && !(o.name in given)) throw new Error(`fake discord: the Discord app requires option ${o.name}`);
  return out;
}

/** A button or select of a message, by its label, custom id or (for a select) placeholder. */
export function componentOf(message: FakeMessage, which: string | RegExp): Component {
  const all = allComponents(message.components);
  const match = (c: Component) =>
    typeof which === 'string' ? c.label === which || c.custom_id === which || c.placeholder === which : which.test(c.label ?? c.placeholder ?? '');
  const found = all.find(match);
  if (!found) throw new Error(`fake discord: no component "${which}" on message (has: ${all.map((c) => c.label ?? c.placeholder ?? c.custom_id).join(', ') || 'none'})`);
  return found;
}

/** The fields of a modal as the Discord app submits them, in the modal's own layout. */
export function modalSubmitData(modal: NonNullable<FakeInteraction['modal']>, values: Record<string, string>): unknown {
  const inputs = allComponents(modal.components ?? []) as (Component & { required?: boolean; max_length?: number })[];
  for (const input of inputs) {
    const value = values[input.custom_id!] ?? '';
    if (input.required !== false && !value) throw new Error(`fake discord: the Discord app requires ${input.custom_id} in the modal`);
    if (input.max_length !== undefined && value.length > input.max_length) throw new Error(`fake discord: ${input.custom_id} is capped at ${input.max_length}`);
  }
  for (const key of Object.keys(values)) if (!inputs.some((i) => i.custom_id === key)) throw new Error(`fake discord: the modal has no input ${key}`);
  const fill = (c: Component) => ({ type: 4, custom_id: c.custom_id, value: values[c.custom_id!] ?? '' });
  return {
    custom_id: modal.custom_id,
    components: (modal.components ?? []).map((c) =>
      c.type === 18 ? { type: 18, component: fill(c.component!) } : { type: 1, components: (c.components ?? []).map(fill) },
    ),
  };
}
