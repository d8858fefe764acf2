import type { UserError } from '../src/result.js';
import type { Lang } from '../src/domain/language.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import type { Reply } from '../src/interaction/reply.js';
import { settingsReply } from '../src/views/moderation.js';

export default defineCommand({
  name: 'mod-settings',
  description: "Show or change this community's Spotter settings (moderators)",
  access: 'moderator',
  scope: 'community',
  options: {
    'announce-channel': opt.text({ description: 'Channel id (or #mention) where sessions are announced; "none" clears it', max: 40, label: 'The announce channel' }),
    'moderator-role': opt.text({ description: 'Role id (or @mention) whose members moderate; "none" clears it', max: 40, label: 'The moderator role' }),
    radius: opt.integer({ description: 'Default matching radius in km (1–200)', min: 1, max: 200, label: 'The radius', unit: ' km' }),
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
  },
  async execute(ctx, values): Promise<Reply | UserError> {
    const { 'announce-channel': channel, 'moderator-role': role, radius, language } = values as {
      'announce-channel'?: string;
      'moderator-role'?: string;
      radius?: number;
      language?: Lang | 'auto';
    };
    const community = ctx.community?.name ?? ctx.t.t('mod-this-community');
    if (channel === undefined && role === undefined && radius === undefined && language === undefined) {
      const current = await ctx.core.moderation.settings(ctx);
      return current.ok ? settingsReply(ctx.t, community, current.value) : current.error;
    }
    const updated = await ctx.core.moderation.updateSettings(ctx, {
      ...(channel !== undefined ? { announceChannelId: channel } : {}),
      ...(role !== undefined ? { moderatorRoleId: role } : {}),
      ...(radius !== undefined ? { defaultRadiusKm: radius } : {}),
      ...(language !== undefined ? { language: language === 'auto' ? null : language } : {}),
    });
    if (!updated.ok) return updated.error;
    return { ...settingsReply(ctx.t, updated.value.name, updated.value.settings, true), tone: 'success' };
  },
});
