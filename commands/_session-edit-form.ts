import { LEVEL_RANGE_NAMES } from '../src/core/sessions-input.js';
import { opt, type OptionValues } from '../src/interaction/options.js';

/**
 * The changes a host may make to a session, shared by /session-edit and its far-place confirmation.
 * Kept apart from the commands so both can read it while they load. (A file starting with "_" is no command.)
 */
export const EDIT_OPTIONS = {
  when: opt.when({ description: 'New start, in your time: "sat 10am"' }),
  place: opt.place({ description: 'New meeting place' }),
  capacity: opt.integer({ description: 'New number of seats, 1 to 50', min: 1, max: 50, label: 'The capacity' }),
  duration: opt.text({ description: 'New length: "45 min", "1h30"', max: 20, label: 'The duration' }),
  title: opt.text({ description: 'New title', max: 80, label: 'The title' }),
  notes: opt.longText({ description: 'New notes for joiners (up to 500 characters)', max: 500, label: 'The notes', plural: true }),
  levels: opt.namedChoice({ description: 'New level range: all, beginner, intermediate-advanced…', label: 'The level range', values: LEVEL_RANGE_NAMES, names: 'level-range' }),
  weekly: opt.boolean({ description: 'Repeat every week', label: 'Weekly' }),
};

export type EditValues = OptionValues<typeof EDIT_OPTIONS>;
