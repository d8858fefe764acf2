import type { UserError } from '../src/result.js';
import type { Lang } from '../src/domain/language.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import type { Reply } from '../src/interaction/reply.js';
import { settingsReply } from '../src/views/moderation.js';

export default defineCommand({
  name: 'mod-settings',
  description: "Show or change this community's Spotter settings (moderators)",
  requires: [{ kind: 'in-community' }, { kind: 'moderator' }],
  category: 'moderators',
  options: {
    'announce-channel': opt.channel({ description: 'The channel where sessions are announced', label: 'The announce channel' }),
    'moderator-role': opt.role({ description: 'The role whose members moderate Spotter here', label: 'The moderator role' }),
    radius: opt.integer({ description: 'Default matching radius in km (1–200)', min: 1, max: 200, label: 'The radius', unit: ' km' }),
    clear: opt.choice({
      description: 'Stop announcing, or stop using a moderator role',
      label: 'What to clear',
      values: [
        { value: 'announce-channel', label: 'Announce channel' },
        { value: 'moderator-role', label: 'Moderator role' },
      ],
    }),
    language: opt.choice({
      description: 'Language of what is posted in the community; "auto" clears it',
      label: 'The language',
      // Each language by its own name, as on every platform's language menus.
      values: [
        { value: 'en', label: 'English' },
        { value: 'de', label: 'Deutsch' },
        { value: 'es', label: 'Español' },
        { value: 'ru', label: 'Русский' },
        { value: 'auto', label: 'Auto' },
      ],
    }),
    events: opt.choice({
      description: 'Whether announced sessions also appear as the server\'s events',
      label: 'Server events',
      values: [
        { value: 'on', label: 'On' },
        { value: 'off', label: 'Off' },
      ],
    }),
  },
  async execute(ctx, values): Promise<Reply | UserError> {
    const { radius, language, clear, events } = values as { radius?: number; language?: Lang | 'auto'; clear?: 'announce-channel' | 'moderator-role'; events?: 'on' | 'off' };
    // A picker can't say "none": clearing is its own option (typed "none" still works as text).
    const channel = clear === 'announce-channel' ? 'none' : (values['announce-channel'] as string | undefined);
    const role = clear === 'moderator-role' ? 'none' : (values['moderator-role'] as string | undefined);
    const community = ctx.community?.name ?? ctx.t.t('mod-this-community');
    if (channel === undefined && role === undefined && radius === undefined && language === undefined && events === undefined) {
      const current = await ctx.core.moderation.settings(ctx);
      return current.ok ? settingsReply(ctx.t, community, current.value) : current.error;
    }
    const updated = await ctx.core.moderation.updateSettings(ctx, {
      ...(channel !== undefined ? { announceChannelId: channel } : {}),
      ...(role !== undefined ? { moderatorRoleId: role } : {}),
      ...(radius !== undefined ? { defaultRadiusKm: radius } : {}),
      ...(language !== undefined ? { language: language === 'auto' ? null : language } : {}),
      ...(events !== undefined ? { scheduledEvents: events === 'on' } : {}),
    });
    if (!updated.ok) return updated.error;
    return { ...settingsReply(ctx.t, updated.value.name, updated.value, true), tone: 'success' };
  },
});
