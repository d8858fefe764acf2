import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';

export default defineCommand({
  name: 'set-radius',
  description: 'How far you will travel to train, in km',
  requires: [{ kind: 'anyone' }],
  category: 'profile',
  options: { km: opt.integer({ description: 'Travel radius in km (1–200)', required: true, min: 1, max: 200, label: 'The radius', unit: ' km' }) },
  positional: 'km',
  async execute(ctx, { km }) {
    await ctx.core.people.setRadius(ctx.me, km);
    return { visibility: 'private', text: ctx.t.t('profile-radius-set', { km }), tone: 'success' };
  },
});
