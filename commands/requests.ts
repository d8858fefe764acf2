import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import { type Button, type Reply } from '../src/interaction/reply.js';
import { levelName } from '../src/views/words.js';
import { distinctNames } from '../src/views/names.js';
import requestAccept from './request-accept.js';
import requestDecline from './request-decline.js';

const SHOWN = 20;
const WITH_BUTTONS = 5;

export default defineCommand({
  name: 'requests',
  description: 'Join requests waiting for your answer',
  requires: [{ kind: 'host', option: 'session', via: 'session' }],
  category: 'sessions',
  options: { session: opt.session({ description: 'Only for this session (its number in /my-sessions, or its id)', lists: ['my-sessions'] }) },
  positional: 'session',
  async execute(ctx, { session }): Promise<Reply | UserError> {
    const found = await ctx.core.sessions.pendingRequests(ctx.me, session);
    if (!found.ok) return found.error;
    const list = found.value.slice(0, SHOWN);
    if (list.length === 0) return { visibility: 'private', text: ctx.t.t('session-requests-none') };
    await ctx.rememberList('requests', list.map((p) => p.request.id));
    const rows: Button[][] = [];
    for (const [i, p] of list.slice(0, WITH_BUTTONS).entries()) {
      rows.push([
        await ctx.button(ctx.t.t('session-button-accept-number', { n: String(i + 1) }), requestAccept, { request: p.request.id }, { style: 'success' }),
        await ctx.button(ctx.t.t('session-button-decline-number', { n: String(i + 1) }), requestDecline, { request: p.request.id }, { style: 'danger' }),
      ]);
    }
    const names = distinctNames(list.flatMap((p) => (p.requester ? [p.requester] : [])));
    const lines = list.map((p, i) => {
      const who = p.requester
        ? ctx.t.t('session-requests-who', {
            name: names.get(p.requester.id) ?? p.requester.displayName,
            level: p.requester.level ? levelName(ctx.t, p.requester.level) : ctx.t.t('session-level-not-set'),
          })
        : ctx.t.t('session-someone');
      const line = ctx.t.t('session-requests-line', { n: String(i + 1), who, title: p.session.title, at: p.session.startsAt });
      return p.request.message ? `${line} — “${p.request.message}”` : line;
    });
    return {
      visibility: 'private',
      title: ctx.t.t('session-requests-title', { count: found.value.length }),
      text: `${lines.join('\n')}\n\n${ctx.t.t('session-requests-footer')}`,
      buttons: rows,
    };
  },
});
