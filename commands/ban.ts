import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import type { Reply } from '../src/interaction/reply.js';
import { banDoneReply } from '../src/views/bans.js';
import unban from './unban.js';

export default defineCommand({
  name: 'ban',
  description: 'Ban someone from Spotter in this community (moderators)',
  requires: [{ kind: 'in-community' }, { kind: 'moderator' }],
  category: 'moderators',
  options: {
    person: opt.member({ description: 'Who: their name (a member or someone in /reports), or their id', required: true, lists: [] }),
    reason: opt.longText({ description: 'Why (kept in the audit log)', required: true, max: 300, label: 'The reason' }),
  },
  positional: ['person', 'reason'],
  guided: ['person', 'reason'],
  slow: true,
  async execute(ctx, { person, reason }): Promise<Reply | UserError> {
    const found = await ctx.core.buddies.resolvePerson(ctx.me, person);
    if (!found.ok) return found.error;
    const outcome = await ctx.core.moderation.ban(ctx, found.value, reason);
    if (!outcome.ok) return outcome.error;
    const o = outcome.value;
    return banDoneReply(
      ctx.t,
      { name: o.person.displayName, id: o.person.id, already: o.already, cancelled: o.cancelled, left: o.left, withdrawn: o.withdrawn },
      await ctx.button(ctx.t.t('ban-button-undo'), unban, { person: o.person.id }),
    );
  },
});
