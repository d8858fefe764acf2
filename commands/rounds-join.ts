import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import { at } from '../src/domain/phrase.js';
import type { Reply } from '../src/interaction/reply.js';
import { ROUNDS_GROUP } from './_rounds-group.js';

export default defineCommand({
  name: 'rounds-join',
  description: "Take part in this community's weekly pairing rounds",
  group: ROUNDS_GROUP,
  requires: [{ kind: 'in-community' }, { kind: 'profile-complete' }],
  category: 'rounds',
  options: {},
  async execute(ctx): Promise<Reply | UserError> {
    const done = await ctx.core.rounds.join(ctx.me, ctx.community);
    if (!done.ok) return done.error;
    return { visibility: 'private', text: ctx.t.t('rounds-joined', { when: at(done.value.nextAt, 'F') }), tone: 'success' };
  },
});
