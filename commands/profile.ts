import { defineCommand } from '../src/interaction/command.js';
import { profileReply } from '../src/views/profile.js';
import exportData from './export.js';
import pause from './pause.js';
import resume from './resume.js';
import setup from './setup.js';

export default defineCommand({
  name: 'profile',
  description: 'Show your profile (only you see it)',
  requires: [{ kind: 'anyone' }],
  category: 'profile',
  options: {},
  async execute(ctx) {
    const { t } = ctx;
    const reply = profileReply(t, ctx.me);
    const toggle = ctx.me.status === 'active' ? await ctx.button(t.t('profile-button-pause'), pause, {}) : await ctx.button(t.t('profile-button-resume'), resume, {}, { style: 'success' });
    return {
      ...reply,
      buttons: [[await ctx.button(t.t('profile-button-edit'), setup, {}, { style: 'primary' }), toggle, await ctx.button(t.t('profile-button-export'), exportData, {})]],
    };
  },
});
