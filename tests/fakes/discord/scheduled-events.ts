import { ADMINISTRATOR, BASIC_PERMISSIONS, type FakeGuild, type FakeUser, snowflake, userJson } from './state.js';
import { ApiError } from './validate.js';
import { partOfWorld, type World } from './world.js';

/**
 * Guild Scheduled Events in the fake Discord: the five REST routes, the gateway events
 * (CREATE, UPDATE, DELETE, USER_ADD, only to a bot that asked for the GUILD_SCHEDULED_EVENTS
 * intent), and the bot's own role in each server, whose permissions a test can take away.
 * Refuses what Discord refuses: a missing permission (403, 50013), an external event without a
 * location or an end, a start in the past, names over 100 and descriptions over 1000 characters,
 * status changes other than SCHEDULED → ACTIVE → COMPLETED and SCHEDULED → CANCELED, edits to a
 * finished event (180000), recurrence rules outside Discord's limits. A recurring event that is
 * ended moves on to its next occurrence instead, as Discord's do.
 */

export const CREATE_EVENTS = 1n << 44n;
/** Manage Threads, Create Private Threads, Send Messages in Threads: the bot's role has them unless taken away. */
export const MANAGE_THREADS = 1n << 34n;
export const CREATE_PRIVATE_THREADS = 1n << 36n;
export const SEND_MESSAGES_IN_THREADS = 1n << 38n;
const THREAD_PERMISSIONS = MANAGE_THREADS | CREATE_PRIVATE_THREADS | SEND_MESSAGES_IN_THREADS;
export const MANAGE_EVENTS = 1n << 33n;
const INTENT_GUILD_SCHEDULED_EVENTS = 1 << 16;

export const EVENT_STATUS = { scheduled: 1, active: 2, completed: 3, canceled: 4 } as const;
const NEXT: ReadonlyMap<number, readonly number[]> = new Map([
  [1, [2, 4]],
  [2, [3]],
]);

export interface FakeScheduledEvent {
  readonly id: string;
  readonly guild_id: string;
  readonly creator_id: string;
  name: string;
  description: string | null;
  scheduled_start_time: string;
  scheduled_end_time: string | null;
  privacy_level: number;
  status: number;
  entity_type: number;
  entity_metadata: { location?: string } | null;
  recurrence_rule: Record<string, unknown> | null;
  user_count: number;
  /** The body of each create and modify the bot sent, in order (for assertions). */
  readonly bodies: Record<string, unknown>[];
  /** Every status the event had, in order. */
  readonly statuses: number[];
}

type Body = Record<string, unknown>;
type Route = (m: RegExpMatchArray, body: Body) => { status: number; json?: unknown };

const invalid = (what: string) => new ApiError(400, 50035, `Invalid Form Body: ${what}`);

export class FakeEvents {
  readonly byId = new Map<string, FakeScheduledEvent>();
  /** The bot's role in each server: id and permissions (Create and Manage Events unless taken away). */
  private readonly botRoles = new Map<string, { id: string; permissions: bigint }>();
  /** The fake's clock for "in the past" (tests move the product's clock; Discord runs on its own). */
  clock: () => number = Date.now;
  private dispatch: (t: string, d: unknown) => void = () => {};
  private intents: () => number | null = () => null;

  constructor(private readonly world: World) {}

  connect(dispatch: (t: string, d: unknown) => void, intents: () => number | null): void {
    this.dispatch = dispatch;
    this.intents = intents;
  }

  private roleOf(guildId: string) {
    let role = this.botRoles.get(guildId);
    if (!role) {
      role = { id: snowflake(), permissions: BASIC_PERMISSIONS | CREATE_EVENTS | MANAGE_EVENTS | THREAD_PERMISSIONS };
      this.botRoles.set(guildId, role);
    }
    return role;
  }

  private roleJson(guildId: string) {
    const role = this.roleOf(guildId);
    return { id: role.id, name: 'Spotter', permissions: role.permissions.toString(), position: 1, color: 0, hoist: false, managed: true, mentionable: false, flags: 0, icon: null, unicode_emoji: null, tags: { bot_id: this.world.bot.id } };
  }

  /** GUILD_CREATE as Discord sends it to a bot: with its own member, its role and the server's events. */
  guildCreate(json: { id: string; roles: unknown[]; members: unknown[] } & Record<string, unknown>) {
    return {
      ...json,
      roles: [...json.roles, this.roleJson(json.id)],
      members: [...json.members, { user: userJson(this.world.bot), roles: [this.roleOf(json.id).id], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 }],
      guild_scheduled_events: this.wantsEvents() ? this.inGuild(json.id).map(eventJson) : [],
    };
  }

  /** Server Settings → Roles → Spotter: grant or take away Create Events and Manage Events. */
  allowEvents(guild: FakeGuild, allowed: boolean): void {
    this.allow(guild, CREATE_EVENTS | MANAGE_EVENTS, allowed);
  }

  /** Grants or takes away `bits` on the bot's role, and tells the bot (GUILD_ROLE_UPDATE). */
  allow(guild: FakeGuild, bits: bigint, allowed: boolean): void {
    const role = this.roleOf(guild.id);
    role.permissions = allowed ? role.permissions | bits : role.permissions & ~bits;
    this.dispatch('GUILD_ROLE_UPDATE', { guild_id: guild.id, role: this.roleJson(guild.id) });
  }

  /** The bot's permissions in a server (its role's and @everyone's). */
  botPermissions(guildId: string): bigint {
    return this.roleOf(guildId).permissions | BASIC_PERMISSIONS;
  }

  inGuild(guildId: string): FakeScheduledEvent[] {
    return [...this.byId.values()].filter((e) => e.guild_id === guildId);
  }

  /** A member presses "Interested": counted, and told to a bot with the intent. */
  interested(user: FakeUser, event: FakeScheduledEvent): void {
    event.user_count++;
    if (this.wantsEvents()) this.dispatch('GUILD_SCHEDULED_EVENT_USER_ADD', { guild_scheduled_event_id: event.id, user_id: user.id, guild_id: event.guild_id });
  }

  routes(): [string, RegExp, Route][] {
    return [
      ['GET', /^\/guilds\/(\d+)\/scheduled-events$/, (m) => ({ status: 200, json: this.inGuild(this.guild(m[1]!).id).map(eventJson) })],
      ['GET', /^\/guilds\/(\d+)\/scheduled-events\/(\d+)$/, (m) => ({ status: 200, json: eventJson(this.event(m[1]!, m[2]!)) })],
      ['POST', /^\/guilds\/(\d+)\/scheduled-events$/, (m, body) => ({ status: 200, json: this.create(m[1]!, body) })],
      ['PATCH', /^\/guilds\/(\d+)\/scheduled-events\/(\d+)$/, (m, body) => ({ status: 200, json: this.modify(m[1]!, m[2]!, body) })],
      ['DELETE', /^\/guilds\/(\d+)\/scheduled-events\/(\d+)$/, (m) => {
        const event = this.event(m[1]!, m[2]!);
        this.mayManage(event.guild_id, event);
        this.byId.delete(event.id);
        if (this.wantsEvents()) this.dispatch('GUILD_SCHEDULED_EVENT_DELETE', eventJson(event));
        return { status: 204 };
      }],
    ];
  }

  private wantsEvents(): boolean {
    return ((this.intents() ?? 0) & INTENT_GUILD_SCHEDULED_EVENTS) !== 0;
  }

  private guild(id: string): FakeGuild {
    const guild = this.world.guilds.get(id);
    if (!guild) throw new ApiError(404, 10004, 'Unknown Guild');
    return guild;
  }

  private event(guildId: string, id: string): FakeScheduledEvent {
    this.guild(guildId);
    const event = this.byId.get(id);
    if (!event || event.guild_id !== guildId) throw new ApiError(404, 10070, 'Unknown Guild Scheduled Event');
    return event;
  }

  /** Create Events makes events and edits one's own; Manage Events edits anyone's. */
  private mayManage(guildId: string, event: FakeScheduledEvent | null): void {
    const p = this.roleOf(guildId).permissions | BASIC_PERMISSIONS;
    if (p & ADMINISTRATOR || p & MANAGE_EVENTS) return;
    if (p & CREATE_EVENTS && (event === null || event.creator_id === this.world.bot.id)) return;
    throw new ApiError(403, 50013, 'Missing Permissions');
  }

  private create(guildId: string, body: Body): unknown {
    this.guild(guildId);
    this.mayManage(guildId, null);
    if (body.status !== undefined) throw invalid('status: cannot be set on create');
    if (body.privacy_level !== 2) throw invalid('privacy_level: must be 2 (GUILD_ONLY)');
    if (![1, 2, 3].includes(Number(body.entity_type))) throw invalid('entity_type: not a valid type');
    const start = this.time(body.scheduled_start_time, 'scheduled_start_time', true);
    const event: FakeScheduledEvent = {
      id: snowflake(),
      guild_id: guildId,
      creator_id: this.world.bot.id,
      name: '',
      description: null,
      scheduled_start_time: start,
      scheduled_end_time: null,
      privacy_level: 2,
      status: EVENT_STATUS.scheduled,
      entity_type: Number(body.entity_type),
      entity_metadata: null,
      recurrence_rule: null,
      user_count: 0,
      bodies: [body],
      statuses: [EVENT_STATUS.scheduled],
    };
    if (body.name === undefined) throw invalid('name: required');
    this.apply(event, body);
    this.byId.set(event.id, event);
    if (this.wantsEvents()) this.dispatch('GUILD_SCHEDULED_EVENT_CREATE', eventJson(event));
    return eventJson(event);
  }

  private modify(guildId: string, id: string, body: Body): unknown {
    const event = this.event(guildId, id);
    this.mayManage(guildId, event);
    if (event.status === EVENT_STATUS.completed || event.status === EVENT_STATUS.canceled) throw new ApiError(400, 180000, 'Cannot update a finished event');
    const next = { ...event, statuses: [...event.statuses], bodies: [...event.bodies, body] };
    if (body.scheduled_start_time !== undefined) {
      if (event.status !== EVENT_STATUS.scheduled) throw invalid('scheduled_start_time: the event has started');
      next.scheduled_start_time = this.time(body.scheduled_start_time, 'scheduled_start_time', true);
    }
    this.apply(next, body);
    if (body.status !== undefined && Number(body.status) !== event.status) {
      const to = Number(body.status);
      if (!NEXT.get(event.status)?.includes(to)) throw invalid(`status: cannot go from ${event.status} to ${to}`);
      next.status = to;
      next.statuses.push(to);
      if (to === EVENT_STATUS.completed) rollOver(next);
    }
    Object.assign(event, next);
    if (this.wantsEvents()) this.dispatch('GUILD_SCHEDULED_EVENT_UPDATE', eventJson(event));
    return eventJson(event);
  }

  /** The fields a create or modify may set, checked as Discord checks them; then the whole event. */
  private apply(event: FakeScheduledEvent, body: Body): void {
    if (body.name !== undefined) {
      if (typeof body.name !== 'string' || body.name.length < 1 || body.name.length > 100) throw invalid('name: must be 1-100 characters');
      event.name = body.name;
    }
    if (body.description !== undefined) {
      if (body.description !== null && (typeof body.description !== 'string' || body.description.length < 1 || body.description.length > 1000))
        throw invalid('description: must be 1-1000 characters');
      event.description = body.description;
    }
    if (body.entity_metadata !== undefined) event.entity_metadata = body.entity_metadata as { location?: string } | null;
    if (body.scheduled_end_time !== undefined) event.scheduled_end_time = body.scheduled_end_time === null ? null : this.time(body.scheduled_end_time, 'scheduled_end_time', true);
    if (body.channel_id !== undefined && body.channel_id !== null && event.entity_type === 3) throw invalid('channel_id: must be null for an external event');
    if (body.recurrence_rule !== undefined) event.recurrence_rule = body.recurrence_rule === null ? null : checkRecurrence(body.recurrence_rule);
    if (event.entity_type === 3) {
      const location = event.entity_metadata?.location;
      if (typeof location !== 'string' || location.length < 1 || location.length > 100) throw invalid('entity_metadata.location: required for an external event (1-100 characters)');
      if (!event.scheduled_end_time) throw invalid('scheduled_end_time: required for an external event');
    }
    if (event.scheduled_end_time && Date.parse(event.scheduled_end_time) <= Date.parse(event.scheduled_start_time)) throw invalid('scheduled_end_time: must be after the start');
  }

  private time(value: unknown, field: string, future: boolean): string {
    const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
    if (!Number.isFinite(ms)) throw invalid(`${field}: not an ISO8601 timestamp`);
    if (future && ms <= this.clock()) throw invalid(`${field}: cannot be in the past`);
    return new Date(ms).toISOString();
  }
}

const DAY_MS = 86_400_000;

/**
 * A recurring event that ends is not COMPLETED: Discord moves it on to its next occurrence,
 * SCHEDULED again (discord-api-docs issue #6885). Daily and weekly rules, as Spotter uses them.
 */
function rollOver(event: FakeScheduledEvent): void {
  const rule = event.recurrence_rule;
  if (!rule) return;
  const days = rule.frequency === 3 ? Number(rule.interval) : rule.frequency === 2 ? 7 * Number(rule.interval) : 0;
  if (days === 0) return;
  const move = (iso: string) => new Date(Date.parse(iso) + days * DAY_MS).toISOString();
  event.scheduled_start_time = move(event.scheduled_start_time);
  if (event.scheduled_end_time) event.scheduled_end_time = move(event.scheduled_end_time);
  event.status = EVENT_STATUS.scheduled;
  event.statuses.push(EVENT_STATUS.scheduled);
}

/**
 * Discord's limits on recurrence rules: frequency 0-3; WEEKLY every 1 or 2 weeks on exactly one
 * weekday (0 Monday … 6 Sunday); DAILY every day; by_weekday and by_n_weekday not together; end,
 * count and by_year_day set by Discord only.
 */
function checkRecurrence(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) throw invalid('recurrence_rule: must be an object');
  const r = value as Record<string, unknown>;
  const frequency = Number(r.frequency);
  const interval = Number(r.interval ?? 1);
  if (![0, 1, 2, 3].includes(frequency)) throw invalid('recurrence_rule.frequency: not a valid frequency');
  if (!Number.isInteger(interval) || interval < 1) throw invalid('recurrence_rule.interval: must be a positive integer');
  if (typeof r.start !== 'string' || !Number.isFinite(Date.parse(r.start))) throw invalid('recurrence_rule.start: not an ISO8601 timestamp');
  for (const systemOnly of ['end', 'count', 'by_year_day'])
    if (r[systemOnly] !== undefined && r[systemOnly] !== null) throw invalid(`recurrence_rule.${systemOnly}: cannot be set`);
  const byWeekday = (r.by_weekday ?? null) as unknown;
  if (byWeekday !== null && r.by_n_weekday != null) throw invalid('recurrence_rule: by_weekday and by_n_weekday are mutually exclusive');
  if (byWeekday !== null && (!Array.isArray(byWeekday) || byWeekday.some((d) => !Number.isInteger(d) || d < 0 || d > 6))) throw invalid('recurrence_rule.by_weekday: days 0-6');
  if (frequency === 2) {
    if (interval > 2) throw invalid('recurrence_rule.interval: weekly events repeat every 1 or 2 weeks');
    if (!Array.isArray(byWeekday) || byWeekday.length !== 1) throw invalid('recurrence_rule.by_weekday: a weekly event repeats on exactly one day');
  }
  if (frequency === 3 && interval !== 1) throw invalid('recurrence_rule.interval: daily events repeat every day');
  return {
    start: new Date(Date.parse(r.start)).toISOString(),
    end: null,
    frequency,
    interval,
    by_weekday: byWeekday,
    by_n_weekday: r.by_n_weekday ?? null,
    by_month: r.by_month ?? null,
    by_month_day: r.by_month_day ?? null,
    by_year_day: null,
    count: null,
  };
}

/** The event as the API returns it. */
export function eventJson(e: FakeScheduledEvent) {
  return {
    id: e.id,
    guild_id: e.guild_id,
    channel_id: null,
    creator_id: e.creator_id,
    name: e.name,
    description: e.description,
    scheduled_start_time: e.scheduled_start_time,
    scheduled_end_time: e.scheduled_end_time,
    privacy_level: e.privacy_level,
    status: e.status,
    entity_type: e.entity_type,
    entity_id: null,
    entity_metadata: e.entity_metadata,
    user_count: e.user_count,
    image: null,
    recurrence_rule: e.recurrence_rule,
  };
}

/** The scheduled events of one fake Discord (made on first use). */
export const eventsOf = partOfWorld((world) => new FakeEvents(world));
