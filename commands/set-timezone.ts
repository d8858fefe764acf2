import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';

export default defineCommand({
  name: 'set-timezone',
  description: 'Confirm or change your time zone (set from your area automatically)',
  access: 'anyone',
  scope: 'anywhere',
  options: { zone: opt.text({ description: 'An IANA time zone such as Europe/Berlin or America/New_York', required: true, max: 64, label: 'The time zone' }) },
  positional: 'zone',
  async execute(ctx, { zone }) {
    const updated = await ctx.core.people.setTimeZone(ctx.me, zone);
    if (!updated.ok) return updated.error;
    return { visibility: 'private', text: ctx.t.t('profile-zone-set', { zone: updated.value.timeZone }), tone: 'success' };
  },
});
