/**
 * What the fake Discord knows: users, servers, channels, messages and interactions, with the
 * JSON shapes the real API returns (discord.js parses them, so they must be complete enough).
 */

let sequence = 0n;
const DISCORD_EPOCH = 1_420_070_400_000n;

/** A real-looking snowflake: milliseconds since Discord's epoch, shifted, plus a counter. */
export function snowflake(): string {
  sequence = (sequence + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (1n << 17n) | sequence).toString();
}

/** The shard that gets a server's events: `(guild_id >> 22) % num_shards` (Discord's sharding formula). */
export const shardOf = (guildId: string, shards: number): number => Number((BigInt(guildId) >> 22n) % BigInt(shards));

/** A snowflake whose server would land on `shard` of `shards` (its timestamp moved on a few ms). */
export function snowflakeOnShard(shard: number, shards: number): string {
  const id = BigInt(snowflake());
  const ms = id >> 22n;
  const move = (BigInt(shard) - (ms % BigInt(shards)) + BigInt(shards)) % BigInt(shards);
  return (((ms + move) << 22n) | (id & 0x3fffffn)).toString();
}

export interface FakeUser {
  readonly id: string;
  readonly username: string;
  readonly global_name: string | null;
  /** "0" for accounts on unique usernames (every account since 2023); a legacy account's four digits. */
  readonly discriminator?: string;
  readonly bot?: boolean;
  /** The language their Discord app is set to (sent as each interaction's `locale`); en-US by default. */
  readonly locale?: string;
}

export interface FakeRole {
  readonly id: string;
  readonly name: string;
}

export interface FakeGuild {
  readonly id: string;
  readonly name: string;
  readonly ownerId: string;
  readonly roles: FakeRole[];
  /** Text channels by name → id. */
  readonly channels: Map<string, string>;
  /** Command permission overrides set by the server's admins: command name → role ids allowed. */
  readonly commandRoles: Map<string, Set<string>>;
}

export interface FakeChannel {
  readonly id: string;
  /** 0 a text channel, 1 a DM, 12 a private thread (tests/fakes/discord/threads.ts keeps its state). */
  readonly type: 0 | 1 | 12;
  readonly guildId: string | null;
  readonly name: string | null;
  /** For a DM channel: the other person. */
  readonly recipientId: string | null;
}

export interface FakeAttachment {
  readonly id: string;
  readonly filename: string;
  readonly contentType: string;
  readonly data: Buffer;
  /** Alt text, from `payload_json.attachments[].description`. */
  readonly description?: string;
}

export interface FakeMessage {
  readonly id: string;
  readonly channelId: string;
  content: string;
  embeds: Embed[];
  components: Row[];
  attachments: FakeAttachment[];
  flags: number;
  /** The interaction this message answers, if any. */
  interactionId: string | null;
  deleted: boolean;
  /** Earlier versions, oldest first (every edit pushes the previous state). */
  readonly history: { content: string; embeds: Embed[]; components: Row[] }[];
  readonly createdAt: number;
}

/** The JSON of embeds and components as sent (kept loose: the validator checks them). */
export interface Embed {
  title?: string;
  description?: string;
  color?: number;
  fields?: { name: string; value: string; inline?: boolean }[];
  image?: { url: string };
}
export interface Component {
  type: number;
  custom_id?: string;
  label?: string;
  style?: number;
  placeholder?: string;
  options?: { label: string; value: string; description?: string }[];
  components?: Component[];
  component?: Component;
}
export type Row = Component;

export const EPHEMERAL = 1 << 6;
export const LOADING = 1 << 7;

export const BASIC_PERMISSIONS = (1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 15n) | (1n << 16n) | (1n << 31n); // view, send, embed, attach, history, use commands
export const MANAGE_GUILD = 1n << 5n;
export const ADMINISTRATOR = 1n << 3n;

export const userJson = (u: FakeUser) => ({
  id: u.id,
  username: u.username,
  global_name: u.global_name,
  discriminator: u.discriminator ?? '0',
  avatar: null,
  bot: u.bot ?? false,
  public_flags: 0,
});

export function messageJson(m: FakeMessage, bot: FakeUser, channel: FakeChannel | undefined) {
  return {
    id: m.id,
    channel_id: m.channelId,
    ...(channel?.guildId ? { guild_id: channel.guildId } : {}),
    author: userJson(bot),
    content: m.content,
    timestamp: new Date(m.createdAt).toISOString(),
    edited_timestamp: m.history.length ? new Date().toISOString() : null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: m.attachments.map((a) => ({
      id: a.id,
      filename: a.filename,
      size: a.data.length,
      url: `https://cdn.invalid/${a.id}/${a.filename}`,
      proxy_url: `https://cdn.invalid/${a.id}/${a.filename}`,
      content_type: a.contentType,
      ...(a.description ? { description: a.description } : {}),
    })),
    embeds: m.embeds.map((e) => ({ type: 'rich', ...e })),
    components: m.components,
    pinned: false,
    type: m.interactionId ? 20 : 0,
    flags: m.flags,
    ...(m.interactionId ? { application_id: bot.id, webhook_id: bot.id } : {}),
  };
}

export function channelJson(c: FakeChannel, users: Map<string, FakeUser>) {
  if (c.type === 1) {
    const other = c.recipientId ? users.get(c.recipientId) : undefined;
    return { id: c.id, type: 1, last_message_id: null, flags: 0, recipients: other ? [userJson(other)] : [] };
  }
  return { id: c.id, type: 0, guild_id: c.guildId, name: c.name, position: 0, permission_overwrites: [], nsfw: false, parent_id: null, flags: 0, last_message_id: null, topic: null, rate_limit_per_user: 0 };
}

export function guildJson(g: FakeGuild) {
  return {
    id: g.id,
    name: g.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: g.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      { id: g.id, name: '@everyone', permissions: BASIC_PERMISSIONS.toString(), position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0, icon: null, unicode_emoji: null },
      ...g.roles.map((r, i) => ({ id: r.id, name: r.name, permissions: '0', position: i + 1, color: 0, hoist: false, managed: false, mentionable: false, flags: 0, icon: null, unicode_emoji: null })),
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: 'en-US',
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 10,
    voice_states: [],
    members: [],
    channels: [...g.channels].map(([name, id], position) => ({ id, type: 0, name, position, permission_overwrites: [], nsfw: false, parent_id: null, flags: 0, last_message_id: null, topic: null, rate_limit_per_user: 0 })),
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** Every text a person would read in a message: content, embed titles, texts, fields, buttons. */
export function messageText(m: Pick<FakeMessage, 'content' | 'embeds' | 'components'>): string {
  const parts: string[] = [m.content];
  for (const e of m.embeds) parts.push(e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value]));
  for (const c of allComponents(m.components)) parts.push(c.label ?? '', ...(c.options ?? []).map((o) => o.label));
  return parts.filter(Boolean).join('\n');
}

/** Buttons and selects of a message, flattened out of their rows. */
export function allComponents(rows: readonly Component[]): Component[] {
  const out: Component[] = [];
  const walk = (c: Component) => {
    if (c.components) c.components.forEach(walk);
    else if (c.component) walk(c.component);
    else out.push(c);
  };
  rows.forEach(walk);
  return out;
}
