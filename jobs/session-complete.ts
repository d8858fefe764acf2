import { z } from 'zod';
import type { SessionId } from '../src/domain/ids.js';
import { endsAt, isLive } from '../src/domain/session.js';
import { withDedupeScope } from '../src/delivery/outbox-notifier.js';
import { CHAT_OPEN_AFTER_END_MS } from '../src/core/session-chat.js';
import { defineJob } from './define.js';
import { JOB } from './names.js';

/**
 * A little after a session's end: the core marks it completed (expiring what was left pending),
 * then asks each participant whether they came. The check-in prompts go through the core's
 * notifier inside this job's dedupe scope, so a repeated run asks nobody twice; the host gets one
 * sheet to confirm who came. Answers (commands) move streaks and attendance; a person nobody
 * answered for is simply not counted. A day after the end it runs once more, to lock the session
 * chat's place (a Discord thread), if it has one.
 */
export const sessionComplete = defineJob({
  name: JOB.sessionComplete,
  description: 'Completes a session after its end and sends the attendance check-in',
  schema: z.object({ sessionId: z.string().min(1) }),
  options: { concurrency: 5, retries: 3 },
  async handle({ sessionId }, ctx) {
    const id = sessionId as SessionId;
    const s = await ctx.store.sessions.get(id);
    if (!s || s.status === 'cancelled') return;
    const now = ctx.clock();
    // Run again a day after the end: the chat's place is locked then (its check-ins went out before).
    const placeCloses = new Date(endsAt(s).getTime() + CHAT_OPEN_AFTER_END_MS);
    if (s.status === 'completed' && now >= placeCloses) return ctx.core.sessionChat.closeAfter(s);
    if (isLive(s) && now < endsAt(s)) return ctx.runAgainAt(new Date(endsAt(s).getTime() + ctx.settings.checkInDelayMinutes * 60_000));
    await ctx.core.sessions.completeSession(id);
    const after = await ctx.store.sessions.get(id);
    if (after?.status !== 'completed') return;
    // A weekly series' platform event has moved on to the next occurrence: it now tells of that one.
    if (after.recurrence === 'weekly')
      for (const next of await ctx.store.sessions.listForPerson(after.hostId, ['open', 'full'], after.startsAt))
        if (next.seriesId === after.seriesId && next.id !== after.id) await ctx.core.sessions.refreshAnnouncements(next.id);
    const asked = await withDedupeScope(`checkin:${id}`, () => ctx.core.sessions.sendCheckIns(id));
    // The host's one sheet to confirm who came, in its own scope: a repeated run sends none again.
    const sheet = await withDedupeScope(`attendance:${id}`, () => ctx.core.sessions.sendAttendanceSheet(id));
    ctx.log.info({ sessionId, asked, sheet }, 'session completed, check-in and attendance sheet sent');
    if (await ctx.store.chatPlaces.get(id)) ctx.runAgainAt(placeCloses);
  },
});
