import { defineCommand } from '../src/interaction/command.js';
import { type Button, type Reply } from '../src/interaction/reply.js';
import { mySessionsReply } from '../src/views/session.js';
import type { MySession } from '../src/core/sessions.js';
import type { CommandContext } from '../src/interaction/command.js';
import calendar from './calendar.js';
import checkin from './checkin.js';
import leave from './leave.js';
import runningLate from './running-late.js';
import session from './session.js';

/** Rows of "I'm here" / "Running late" / "I made it" / "I missed it": two at most (Discord allows five rows in all). */
const LIVE_ROWS = 2;

/**
 * The buttons of the sessions happening around now, numbered like their rows: "I'm here" from an
 * hour before the start and "I made it" after the end until I answered, "I missed it" once it
 * started, "Running late" until half an hour after the start.
 */
async function liveRows(ctx: CommandContext, mine: readonly MySession[]): Promise<Button[][]> {
  const buttons: Button[] = [];
  for (const [i, m] of mine.entries()) {
    const live = m.live;
    if (!live) continue;
    const n = String(i + 1);
    const id = live.session.id;
    if (!live.answered) {
      const key = live.phase === 'ended' ? 'live-button-made-it-number' : 'live-button-here-number';
      buttons.push(await ctx.button(ctx.t.t(key, { n }), checkin, { session: id, attended: true }, { style: 'success' }));
    }
    if (live.lateOpen) buttons.push(await ctx.button(ctx.t.t('live-button-late-number', { n }), runningLate, { session: id }));
    if (!live.answered && live.phase !== 'soon')
      buttons.push(await ctx.button(ctx.t.t('live-button-missed-number', { n }), checkin, { session: id, attended: false }, { style: 'secondary' }));
  }
  const rows: Button[][] = [];
  for (let at = 0; at < buttons.length && rows.length < LIVE_ROWS; at += ROW) rows.push(buttons.slice(at, at + ROW));
  return rows;
}

/** At most one row of buttons of each kind (platforms cap a row at five). */
const ROW = 5;

export default defineCommand({
  name: 'my-sessions',
  description: 'Your upcoming sessions: hosting, going, waitlisted, requested',
  requires: [{ kind: 'anyone' }],
  category: 'sessions',
  options: {},
  async execute(ctx): Promise<Reply> {
    const mine = await ctx.core.sessions.mine(ctx.me);
    if (mine.length === 0)
      return { visibility: 'private', text: ctx.t.t('session-mine-none') };
    await ctx.rememberList('my-sessions', mine.map((m) => m.session.id));
    const views: Button[] = [];
    for (const [i, m] of mine.slice(0, ROW).entries()) views.push(await ctx.button(ctx.t.t('session-button-number', { n: String(i + 1) }), session, { session: m.session.id }));
    // Requests still waiting for the host: each withdrawn by the same /leave that frees a seat.
    const withdraws: Button[] = [];
    for (const [i, m] of mine.entries()) {
      if (m.role !== 'requested' || withdraws.length === ROW) continue;
      withdraws.push(await ctx.button(ctx.t.t('session-button-withdraw-number', { n: String(i + 1) }), leave, { session: m.session.id }, { style: 'danger' }));
    }
    const live = await liveRows(ctx, mine);
    const calendarRow = [await ctx.button(ctx.t.t('session-button-calendar-all'), calendar, {})];
    return mySessionsReply(ctx.t, mine, [views, ...live, ...(withdraws.length ? [withdraws] : []), calendarRow]);
  },
});
