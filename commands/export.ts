import { defineCommand } from '../src/interaction/command.js';

export default defineCommand({
  name: 'export',
  description: 'Download everything Spotter keeps about you (JSON)',
  requires: [{ kind: 'anyone' }],
  category: 'profile',
  options: {},
  slow: true,
  async execute(ctx) {
    return {
      visibility: 'private',
      text: ctx.t.t('profile-export-text'),
      file: { name: 'spotter-my-data.json', mime: 'application/json', content: await ctx.core.people.exportData(ctx.me) },
    };
  },
});
