import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import { at } from '../src/domain/phrase.js';
import { opt } from '../src/interaction/options.js';
import type { Reply } from '../src/interaction/reply.js';
import type { Weekday } from '../src/domain/availability.js';
import { scheduleWords } from '../src/views/rounds.js';
import { ROUNDS_GROUP } from './_rounds-group.js';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export default defineCommand({
  name: 'rounds-setup',
  description: 'Set up weekly pairing rounds in this community: weekday, hour, activity, on or off (moderators)',
  group: ROUNDS_GROUP,
  requires: [{ kind: 'in-community' }, { kind: 'moderator' }],
  category: 'rounds',
  options: {
    weekday: opt.choice({
      description: 'The day of the week rounds start',
      label: 'The weekday',
      values: [
        { value: 'mon', label: 'Monday' },
        { value: 'tue', label: 'Tuesday' },
        { value: 'wed', label: 'Wednesday' },
        { value: 'thu', label: 'Thursday' },
        { value: 'fri', label: 'Friday' },
        { value: 'sat', label: 'Saturday' },
        { value: 'sun', label: 'Sunday' },
      ],
    }),
    hour: opt.integer({ description: 'The hour rounds start, 0–23, on the community clock', min: 0, max: 23, label: 'The hour' }),
    activity: opt.activity({ description: 'Pair only people who do this, on it (default: any shared activity)' }),
    state: opt.choice({
      description: 'on (default) or off',
      label: 'On or off',
      values: [
        { value: 'on', label: 'On' },
        { value: 'off', label: 'Off' },
      ],
    }),
    timezone: opt.text({ description: 'The zone the hour is in, e.g. Europe/Berlin (default: yours)', max: 60, label: 'The time zone' }),
    clear: opt.choice({
      description: 'Pair on any shared activity again',
      label: 'What to clear',
      values: [{ value: 'activity', label: 'The activity' }],
    }),
  },
  async execute(ctx, { weekday, hour, activity, state, timezone, clear }): Promise<Reply | UserError> {
    const done = await ctx.core.rounds.setup(ctx, {
      ...(weekday ? { weekday: (WEEKDAYS.indexOf(weekday) + 1) as Weekday } : {}),
      ...(hour !== undefined ? { hour } : {}),
      // A later setup keeps the round's activity unless it names another or clears it.
      ...(clear === 'activity' ? { activity: null } : activity ? { activity } : {}),
      ...(timezone ? { timeZone: timezone.trim() } : {}),
      enabled: state !== 'off',
    });
    if (!done.ok) return done.error;
    const { config, nextAt } = done.value;
    return {
      visibility: 'private',
      text: nextAt
        ? ctx.t.t('rounds-setup-on', { schedule: scheduleWords(ctx.t, config), when: at(nextAt, 'F'), members: config.members.length })
        : ctx.t.t('rounds-setup-off'),
      tone: 'success',
    };
  },
});
