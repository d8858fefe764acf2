import { resolveActivity } from '../src/domain/activities.js';
import { inputLang } from '../src/domain/language.js';
import { parseDurationMinutes, parseStartTime } from '../src/core/parse/when.js';
import { DEFAULT_CAPACITY, DEFAULT_DURATION_MINUTES, LEVEL_RANGE_NAMES, resolveSessionPlace } from '../src/core/sessions-input.js';
import type { AnswerCheck, CommandContext, FlowOffer, GuidedFlow } from '../src/interaction/command.js';
import { opt, type OptionValues } from '../src/interaction/options.js';
import { activityName } from '../src/views/words.js';

/**
 * What /session-create and its far-place confirmation declare alike: the options and the guided
 * flow's choices and checks. Kept apart from creating the session, which names those commands on
 * its buttons: the declarations are read while the commands load, so they import no command.
 * (A file starting with "_" is no command of its own.)
 */
export const SESSION_OPTIONS = {
  activity: opt.activity({ description: 'What you will do, e.g. running, yoga, climbing', required: true }),
  when: opt.when({ description: 'When it starts, in your own time: "tomorrow 7am", "sat 9:30"', required: true }),
  place: opt.place({ description: "Where to meet: one of this community's meeting places, or any area", required: true }),
  capacity: opt.integer({ description: 'Seats for others, 1 to 50 (default 4)', min: 1, max: 50, label: 'The capacity' }),
  levels: opt.namedChoice({ description: 'Who it suits: all, beginner, intermediate-advanced… (default all)', label: 'The level range', values: LEVEL_RANGE_NAMES, names: 'level-range' }),
  duration: opt.text({ description: 'How long: "45 min", "1h30" (default 1 h)', max: 20, label: 'The duration' }),
  title: opt.text({ description: 'A short title (default: the activity)', max: 80, label: 'The title' }),
  notes: opt.longText({ description: 'Notes for joiners: pace, what to bring (up to 500 characters)', max: 500, label: 'The notes', plural: true }),
  weekly: opt.boolean({ description: 'Repeat it every week at the same time', label: 'Weekly' }),
};

export type SessionValues = OptionValues<typeof SESSION_OPTIONS>;

/** An untitled session is named in its host's language: "Running session", "Laufen-Session". */
export const defaultTitle = (ctx: CommandContext, activity: string | undefined): string | undefined => {
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
