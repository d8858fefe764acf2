import { z } from 'zod';
import type { PersonId } from '../src/domain/ids.js';
import { defineJob } from './define.js';
import { JOB } from './names.js';

/**
 * At a no-show pause's end: the core ends it (unless a moderator cleared it first, or it was
 * replaced) and tells the person it is over; exactly one of the two tells them.
 */
export const pauseEnd = defineJob({
  name: JOB.pauseEnd,
  description: "Ends a person's no-show pause when its week is over and tells them",
  schema: z.object({ personId: z.string().min(1) }),
  options: { concurrency: 5, retries: 3 },
  async handle({ personId }, ctx) {
    const person = await ctx.store.people.get(personId as PersonId);
    const pause = person?.noShowPause;
    if (!person || !pause || pause.ended) return;
    if (ctx.clock() < pause.until) return ctx.runAgainAt(pause.until);
    const ended = await ctx.core.sessions.liftPause(person.id, 'over', pause.until);
    ctx.log.info({ personId, ended }, 'no-show pause over');
  },
});

/** Daily: people inactive for 60 days are told once that they are out of matches and alerts until they come back. */
export const inactivity = defineJob({
  name: JOB.inactivity,
  description: 'Tells each newly inactive person once that they no longer appear in matches',
  schema: z.unknown(),
  options: { concurrency: 1, retries: 0 },
  async handle(_payload, ctx) {
    const told = await ctx.core.sessions.sweepInactive();
    ctx.log.info({ told }, 'inactivity sweep');
  },
});
