import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';

export default defineCommand({
  name: 'link',
  description: 'Use one profile on Discord and Telegram: get a code here, type it on the other',
  access: 'anyone',
  scope: 'private',
  options: { code: opt.text({ description: 'The code from /link on your other account', max: 12, label: 'The code' }) },
  positional: 'code',
  async execute(ctx, { code }) {
    if (!code) {
      const fresh = await ctx.core.linking.createCode(ctx.me);
      return {
        visibility: 'private',
        title: 'Link another account',
        text: `On your other platform, send **/link ${fresh}** to the Spotter bot within 15 minutes. That account will then use this profile (its own Spotter profile, if any, is replaced).`,
      };
    }
    const linked = await ctx.core.linking.redeem(ctx.me, code, ctx.invocation.user.key);
    if (!linked.ok) return linked.error;
    return {
      visibility: 'private',
      text: `Linked: this account now uses the profile of **${linked.value.displayName}** — matches, buddies and sessions included.`,
      tone: 'success',
    };
  },
});
