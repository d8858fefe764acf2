import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import { at } from '../src/domain/phrase.js';
import type { Reply } from '../src/interaction/reply.js';
import { ROUNDS_GROUP } from './_rounds-group.js';

export default defineCommand({
  name: 'rounds-skip',
  description: 'Sit out the next pairing round only',
  group: ROUNDS_GROUP,
  requires: [{ kind: 'in-community' }],
  category: 'rounds',
  options: {},
  async execute(ctx): Promise<Reply | UserError> {
    const done = await ctx.core.rounds.skip(ctx.me, ctx.community);
    if (!done.ok) return done.error;
    return { visibility: 'private', text: ctx.t.t('rounds-skipped', { skipped: at(done.value.nextAt, 'F'), back: at(done.value.backAt, 'F') }), tone: 'success' };
  },
});
