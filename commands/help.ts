import { isModerator, isOwner } from '../src/core/permissions.js';
import { defineCommand, type CommandContext, type CommandDefinition } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import { helpReply, welcomeReply } from '../src/views/help.js';
import match from './match.js';
import sessions from './sessions.js';
import setup from './setup.js';

export default defineCommand({
  name: 'help',
  description: 'What Spotter does and the commands to use',
  access: 'anyone',
  scope: 'anywhere',
  options: { command: opt.text({ description: 'A command to explain', label: 'The command' }) },
  positional: 'command',
  async execute(ctx, { command }) {
    if (!command && ctx.welcome)
      return welcomeReply(ctx.t, [
        [await ctx.button(ctx.t.t('help-button-setup'), setup, {}, { style: 'primary' })],
        [await ctx.button(ctx.t.t('profile-button-match'), match, {}), await ctx.button(ctx.t.t('help-button-sessions'), sessions, {})],
      ]);
    return helpReply(ctx.t, ctx.commands, command, usableHere(ctx), ctx.invocation.community !== null);
  },
});

/** What this person may run where they asked: the same checks the dispatcher makes before running a command. */
function usableHere(ctx: CommandContext): (c: CommandDefinition) => boolean {
  const settings = ctx.core.deps.settings;
  const inCommunity = ctx.invocation.community !== null;
  return (c) => {
    if (c.scope === 'community' && !inCommunity) return false;
    if (c.scope === 'private' && inCommunity) return false;
    if (c.access === 'owner') return isOwner(settings, ctx.invocation);
    if (c.access === 'moderator') return isModerator(settings, ctx.community, ctx.invocation);
    return true;
  };
}
