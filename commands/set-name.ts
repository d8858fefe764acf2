import { endSentence } from '../src/interaction/reply.js';
import type { Platform } from '../src/domain/platform.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';

const PLATFORM_NAMES: Readonly<Record<Platform, string>> = { discord: 'Discord', telegram: 'Telegram', console: 'terminal' };

export default defineCommand({
  name: 'set-name',
  description: 'The name other people see',
  access: 'anyone',
  scope: 'anywhere',
  options: { name: opt.text({ description: 'Your display name (up to 40 characters)', required: true, max: 40, label: 'Your name' }) },
  positional: 'name',
  async execute(ctx, { name }) {
    const set = await ctx.core.people.setDisplayName(ctx.me, name, ctx.invocation);
    const shown = set.profile.displayName;
    return set.name === 'typed'
      ? { visibility: 'private', text: `You'll appear as ${endSentence(`**${shown}**`)}`, tone: 'success' }
      : { visibility: 'private', text: `A name needs at least one letter, so you'll appear as your ${PLATFORM_NAMES[ctx.invocation.platform]} name, ${endSentence(`**${shown}**`)} Try /set-name again with letters.`, tone: 'info' };
  },
});
