import { defineCommand } from '../src/interaction/command.js';
import type { Button, Reply } from '../src/interaction/reply.js';
import { buddyListOrder, buddyListReply } from '../src/views/buddies.js';

const short = (name: string) => (name.length > 24 ? `${name.slice(0, 23)}…` : name);

export default defineCommand({
  name: 'buddies',
  description: 'Your buddies and buddy requests',
  access: 'anyone',
  scope: 'anywhere',
  options: {},
  async execute(ctx): Promise<Reply> {
    const list = await ctx.core.buddies.list(ctx.me);
    const order = buddyListOrder(list);
    await ctx.rememberList('person', order.map((p) => p.id));
    const number = new Map(order.map((p, i) => [p.id, i + 1] as const));
    const label = (verb: string, id: (typeof order)[number]['id'], name: string) => `${verb} #${number.get(id)} ${short(name)}`;
    const buttons: Button[] = [];
    for (const p of list.incoming) {
      buttons.push(await ctx.button(label('Accept', p.id, p.displayName), 'buddy-accept', { person: p.id }, { style: 'success' }));
      buttons.push(await ctx.button(label('Decline', p.id, p.displayName), 'buddy-decline', { person: p.id }, { style: 'danger' }));
    }
    for (const p of list.buddies) {
      buttons.push(await ctx.button(label('Message', p.id, p.displayName), 'msg', { person: p.id }, { style: 'primary' }));
      buttons.push(await ctx.button(label('Disconnect', p.id, p.displayName), 'disconnect', { person: p.id }));
    }
    for (const p of list.blocked) buttons.push(await ctx.button(label('Unblock', p.id, p.displayName), 'unblock', { person: p.id }));
    return buddyListReply(list, buttons.slice(0, 25));
  },
});
