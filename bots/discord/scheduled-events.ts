import {
  type APIGuildScheduledEvent,
  type Client,
  DiscordAPIError,
  Events,
  GuildScheduledEventEntityType,
  GuildScheduledEventPrivacyLevel,
  GuildScheduledEventRecurrenceRuleFrequency,
  GuildScheduledEventStatus,
  PermissionFlagsBits,
  RESTJSONErrorCodes,
  Routes,
} from 'discord.js';
import type { Clock } from '../../src/core/deps.js';
import { communityKey, decodeCommunityKey, userKey } from '../../src/domain/platform.js';
import type { AdapterDeps } from '../../src/interaction/adapter.js';
import type { PlatformDelivery } from '../../src/interaction/platform-delivery.js';
import type { SessionEvent, SessionEventStatus } from '../../src/interaction/platform-events.js';
import type { Logger } from '../../src/logger.js';
import { guildAndMe } from './guild-me.js';

/**
 * Announced sessions as Guild Scheduled Events: external (the place's name as location, never a
 * position), members only, with start and end; weekly sessions recur weekly on their weekday.
 * The bot may make them with Create Events (its own) or Manage Events: checked from the cached
 * member and roles before asking, so a server without it costs no refused request (Discord bans
 * bots that make too many), and told to the core as "refused".
 *
 * Discord allows only SCHEDULED → ACTIVE → COMPLETED and SCHEDULED → CANCELED, and no edits to
 * a finished event; an update reads the event first and takes the steps that lead there.
 */

type EventDelivery = Required<Pick<PlatformDelivery, 'createEvent' | 'updateEvent'>>;

const STATUS: Record<SessionEventStatus, GuildScheduledEventStatus> = {
  scheduled: GuildScheduledEventStatus.Scheduled,
  active: GuildScheduledEventStatus.Active,
  completed: GuildScheduledEventStatus.Completed,
  canceled: GuildScheduledEventStatus.Canceled,
};

export function createEventDelivery(client: Client, clock: Clock, log: Logger): EventDelivery {
  /** Null while the server is not in the cache (starting up): then Discord's answer tells. */
  const mayMakeEvents = async (guildId: string): Promise<boolean | null> => {
    const found = await guildAndMe(client, guildId);
    return found && found.me.permissions.any([PermissionFlagsBits.CreateEvents, PermissionFlagsBits.ManageEvents]);
  };

  const patch = async (guildId: string, eventId: string, body: Record<string, unknown>): Promise<void> => {
    await client.rest.patch(Routes.guildScheduledEvent(guildId, eventId), { body });
  };

  return {
    async createEvent(community, event) {
      const guildId = decodeCommunityKey(community.key).id;
      try {
        if ((await mayMakeEvents(guildId)) === false) return { kind: 'refused' };
        const body = { ...details(event, true, true), privacy_level: GuildScheduledEventPrivacyLevel.GuildOnly, entity_type: GuildScheduledEventEntityType.External };
        const made = (await client.rest.post(Routes.guildScheduledEvents(guildId), { body })) as APIGuildScheduledEvent;
        return { kind: 'created', eventId: made.id };
      } catch (error) {
        if (error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.MissingPermissions) return { kind: 'refused' };
        log.warn({ community: community.key, err: (error as Error).message }, 'discord scheduled event not created');
        return { kind: 'failed' };
      }
    },

    async updateEvent(announcement, eventId, event) {
      const guildId = decodeCommunityKey(announcement.community).id;
      try {
        const current = (await client.rest.get(Routes.guildScheduledEvent(guildId, eventId))) as APIGuildScheduledEvent;
        for (const step of stepsTo(current, event, clock())) await patch(guildId, eventId, step);
      } catch (error) {
        // Deleted by a moderator, or the permission taken away since: the post still says it all.
        if (error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownGuildScheduledEvent) return;
        log.warn({ community: announcement.community, eventId, err: (error as Error).message }, 'discord scheduled event not updated');
      }
    },
  };
}

/**
 * The PATCH bodies that bring an event from where it is to what the session says: details first
 * while it can still take them, then each status step. A session cancelled after its start can't
 * be CANCELED on Discord (an ACTIVE event only completes): it is ended instead.
 *
 * A weekly series shares one recurring event, which Discord moves on to the next week when an
 * occurrence ends. An occurrence only moves it while it is that occurrence's turn: not while
 * another is under way, and not after it has moved on past it (when the next occurrence, still
 * ahead, speaks for it).
 */
function stepsTo(current: Pick<APIGuildScheduledEvent, 'status' | 'scheduled_start_time' | 'recurrence_rule'>, event: SessionEvent, now: Date): Record<string, unknown>[] {
  const from = current.status;
  if (from === GuildScheduledEventStatus.Completed || from === GuildScheduledEventStatus.Canceled) return [];
  const scheduled = from === GuildScheduledEventStatus.Scheduled;
  const thisOccurrence = Date.parse(current.scheduled_start_time) === event.startsAt.getTime();
  const ahead = event.status === 'scheduled' || event.status === 'canceled';
  if (!scheduled && !thisOccurrence) return [];
  if (scheduled && current.recurrence_rule && !thisOccurrence && !ahead) return [];
  // The start moves only while the event has not begun, and never into the past.
  const fields = details(event, scheduled && event.startsAt > now, event.endsAt > now);
  const want = STATUS[event.status];
  if (scheduled) {
    switch (want) {
      case GuildScheduledEventStatus.Scheduled:
        return [fields];
      case GuildScheduledEventStatus.Active:
        return [{ ...fields, status: want }];
      case GuildScheduledEventStatus.Completed:
        return [{ ...fields, status: GuildScheduledEventStatus.Active }, { status: want }];
      case GuildScheduledEventStatus.Canceled:
        return [{ ...fields, status: want }];
    }
  }
  // ACTIVE: details it can take, and the end when the session is over or called off.
  const live = want === GuildScheduledEventStatus.Scheduled || want === GuildScheduledEventStatus.Active;
  return live ? [fields] : [fields, { status: GuildScheduledEventStatus.Completed }];
}

/**
 * The fields a session sets on its event: the start (and its recurrence) only for a new event or
 * one not yet begun, the end only while it is ahead (Discord takes no times in the past).
 */
function details(event: SessionEvent, withStart: boolean, withEnd: boolean): Record<string, unknown> {
  return {
    name: event.name,
    description: event.description,
    entity_metadata: { location: event.location },
    ...(withStart ? { scheduled_start_time: iso(event.startsAt), ...recurrence(event) } : {}),
    ...(withEnd ? { scheduled_end_time: iso(event.endsAt) } : {}),
  };
}

/** ISO 8601 to the second: session times are whole minutes, and no digits after a dot look like a position. */
const iso = (d: Date): string => `${d.toISOString().slice(0, 19)}Z`;

/** Weekly on the start's weekday (Discord counts Monday as 0, in UTC like every time it takes). */
function recurrence(event: SessionEvent): Record<string, unknown> {
  if (!event.weekly) return {};
  const weekday = (event.startsAt.getUTCDay() + 6) % 7;
  return {
    recurrence_rule: {
      start: iso(event.startsAt),
      frequency: GuildScheduledEventRecurrenceRuleFrequency.Weekly,
      interval: 1,
      by_weekday: [weekday],
    },
  };
}

/**
 * "Interested" pressed on one of our events (GUILD_SCHEDULED_EVENT_USER_ADD, which needs the
 * Guild Scheduled Events intent, not a privileged one): the member gets a DM with the session and
 * its "Request to join". Events and users may arrive as partials: only their ids are needed.
 * Once per member and session, across restarts: the core keeps the mark in the store, and a DM
 * that did not arrive gives it back so the next press tries again.
 */
export function onInterested(
  client: Client,
  deps: Pick<AdapterDeps, 'eventInterest' | 'log'>,
  delivery: Pick<PlatformDelivery, 'sendToUser'>,
  track: (work: Promise<void>) => void,
): void {
  const interest = deps.eventInterest;
  if (!interest) return;
  client.on(Events.GuildScheduledEventUserAdd, (event, user) => {
    if (user.id === client.user?.id || !event.guildId) return;
    const work = (async () => {
      const offer = await interest(communityKey('discord', event.guildId), event.id, userKey('discord', user.id));
      if (!offer) return;
      let outcome = 'failed';
      try {
        outcome = (await delivery.sendToUser(user.id, offer.reply)).kind;
      } finally {
        // Not sent (or the send threw): the mark goes back, so pressing again tries again.
        if (outcome !== 'sent') {
          deps.log.info({ eventId: event.id, outcome }, 'interest DM not delivered');
          await offer.notDelivered();
        }
      }
    })().catch((error: unknown) => deps.log.warn({ eventId: event.id, err: (error as Error).message }, 'interest DM failed'));
    track(work);
  });
}
