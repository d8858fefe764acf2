import { type UserError, userError } from '../src/result.js';
import { phrase } from '../src/domain/phrase.js';
import { decodeSlot } from '../src/domain/slots.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import type { Reply } from '../src/interaction/reply.js';
import { bookedLine } from '../src/views/plan.js';
import { sessionCard } from '../src/domain/notifications/sessions.js';
import calendar from './calendar.js';

/** A time button of a /plan proposal: takes it, and the private session for the two is made. */
export default defineCommand({
  name: 'plan-accept',
  description: 'Takes a time someone offered you with /plan',
  requires: [{ kind: 'anyone' }],
  category: 'buddies',
  hidden: true,
  options: {
    person: opt.person({ description: 'Who offered it', required: true, lists: ['buddies', 'matches'] }),
    slot: opt.text({ description: 'The time taken', required: true, max: 40, label: 'The time' }),
    activity: opt.activity({ description: 'The activity', required: true }),
    offer: opt.text({ description: 'The offer the time belongs to', max: 64, label: 'The offer' }),
  },
  positional: 'person',
  async execute(ctx, { person, slot, activity, offer }): Promise<Reply | UserError> {
    const chosen = decodeSlot(slot);
    if (!chosen) return userError('invalid-input', phrase('plan-error-time-passed'));
    const booked = await ctx.core.plan.accept(ctx.me, person, chosen, activity, offer);
    if (!booked.ok) return booked.error;
    const { session, person: host } = booked.value;
    return {
      visibility: 'private',
      title: ctx.t.t('plan-booked-title'),
      text: [ctx.t.t(booked.value.created ? 'plan-booked-text' : 'plan-booked-already', { name: host.displayName }), bookedLine(ctx.t, sessionCard(session))].join('\n\n'),
      buttons: [[await ctx.button(ctx.t.t('session-button-calendar'), calendar, { session: session.id }, { style: 'primary' })]],
      tone: 'success',
    };
  },
});
