import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';

export default defineCommand({
  name: 'link',
  description: 'Use one profile on Discord and Telegram: get a code here, type it on the other',
  requires: [{ kind: 'private-chat' }],
  category: 'profile',
  options: { code: opt.text({ description: 'The code from /link on your other account', max: 12, label: 'The code' }) },
  positional: 'code',
  async execute(ctx, { code }) {
    if (!code) {
      const fresh = await ctx.core.linking.createCode(ctx.me);
      return {
        visibility: 'private',
        title: ctx.t.t('link-title'),
        text: ctx.t.t('link-code-made', { code: fresh, minutes: 15 }),
      };
    }
    const linked = await ctx.core.linking.redeem(ctx.me, code, ctx.invocation.user.key);
    if (!linked.ok) return linked.error;
    return {
      visibility: 'private',
      text: ctx.t.t('link-done', { name: linked.value.displayName }),
      tone: 'success',
    };
  },
});
