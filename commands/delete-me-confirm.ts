import { defineCommand } from '../src/interaction/command.js';

export default defineCommand({
  name: 'delete-me-confirm',
  description: 'Confirms /delete-me',
  access: 'anyone',
  scope: 'anywhere',
  hidden: true,
  options: {},
  slow: true,
  async execute(ctx) {
    const erasure = await ctx.core.people.erase(ctx.me);
    const cancelled = erasure.cancelledSessions.length;
    const told = erasure.told ? ` ${erasure.told} ${erasure.told === 1 ? 'person was' : 'people were'} told.` : '';
    return {
      visibility: 'private',
      text: `Done: everything of yours is deleted${cancelled ? ` and ${cancelled === 1 ? 'the session you hosted was' : `the ${cancelled} sessions you hosted were`} cancelled` : ''}.${told} Come back any time.`,
      tone: 'success',
    };
  },
});
