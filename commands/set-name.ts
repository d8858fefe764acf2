import { endSentence } from '../src/interaction/reply.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';

export default defineCommand({
  name: 'set-name',
  description: 'The name other people see',
  requires: [{ kind: 'anyone' }],
  category: 'profile',
  options: { name: opt.text({ description: 'Your display name (up to 40 characters)', required: true, max: 40, label: 'Your name' }) },
  positional: 'name',
  async execute(ctx, { name }) {
    const set = await ctx.core.people.setDisplayName(ctx.me, name, ctx.invocation);
    const shown = set.profile.displayName;
    return set.name === 'typed'
      ? { visibility: 'private', text: ctx.t.t('profile-name-set', { name: endSentence(`**${shown}**`) }), tone: 'success' }
      : {
          visibility: 'private',
          text: ctx.t.t('profile-name-platform', { platform: ctx.invocation.platform, name: endSentence(`**${shown}**`) }),
          tone: 'info',
        };
  },
});
