import { defineCommand } from '../src/interaction/command.js';

export default defineCommand({
  name: 'delete-me',
  description: 'Delete your profile and everything that is yours (asks to confirm)',
  requires: [{ kind: 'anyone' }],
  category: 'profile',
  options: {},
  async execute(ctx) {
    const yes = await ctx.button(ctx.t.t('delete-button-yes'), 'delete-me-confirm', {}, { style: 'danger', ttlHours: 1, once: true });
    return {
      visibility: 'private',
      title: ctx.t.t('delete-ask-title'),
      text: ctx.t.t('delete-ask-text'),
      tone: 'warning',
      buttons: [[yes, await ctx.button(ctx.t.t('button-cancel'), 'delete-me-cancel', { confirm: yes.action }, { style: 'secondary', ttlHours: 1, once: yes.action })]],
    };
  },
});
