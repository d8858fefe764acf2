import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import { parseLeadTimes, parseQuietHours } from '../src/views/notification-prefs.js';
import { notificationsLine } from '../src/views/profile.js';

export default defineCommand({
  name: 'notifications',
  description: 'Match alerts, quiet hours, session reminders and the weekly digest',
  requires: [{ kind: 'anyone' }],
  category: 'profile',
  options: {
    alerts: opt.boolean({ description: 'Alerts when a new good match or session appears (on/off)', label: 'Alerts' }),
    quiet: opt.text({ description: 'Quiet hours like "22-7" or "22:30-06:30"; "off" to clear', max: 20, label: 'Quiet hours' }),
    reminders: opt.text({ description: 'Reminder lead times like "24h,1h" or "30m"; "default" or "off"', max: 40, label: 'Reminders' }),
    digest: opt.boolean({ description: 'Weekly digest of sessions near you (on/off)', label: 'The digest' }),
  },
  async execute(ctx, values) {
    const prefs: Parameters<typeof ctx.core.people.setNotifications>[1] = {};
    if (values.alerts !== undefined) Object.assign(prefs, { matchAlerts: values.alerts });
    if (values.digest !== undefined) Object.assign(prefs, { weeklyDigest: values.digest });
    if (values.quiet !== undefined) {
      const q = parseQuietHours(values.quiet);
      if (!q.ok) return q.error;
      Object.assign(prefs, { quietHours: q.value });
    }
    if (values.reminders !== undefined) {
      const r = parseLeadTimes(values.reminders);
      if (!r.ok) return r.error;
      Object.assign(prefs, { reminderLeadMinutes: r.value });
    }
    const me = Object.keys(prefs).length ? await ctx.core.people.setNotifications(ctx.me, prefs) : ctx.me;
    const { t } = ctx;
    return {
      visibility: 'private',
      title: t.t('profile-title-notifications', { name: me.displayName }),
      text: t.t(Object.keys(prefs).length ? 'prefs-saved' : 'prefs-hint'),
      fields: [{ name: t.t('profile-field-notifications'), value: notificationsLine(t, me) }],
      tone: 'success',
    };
  },
});
