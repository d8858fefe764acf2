import { z } from 'zod';
import { levelRank } from '../src/domain/activities.js';
import { isBanned } from '../src/domain/community.js';
import type { PersonId } from '../src/domain/ids.js';
import { sessionCard } from '../src/domain/notifications/sessions.js';
import { localClock, localDay, outsideQuietHours } from '../src/scheduler/time.js';
import { defineJob } from './define.js';
import { JOB } from './names.js';

const WEEK_MS = 7 * 86_400_000;
/** A digest more than this late (the process was down) waits for next week. */
const LATE_MINUTES = 240;

/**
 * Opt-in (`notifications.weeklyDigest`): on the configured weekday morning in the person's own
 * zone, the sessions near them in the coming week. Repeats by rescheduling itself first, so a
 * failing run does not end the series; the key (person, local date) sends one a week at most.
 */
export const weeklyDigest = defineJob({
  name: JOB.weeklyDigest,
  description: "Sends the week's sessions nearby, in the person's own morning",
  schema: z.object({ personId: z.string().min(1) }),
  options: { concurrency: 5, retries: 0 },
  async handle({ personId }, ctx) {
    const me = await ctx.store.people.get(personId as PersonId);
    if (!me || !me.notifications.weeklyDigest || me.status !== 'active') return;
    const now = ctx.clock();
    ctx.runAgainAt(ctx.planner.nextWeeklyDigest(me, now));
    const { weekday, minute } = localClock(me.timeZone, now);
    const start = ctx.settings.weeklyDigestHour * 60;
    if (weekday !== ctx.settings.weeklyDigestWeekday || minute < start - 5 || minute > start + LATE_MINUTES) return;
    if (!me.location) return;

    const near = await ctx.store.sessions.near({
      from: me.location,
      maxKm: me.radiusKm,
      statuses: ['open', 'full'],
      startsAfter: now,
      startsBefore: new Date(now.getTime() + WEEK_MS),
      excludeHostIds: [me.id, ...me.blocked],
      limit: 50,
    });
    const hosts = new Map((await ctx.store.people.getMany([...new Set(near.map((n) => n.item.hostId))])).map((h) => [h.id, h]));
    const items = [];
    for (const { item: s, distanceKm } of near) {
      const host = hosts.get(s.hostId);
      if (!host || host.blocked.includes(me.id)) continue;
      if (me.level && (levelRank(me.level) < levelRank(s.levels.min) || levelRank(me.level) > levelRank(s.levels.max))) continue;
      if (s.communityId && isBanned(await ctx.store.communities.get(s.communityId), me)) continue;
      if (s.participants.includes(me.id) || s.waitlist.includes(me.id)) continue;
      items.push({ session: sessionCard(s), distanceKm });
      if (items.length === 10) break;
    }
    if (items.length === 0) return;
    // So that "/join 2" means the second session of this message.
    await ctx.core.actions.rememberList(me.id, 'sessions', items.map((i) => i.session.id));
    await ctx.outbox.enqueue({
      personId: me.id,
      notification: { kind: 'session-weekly-digest', items },
      dedupeKey: `weekly-digest:${me.id}:${localDay(me.timeZone, now)}`,
      kind: 'weekly-digest',
      dueAt: outsideQuietHours(me, now),
    });
  },
});
