import { defineCommand } from '../src/interaction/command.js';

export default defineCommand({
  name: 'delete-me',
  description: 'Delete your profile and everything that is yours (asks to confirm)',
  access: 'anyone',
  scope: 'anywhere',
  options: {},
  async execute(ctx) {
    const yes = await ctx.button('Yes, delete everything', 'delete-me-confirm', {}, { style: 'danger', ttlHours: 1 });
    return {
      visibility: 'private',
      title: 'Delete everything?',
      text:
        'This removes your profile, buddies, messages and join requests at once, and cancels the sessions you host (everyone in them is told). ' +
        'Your name is taken out of moderation records and the words of reports you filed are removed. A community ban against you stays: it holds against your accounts. ' +
        'It cannot be undone.',
      tone: 'warning',
      buttons: [[yes, await ctx.button('Cancel', 'delete-me-cancel', { confirm: yes.action }, { style: 'secondary', ttlHours: 1 })]],
    };
  },
});
