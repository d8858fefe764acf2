import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';

export default defineCommand({
  name: 'set-bio',
  description: 'A few words about how you like to train',
  requires: [{ kind: 'anyone' }],
  category: 'profile',
  options: { bio: opt.longText({ description: 'A short bio (up to 300 characters)', required: true, max: 300, label: 'Your bio' }) },
  positional: 'bio',
  async execute(ctx, { bio }) {
    await ctx.core.people.setBio(ctx.me, bio);
    return { visibility: 'private', text: ctx.t.t('profile-bio-saved'), tone: 'success' };
  },
});
