import type { UserError } from '../src/result.js';
import { at } from '../src/domain/phrase.js';
import { type CommandContext, onlyGiven } from '../src/interaction/command.js';
import type { Reply } from '../src/interaction/reply.js';
import { levelsLabel, seatsLabel } from '../src/views/session.js';
import calendar from './calendar.js';
import session from './session.js';
import sessionCreate from './session-create.js';
import sessionCreateFar from './session-create-far.js';
import { defaultTitle, type SessionValues } from './_session-create-form.js';
import { confirmFar, type FarWords, whichPlace } from './_session-place.js';

/**
 * Creating a session for /session-create and its far-place confirmation, with the reply that
 * tells the host and the buttons that name those commands (read only when a command runs).
 * (A file starting with "_" is no command of its own.)
 */

/** The far-place question of /session-create: create it there anyway? */
const FAR_WORDS: FarWords = {
  community: 'guided-far-community',
  members: 'guided-far-members',
  home: 'guided-far-home',
  go: 'guided-far-create',
};

/** Creates the session (or asks which place, or whether a far place is meant) and tells the host. */
export async function createSession(ctx: CommandContext, values: SessionValues, farConfirmed: boolean): Promise<Reply | UserError> {
  const title = values.title ?? defaultTitle(ctx, values.activity);
  const created = await ctx.core.sessions.create(ctx.me, ctx.community, { ...values, title, farConfirmed });
  if (!created.ok) return created.error;
  if (created.value.kind === 'ambiguous') {
    const { place, ...rest } = values;
    return whichPlace(ctx, place, created.value, sessionCreate, 'place', onlyGiven(rest));
  }
  if (created.value.kind === 'far') {
    const args = onlyGiven(values);
    return confirmFar(ctx, created.value, FAR_WORDS, sessionCreateFar, (go, confirm) => onlyGiven({ ...args, go, confirm }));
  }
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
