import { defineCommand, type CommandContext, type CommandDefinition } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import { offeredHere, type Standing } from '../src/interaction/preconditions.js';
import { helpReply, welcomeReply } from '../src/views/help.js';
import match from './match.js';
import sessions from './sessions.js';
import setup from './setup.js';

export default defineCommand({
  name: 'help',
  description: 'What Spotter does and the commands to use',
  requires: [{ kind: 'anyone' }],
  category: 'more',
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

/** What this person may run where they asked: the same preconditions the dispatcher checks before running a command. */
function usableHere(ctx: CommandContext): (c: CommandDefinition) => boolean {
  const standing: Standing = { invocation: ctx.invocation, me: ctx.me, community: ctx.community, core: ctx.core };
  return (c) => offeredHere(c, standing);
}
