import { z } from 'zod';
import type { SessionId } from '../src/domain/ids.js';
import { sessionCard } from '../src/domain/notifications/sessions.js';
import { outsideQuietHours } from '../src/scheduler/time.js';
import { defineJob } from './define.js';
import { JOB } from './names.js';

/**
 * At a session's start: join requests the host never answered expire, and the waitlist is
 * cleared (nobody can get a seat in a session that has begun); each person is told once. The
 * announcement is refreshed, so the platform's event for it starts. Told
 * first, changed after: a run repeated after a crash tells nobody twice (the keys) and misses
 * nobody (whoever is still waiting or expired is told again under the same key).
 */
export const requestExpiry = defineJob({
  name: JOB.requestExpiry,
  description: 'Expires unanswered join requests and clears the waitlist when a session starts',
  schema: z.object({ sessionId: z.string().min(1) }),
  options: { concurrency: 5, retries: 3 },
  async handle({ sessionId }, ctx) {
    const s = await ctx.store.sessions.get(sessionId as SessionId);
    if (!s || s.status === 'cancelled') return;
    const now = ctx.clock();
    if (now.getTime() < s.startsAt.getTime() - 60_000) return ctx.runAgainAt(s.startsAt);

    await ctx.store.joinRequests.expirePending(s.id, now);
    const expired = await ctx.store.joinRequests.listForSession(s.id, ['expired']);
    const requesters = await ctx.store.people.getMany(expired.map((r) => r.requesterId));
    for (const person of requesters) {
      await ctx.outbox.enqueue({
        personId: person.id,
        notification: { kind: 'session-request-expired', session: sessionCard(s) },
        dedupeKey: `request-expired:${s.id}:${person.id}`,
        kind: 'request-expired',
        dueAt: outsideQuietHours(person, now),
      });
    }

    const waiting = await ctx.store.people.getMany(s.waitlist);
    for (const person of waiting) {
      await ctx.outbox.enqueue({
        personId: person.id,
        notification: { kind: 'session-waitlist-closed', session: sessionCard(s) },
        dedupeKey: `waitlist-closed:${s.id}:${person.id}`,
        kind: 'waitlist-closed',
        dueAt: outsideQuietHours(person, now),
      });
    }
    for (const personId of s.waitlist) await ctx.store.sessions.leave(s.id, personId);
    // Begun: the announcement and the platform's event say so (Discord: the event turns ACTIVE).
    await ctx.core.sessions.refreshAnnouncements(s.id);
  },
});
