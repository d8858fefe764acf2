import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';

export default defineCommand({
  name: 'set-timezone',
  description: 'Confirm or change your time zone (set from your area automatically)',
  requires: [{ kind: 'anyone' }],
  category: 'profile',
  options: { zone: opt.text({ description: 'A city or country (New York, Berlin) or an IANA zone such as Europe/Berlin', required: true, max: 64, label: 'The time zone' }) },
  positional: 'zone',
  async execute(ctx, { zone }) {
    const updated = await ctx.core.people.setTimeZone(ctx.me, zone);
    if (!updated.ok) return updated.error;
    const { profile, place } = updated.value;
    const text = place ? ctx.t.t('profile-zone-set-from', { zone: profile.timeZone, place }) : ctx.t.t('profile-zone-set', { zone: profile.timeZone });
    return { visibility: 'private', text, tone: 'success' };
  },
});
