import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import type { Reply } from '../src/interaction/reply.js';
import msg from './msg.js';

export default defineCommand({
  name: 'buddy-accept',
  description: 'Accept a buddy request',
  requires: [{ kind: 'anyone' }],
  category: 'buddies',
  options: { person: opt.person({ description: 'Who asked: their name, or their number in /buddies', required: true, lists: ['buddies'] }) },
  positional: 'person',
  async execute(ctx, { person }): Promise<Reply | UserError> {
    const outcome = await ctx.core.buddies.accept(ctx.me, person);
    if (!outcome.ok) return outcome.error;
    const them = outcome.value;
    return {
      visibility: 'private',
      text: ctx.t.t('buddy-accept-done', { name: them.displayName }),
      tone: 'success',
      buttons: [[await ctx.button(ctx.t.t('button-message'), msg, { person: them.id }, { style: 'primary' })]],
    };
  },
});
