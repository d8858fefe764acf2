import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import { errorReply, type Reply } from '../src/interaction/reply.js';

export default defineCommand({
  name: 'ban',
  description: 'Ban someone from Spotter in this community (moderators)',
  access: 'moderator',
  scope: 'community',
  options: {
    person: opt.person({ description: 'Who: their id (shown in /reports) or their number in your last list', required: true }),
    reason: opt.longText({ description: 'Why (kept in the audit log)', required: true, max: 300, label: 'The reason' }),
  },
  guided: ['person', 'reason'],
  async execute(ctx, { person, reason }): Promise<Reply> {
    const found = await ctx.core.buddies.resolvePerson(ctx.me, person);
    if (!found.ok) return errorReply(found.error.message);
    const outcome = await ctx.core.moderation.ban(ctx, found.value, reason);
    if (!outcome.ok) return errorReply(outcome.error.message);
    const { person: banned, already } = outcome.value;
    return {
      visibility: 'private',
      text: `${already ? 'Updated the ban of' : 'Banned'} **${banned.displayName}** (id ${banned.id}). They can't be matched, connect, message or post here any more.`,
      tone: 'success',
      buttons: [[await ctx.button('Undo (unban)', 'unban', { person: banned.id })]],
    };
  },
});
