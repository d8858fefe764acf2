import { defineCommand } from '../src/interaction/command.js';
import type { Button, Reply } from '../src/interaction/reply.js';
import { buddyListOrder, buddyListReply } from '../src/views/buddies.js';
import buddyAccept from './buddy-accept.js';
import buddyDecline from './buddy-decline.js';
import disconnect from './disconnect.js';
import msg from './msg.js';
import unblock from './unblock.js';

const short = (name: string) => (name.length > 24 ? `${name.slice(0, 23)}…` : name);

export default defineCommand({
  name: 'buddies',
  description: 'Your buddies and buddy requests',
  requires: [{ kind: 'anyone' }],
  category: 'buddies',
  options: {},
  async execute(ctx): Promise<Reply> {
    const list = await ctx.core.buddies.list(ctx.me);
    const order = buddyListOrder(list);
    await ctx.rememberList('buddies', order.map((p) => p.id));
    const number = new Map(order.map((p, i) => [p.id, i + 1] as const));
    const label = (key: string, id: (typeof order)[number]['id'], name: string) => ctx.t.t(`buddy-button-${key}-numbered`, { number: String(number.get(id)), name: short(name) });
    const buttons: Button[] = [];
    for (const p of list.incoming) {
      buttons.push(await ctx.button(label('accept', p.id, p.displayName), buddyAccept, { person: p.id }, { style: 'success' }));
      buttons.push(await ctx.button(label('decline', p.id, p.displayName), buddyDecline, { person: p.id }, { style: 'danger' }));
    }
    for (const p of list.buddies) {
      buttons.push(await ctx.button(label('message', p.id, p.displayName), msg, { person: p.id }, { style: 'primary' }));
      buttons.push(await ctx.button(label('disconnect', p.id, p.displayName), disconnect, { person: p.id }));
    }
    for (const p of list.blocked) buttons.push(await ctx.button(label('unblock', p.id, p.displayName), unblock, { person: p.id }));
    const streaks = await ctx.core.meetings.streaksWith(ctx.me, list.buddies.map((p) => p.id));
    return buddyListReply(ctx.t, list, buttons.slice(0, 25), new Map(streaks.map((s) => [s.buddyId, s] as const)));
  },
});
