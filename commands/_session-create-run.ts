import type { UserError } from '../src/result.js';
import { at } from '../src/domain/phrase.js';
import type { FarPlace } from '../src/core/sessions-reach.js';
import { type CommandContext, onlyGiven } from '../src/interaction/command.js';
import type { Reply } from '../src/interaction/reply.js';
import { levelsLabel, seatsLabel } from '../src/views/session.js';
import { activityName } from '../src/views/words.js';
import calendar from './calendar.js';
import session from './session.js';
import sessionCreate from './session-create.js';
import sessionCreateFar from './session-create-far.js';
import { roundKm, type SessionValues } from './_session-create-form.js';

/**
 * Creating a session for /session-create and its far-place confirmation, with the reply that
 * tells the host and the buttons that name those commands (read only when a command runs).
 * (A file starting with "_" is no command of its own.)
 */

/** "Atlantis is about 9,000 km from Tiergarten, where this community meets. Create it there anyway?" */
function farText(ctx: CommandContext, far: FarPlace): string {
  const place = far.place.slice(0, 80);
  switch (far.from.kind) {
    case 'meeting-place':
      return ctx.t.t('guided-far-community', { place, km: roundKm(far.from.km), from: far.from.name });
    case 'members':
      return ctx.t.t('guided-far-members', { place });
    case 'home':
      return ctx.t.t('guided-far-home', { place, km: roundKm(far.from.km), from: far.from.area, radius: far.from.radiusKm });
  }
}

async function confirmFar(ctx: CommandContext, values: SessionValues, far: FarPlace): Promise<Reply> {
  const args = onlyGiven(values);
  const create = await ctx.button(ctx.t.t('guided-far-create'), sessionCreateFar, { ...args, go: true }, { style: 'primary', once: true });
  // One answer per question: a second press of Create (a double click) creates nothing more, and
  // Cancel withdraws Create: nothing can be created from this question after.
  const cancel = await ctx.button(ctx.t.t('flow-cancel'), sessionCreateFar, { ...args, go: false, confirm: create.action }, { style: 'danger', once: create.action });
  return { visibility: 'private', text: farText(ctx, far), buttons: [[create, cancel]], tone: 'warning' };
}

/** Creates the session (or asks which place, or whether a far place is meant) and tells the host. */
export async function createSession(ctx: CommandContext, values: SessionValues, farConfirmed: boolean): Promise<Reply | UserError> {
  // An untitled session is named in its host's language: "Running session", "Laufen-Session".
  const title = values.title ?? ctx.t.t('session-default-title', { activity: activityName(ctx.t, values.activity) });
  const created = await ctx.core.sessions.create(ctx.me, ctx.community, { ...values, title, farConfirmed });
  if (!created.ok) return created.error;
  if (created.value.kind === 'ambiguous') {
    const { place, ...rest } = values;
    return {
      visibility: 'private',
      text: [ctx.t.t('session-place-ambiguous', { name: place.slice(0, 60) }), ...created.value.options.map((o, i) => `${i + 1}. ${o.label}`)].join('\n'),
      select: await ctx.select(ctx.t.t('session-place-choose'), sessionCreate, 'place', onlyGiven(rest), created.value.options),
    };
  }
  if (created.value.kind === 'far') return confirmFar(ctx, values, created.value);
  const { session: s, announced } = created.value;
  const where = announced ? 'announced' : ctx.community ? 'no-channel' : 'private';
  const facts = [
    ctx.t.t('session-created-when', { at: s.startsAt, relative: at(s.startsAt, 'R'), place: s.place.label }),
    levelsLabel(ctx.t, s.levels),
    seatsLabel(ctx.t, s),
    ...(s.recurrence === 'weekly' ? [ctx.t.t('session-repeats-weekly')] : []),
  ];
  return {
    visibility: 'private',
    title: ctx.t.t('session-created-title', { title: s.title }),
    text: `${facts.join(' · ')}.\n${ctx.t.t('session-created-where', { where })}`,
    buttons: [
      [
        await ctx.button(ctx.t.t('session-button-view'), session, { session: s.id }),
        await ctx.button(ctx.t.t('session-button-calendar'), calendar, { session: s.id }),
      ],
    ],
    tone: 'success',
  };
}
