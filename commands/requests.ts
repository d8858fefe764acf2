import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import { type Button, errorReply, type Reply, timeTag } from '../src/interaction/reply.js';
import { distinctNames } from '../src/views/names.js';

const SHOWN = 20;
const WITH_BUTTONS = 5;

export default defineCommand({
  name: 'requests',
  description: 'Join requests waiting for your answer',
  access: 'host',
  scope: 'anywhere',
  options: { session: opt.session({ description: 'Only for this session (its number or id)' }) },
  positional: 'session',
  async execute(ctx, { session }): Promise<Reply | UserError> {
    const found = await ctx.core.sessions.pendingRequests(ctx.me, session);
    if (!found.ok) return found.error;
    const list = found.value.slice(0, SHOWN);
    if (list.length === 0) return { visibility: 'private', text: 'No join requests are waiting for you.' };
    await ctx.rememberList('request', list.map((p) => p.request.id));
    const rows: Button[][] = [];
    for (const [i, p] of list.slice(0, WITH_BUTTONS).entries()) {
      rows.push([
        await ctx.button(`Accept #${i + 1}`, 'request-accept', { request: p.request.id }, { style: 'success' }),
        await ctx.button(`Decline #${i + 1}`, 'request-decline', { request: p.request.id }, { style: 'danger' }),
      ]);
    }
    const names = distinctNames(list.flatMap((p) => (p.requester ? [p.requester] : [])));
    const lines = list.map((p, i) => {
      const who = p.requester ? `${names.get(p.requester.id) ?? p.requester.displayName} (${p.requester.level ?? 'level not set'})` : 'Someone';
      return `**${i + 1}. ${who}** for **${p.session.title}** ${timeTag(p.session.startsAt, 'F')}${p.request.message ? ` — “${p.request.message}”` : ''}`;
    });
    return {
      visibility: 'private',
      title: `Join requests (${found.value.length})`,
      text: `${lines.join('\n')}\n\nAnswer with the buttons, or /request-accept <number> and /request-decline <number>.`,
      buttons: rows,
    };
  },
});
