import { defineCommand } from '../src/interaction/command.js';
import deleteMeCancel from './delete-me-cancel.js';
import deleteMeConfirm from './delete-me-confirm.js';

export default defineCommand({
  name: 'delete-me',
  description: 'Delete your profile and everything that is yours (asks to confirm)',
  requires: [{ kind: 'anyone' }],
  category: 'profile',
  options: {},
  async execute(ctx) {
    const yes = await ctx.button(ctx.t.t('delete-button-yes'), deleteMeConfirm, {}, { style: 'danger', ttlHours: 1, once: true });
    return {
      visibility: 'private',
      title: ctx.t.t('delete-ask-title'),
      text: ctx.t.t('delete-ask-text'),
      tone: 'warning',
      buttons: [[yes, await ctx.button(ctx.t.t('button-cancel'), deleteMeCancel, { confirm: yes.action }, { style: 'secondary', ttlHours: 1, once: yes.action })]],
    };
  },
});
