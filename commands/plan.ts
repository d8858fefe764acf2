import type { UserError } from '../src/result.js';
import { encodeSlot } from '../src/domain/slots.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import type { Button, Reply } from '../src/interaction/reply.js';
import { planSentReply } from '../src/views/plan-replies.js';
import { slotLabel, slotLines } from '../src/views/plan.js';
import { activityName } from '../src/views/words.js';
import planOffer from './plan-offer.js';
import planPropose from './plan-propose.js';

/**
 * Who: a buddy, or anyone you could /connect with (neither blocked by the other, neither banned
 * here or in a community you share). The best times: the next 7 days from 3 hours on, where both
 * weekly availabilities (each in its own zone) overlap and neither has a session (30 minutes kept
 * free around each); longest shared time first (up to an hour), then soonest, one a day while
 * other days have one, shown in time order. Each is a button that offers it; "Offer all" sends all.
 */
export default defineCommand({
  name: 'plan',
  description: 'Find a time with a buddy or anyone you could /connect with: the best shared slots this week',
  requires: [{ kind: 'profile-complete' }],
  category: 'buddies',
  options: {
    person: opt.person({ description: 'Who: their name, or their number in your last /match or /buddies list', required: true, lists: ['matches', 'buddies'] }),
    time: opt.when({ description: 'Propose your own time instead, e.g. "saturday 9am" (optional)' }),
  },
  positional: ['person', 'time'],
  async execute(ctx, { person, time }): Promise<Reply | UserError> {
    if (time !== undefined) {
      const sent = await ctx.core.plan.proposeTime(ctx.me, ctx.community, person, time);
      return sent.ok ? planSentReply(ctx.t, sent.value) : sent.error;
    }
    const found = await ctx.core.plan.find(ctx.me, ctx.community, person);
    if (!found.ok) return found.error;
    const them = found.value.person;
    const propose = await ctx.button(ctx.t.t('plan-button-propose-time'), planPropose, { person: them.id }, { style: 'primary' });
    if (found.value.kind === 'none')
      return {
        visibility: 'private',
        text: ctx.t.t(`plan-none-${found.value.missing ?? 'shared'}`, { name: them.displayName }),
        buttons: [[propose]],
        tone: 'info',
      };
    const { slots, activity } = found.value;
    const ttlHours = Math.max(1, Math.ceil((slots[0]!.start.getTime() - ctx.now.getTime()) / 3_600_000));
    const buttons: Button[][] = [];
    for (const s of slots) buttons.push([await ctx.button(slotLabel(s, ctx.me.timeZone, ctx.t.lang), planOffer, { person: them.id, slots: encodeSlot(s), activity }, { ttlHours })]);
    buttons.push([await ctx.button(ctx.t.t('plan-button-offer-all', { count: slots.length }), planOffer, { person: them.id, slots: slots.map(encodeSlot).join(','), activity }, { style: 'success', ttlHours }), propose]);
    return {
      visibility: 'private',
      title: ctx.t.t('plan-slots-title', { name: them.displayName }),
      text: [ctx.t.t('plan-slots-text', { name: them.displayName, activity: activityName(ctx.t, activity), count: slots.length }), slotLines(ctx.t, slots)].join('\n\n'),
      buttons,
    };
  },
});
