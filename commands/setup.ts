import type { UserError } from '../src/result.js';
import type { ActivityId, Level } from '../src/domain/activities.js';
import type { Profile } from '../src/domain/profile.js';
import { parseAvailability } from '../src/core/parse/availability.js';
import { readingLang } from '../src/i18n/languages.js';
import { type AnswerCheck, type CommandContext, type CommandDefinition, defineCommand, type FlowStart } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import type { Reply } from '../src/interaction/reply.js';
import { profileReply } from '../src/views/profile.js';
import match from './match.js';
import sessions from './sessions.js';
import setActivities from './set-activities.js';
import setAvailability from './set-availability.js';
import setBio from './set-bio.js';
import setLevel from './set-level.js';
import setLocation from './set-location.js';
import setRadius from './set-radius.js';

const PIECES = ['activities', 'level', 'place', 'radius', 'availability', 'bio'] as const;
type Piece = (typeof PIECES)[number];

/**
 * Each piece's own command: what a "change it" button runs (it asks for that one answer). Built
 * when asked for, not at load: those commands' modules may still be loading when this one is.
 */
const pieceCommands = (): Readonly<Record<Piece, CommandDefinition>> => ({
  activities: setActivities,
  level: setLevel,
  place: setLocation,
  radius: setRadius,
  availability: setAvailability,
  bio: setBio,
});

/**
 * Whether the profile has this piece. Every profile has a radius from the start, so it counts once
 * the area it is measured from is set (it is asked right after the place).
 */
function filled(me: Profile, piece: string): boolean {
  switch (piece) {
    case 'activities':
      return me.activities.length > 0;
    case 'level':
      return me.level !== null;
    case 'place':
    case 'radius':
      return me.location !== null;
    case 'availability':
      return me.availability.length > 0;
    case 'bio':
      return me.bio !== '';
    default:
      return false;
  }
}

/** A profile already complete is offered each piece to change rather than six questions again. */
async function changeAnyPiece(ctx: CommandContext): Promise<Reply> {
  const buttons = [];
  const commands = pieceCommands();
  for (const piece of PIECES) buttons.push(await ctx.button(ctx.t.t(`guided-setup-change-${piece}`), commands[piece], {}));
  return { ...profileReply(ctx.t, ctx.me), text: ctx.t.t('guided-setup-complete'), buttons: [buttons.slice(0, 3), buttons.slice(3)] };
}

/** Saves one answer as it is given, through the same core calls as the /set-* commands. */
async function keep(ctx: CommandContext, option: string, value: unknown): Promise<AnswerCheck> {
  const people = ctx.core.people;
  switch (option) {
    case 'activities':
      await people.setActivities(ctx.me, value as ActivityId[]);
      return null;
    case 'level':
      await people.setLevel(ctx.me, value as Level);
      return null;
    case 'radius':
      await people.setRadius(ctx.me, value as number);
      return null;
    case 'bio':
      await people.setBio(ctx.me, value as string);
      return null;
    case 'availability': {
      const slots = parseAvailability(value as string, readingLang(ctx.t.lang));
      if (!slots.ok) return slots.error;
      await people.setAvailability(ctx.me, slots.value);
      return null;
    }
    case 'place': {
      const located = await people.setLocation(ctx.me, { kind: 'text', text: value as string });
      if (!located.ok) return located.error;
      if (located.value.kind === 'ambiguous')
        return {
          kind: 'choose',
          problem: ctx.t.t('guided-setup-place-ambiguous', { place: (value as string).slice(0, 60) }),
          choices: located.value.options.map((o) => ({ value: o.label, label: o.label })),
        };
      return null;
    }
    default:
      return null;
  }
}

/** The guided profile set-up: asked step by step, or given in one line with name: value pairs. */
export default defineCommand({
  name: 'setup',
  description: 'Set up your fitness profile step by step',
  requires: [{ kind: 'anyone' }],
  category: 'profile',
  options: {
    activities: opt.activities({ description: 'What do you train? e.g. "running, yoga"' }),
    level: opt.level({ description: 'Your level: beginner, intermediate or advanced' }),
    place: opt.place({ description: 'Where do you train? A city or area, "lat, lng", a map link — or share your location' }),
    radius: opt.integer({ description: 'How far will you travel, in km? (1–200)', min: 1, max: 200, label: 'The radius', unit: ' km' }),
    availability: opt.text({ description: 'When can you train? e.g. "weekday evenings, sat morning"', max: 300, label: 'Your availability' }),
    bio: opt.longText({ description: 'A few words about how you like to train', max: 300, label: 'Your bio' }),
  },
  guided: [...PIECES],
  flow: {
    // Run again, /setup asks only for what is missing, and says how far the person got.
    async begin(ctx, steps): Promise<FlowStart> {
      const missing = steps.filter((s) => !filled(ctx.me, s));
      if (missing.length === 0) return { kind: 'instead', reply: await changeAnyPiece(ctx) };
      const done = steps.length - missing.length;
      return done === 0 ? { kind: 'ask', steps: missing } : { kind: 'ask', steps: missing, intro: ctx.t.t('guided-setup-welcome-back', { done, total: steps.length }) };
    },
    answered: keep,
    keepsAnswers: true,
  },
  async execute(ctx, values): Promise<Reply | Reply[] | UserError> {
    let me = ctx.me;
    if (values.availability !== undefined) {
      const slots = parseAvailability(values.availability, readingLang(ctx.t.lang));
      if (!slots.ok) return slots.error;
      me = await ctx.core.people.setAvailability(me, slots.value);
    }
    if (values.activities) me = await ctx.core.people.setActivities(me, values.activities);
    if (values.level) me = await ctx.core.people.setLevel(me, values.level);
    if (values.radius) me = await ctx.core.people.setRadius(me, values.radius);
    if (values.bio) me = await ctx.core.people.setBio(me, values.bio);
    if (values.place) {
      const located = await ctx.core.people.setLocation(me, { kind: 'text', text: values.place });
      if (!located.ok)
        return [
          profileReply(ctx.t, me, 'profile-title-so-far'),
          { visibility: 'private', text: ctx.t.t('setup-place-failed', { problem: located.error.message }), tone: 'error' },
        ];
      if (located.value.kind === 'ambiguous')
        return {
          visibility: 'private',
          text: ctx.t.t('setup-place-ambiguous', { place: values.place.slice(0, 60) }),
          select: await ctx.select(ctx.t.t('profile-choose-area'), setLocation, 'place', {}, located.value.options.map((o) => ({ value: o.label, label: o.label.slice(0, 100) }))),
        };
      me = located.value.profile;
    }
    const reply = profileReply(ctx.t, me, 'profile-title-saved');
    return {
      ...reply,
      tone: 'success',
      buttons: [[await ctx.button(ctx.t.t('profile-button-match'), match, {}, { style: 'primary' }), await ctx.button(ctx.t.t('profile-button-sessions'), sessions, {})]],
    };
  },
});
