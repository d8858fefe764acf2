import type { UserError } from '../src/result.js';
import { resolveActivity } from '../src/domain/activities.js';
import { inputLang } from '../src/domain/language.js';
import { at } from '../src/domain/phrase.js';
import { parseDurationMinutes, parseStartTime } from '../src/core/parse/when.js';
import { DEFAULT_CAPACITY, DEFAULT_DURATION_MINUTES, LEVEL_RANGE_CHOICES, resolveSessionPlace } from '../src/core/sessions-input.js';
import type { FarPlace } from '../src/core/sessions-reach.js';
import { type AnswerCheck, type CommandContext, type FlowOffer, type GuidedFlow, onlyGiven } from '../src/interaction/command.js';
import { opt, type OptionValues } from '../src/interaction/options.js';
import type { Reply } from '../src/interaction/reply.js';
import { levelsLabel, seatsLabel } from '../src/views/session.js';
import { activityName } from '../src/views/words.js';
import calendar from './calendar.js';
import session from './session.js';
import sessionCreate from './session-create.js';
import sessionCreateFar from './session-create-far.js';

/**
 * What /session-create and its far-place confirmation share: the options, the guided flow's
 * choices and checks, and creating the session with the reply that tells the host.
 * (A file starting with "_" is no command of its own.)
 */
export const SESSION_OPTIONS = {
  activity: opt.activity({ description: 'What you will do, e.g. running, yoga, climbing', required: true }),
  when: opt.when({ description: 'When it starts, in your own time: "tomorrow 7am", "sat 9:30"', required: true }),
  place: opt.place({ description: "Where to meet: one of this community's meeting places, or any area", required: true }),
  capacity: opt.integer({ description: 'Seats for others, 1 to 50 (default 4)', min: 1, max: 50, label: 'The capacity' }),
  levels: opt.choice({ description: 'Who it suits: all, beginner, intermediate-advanced… (default all)', label: 'The level range', values: LEVEL_RANGE_CHOICES }),
  duration: opt.text({ description: 'How long: "45 min", "1h30" (default 1 h)', max: 20, label: 'The duration' }),
  title: opt.text({ description: 'A short title (default: the activity)', max: 80, label: 'The title' }),
  notes: opt.longText({ description: 'Notes for joiners: pace, what to bring (up to 500 characters)', max: 500, label: 'The notes', plural: true }),
  weekly: opt.boolean({ description: 'Repeat it every week at the same time', label: 'Weekly' }),
};

export type SessionValues = OptionValues<typeof SESSION_OPTIONS>;

/** Distances as a person says them: "about 30 km", "about 9,000 km" — never finer than the place deserves. */
export function roundKm(km: number): number {
  const step = km < 20 ? 1 : km < 200 ? 10 : km < 2000 ? 100 : 1000;
  return Math.max(1, Math.round(km / step) * step);
}

const defaultTitle = (ctx: CommandContext, activity: string | undefined): string | undefined => {
  const id = activity === undefined ? null : resolveActivity(activity);
  return id ? ctx.t.t('session-default-title', { activity: activityName(ctx.t, id) }) : undefined;
};

/** The guided /session-create: meeting places to pick, and what each optional question keeps when skipped. */
export const SESSION_FLOW: GuidedFlow = {
  async offer(ctx, option, given): Promise<FlowOffer | null> {
    const t = ctx.t;
    switch (option) {
      case 'place': {
        const places = ctx.community?.settings.places ?? [];
        return places.length > 0 ? { choices: places.slice(0, 25).map((p) => ({ value: p.name, label: p.name })), other: t.t('guided-place-other-ask') } : null;
      }
      case 'capacity':
        return { choices: [], keeps: t.t('guided-keeps-seats', { count: DEFAULT_CAPACITY }) };
      case 'levels':
        return { choices: [], keeps: t.t('guided-keeps-levels') };
      case 'duration':
        return { choices: [], keeps: t.t('guided-keeps-minutes', { minutes: DEFAULT_DURATION_MINUTES }) };
      case 'title': {
        const title = defaultTitle(ctx, typeof given.activity === 'string' ? given.activity : undefined);
        return title ? { choices: [], keeps: title } : null;
      }
      case 'weekly':
        return { choices: [], keeps: t.t('guided-keeps-one-off') };
      default:
        return null;
    }
  },
  // The answers the core reads are read here already, so a bad one is asked again at once.
  async answered(ctx, option, value): Promise<AnswerCheck> {
    switch (option) {
      case 'when': {
        const startsAt = parseStartTime(value as string, ctx.me.timeZone, ctx.now, inputLang(ctx.me));
        return startsAt.ok ? null : startsAt.error;
      }
      case 'duration': {
        const minutes = parseDurationMinutes(value as string);
        return minutes.ok ? null : minutes.error;
      }
      case 'place': {
        const where = resolveSessionPlace(value as string, ctx.community);
        if (!where.ok) return where.error;
        if (where.value.kind === 'ambiguous')
          return { kind: 'choose', problem: ctx.t.t('session-place-ambiguous', { name: (value as string).slice(0, 60) }), choices: where.value.options };
        return null;
      }
      default:
        return null;
    }
  },
};

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
  const create = await ctx.button(ctx.t.t('guided-far-create'), sessionCreateFar, { ...args, go: true }, { style: 'primary' });
  // Cancelling withdraws the Create button too: nothing can be created from this question after.
  const cancel = await ctx.button(ctx.t.t('flow-cancel'), sessionCreateFar, { ...args, go: false, confirm: create.action }, { style: 'danger' });
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
