import { z } from 'zod';
import type { Core } from '../src/core/core.js';
import type { PersonId, SessionId } from '../src/domain/ids.js';
import type { Notification } from '../src/domain/notification.js';
import { isLive, type WorkoutSession } from '../src/domain/session.js';
import { sessionCard } from '../src/domain/notifications/sessions.js';
import { defineJob } from './define.js';
import { JOB } from './names.js';

const MINUTE = 60_000;
/** A run this much before its instant means the session moved later: wait for the new instant. */
const EARLY_MS = MINUTE;

/** The outbox key of one reminder: one person, one lead time, one start time of one session. */
export const reminderKey = (sessionId: string, personId: string, lead: number, startsAt: Date) =>
  `reminder:${sessionId}:${personId}:${lead}:${startsAt.getTime()}`;

/**
 * One person's reminder. "I'm here" and "Running late" ride on every reminder; pressed too early,
 * each says when it opens (src/domain/session-live.ts).
 */
export async function reminderFor(core: Core, s: WorkoutSession, personId: PersonId, lead: number): Promise<Notification> {
  const { here, late } = await core.sessions.liveButtons(s, personId);
  return { kind: 'session-reminder', session: sessionCard(s), leadMinutes: lead, role: personId === s.hostId ? 'host' : 'participant', here, late };
}

/**
 * `lead` minutes before a session: the host and every seated participant who wants a reminder
 * at this lead time gets one. Who is in the session is read at run time, so someone who left
 * gets nothing and someone who joined since does. A moved session gets fresh reminders (its
 * start is part of the key); the same start is never reminded twice to the same person.
 */
export const sessionReminder = defineJob({
  name: JOB.sessionReminder,
  description: 'Reminds the host and the seated participants, one lead time before a session',
  schema: z.object({ sessionId: z.string().min(1), lead: z.number().int().positive() }),
  options: { concurrency: 10, retries: 3 },
  async handle({ sessionId, lead }, ctx) {
    const s = await ctx.store.sessions.get(sessionId as SessionId);
    if (!s || !isLive(s)) return;
    const now = ctx.clock().getTime();
    const at = s.startsAt.getTime() - lead * MINUTE;
    if (now < at - EARLY_MS) return ctx.runAgainAt(new Date(at));
    // Too late to be of use: the session has started, or the reminder is more than half its lead late.
    if (now >= s.startsAt.getTime() || now > at + (lead * MINUTE) / 2) {
      ctx.log.info({ sessionId, lead }, 'reminder skipped: too late');
      return;
    }
    const people = await ctx.store.people.getMany([s.hostId, ...s.participants.filter((p) => p !== s.hostId)]);
    for (const person of people) {
      if (!ctx.planner.leadsOf(person).includes(lead)) continue;
      await ctx.outbox.enqueue({
        personId: person.id,
        notification: await reminderFor(ctx.core, s, person.id, lead),
        dedupeKey: reminderKey(s.id, person.id, lead, s.startsAt),
        kind: 'reminder',
      });
    }
    // The chat's place on the community's platform (a Discord thread) hears it once, for everyone there.
    await ctx.core.sessionChat.reminded(s, lead);
  },
});
