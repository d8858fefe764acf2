import type { CommandGroup } from '../src/interaction/command.js';

/** /rounds setup|join|leave|skip|status: one Discord command with subcommands (the loader skips files starting with _). */
export const ROUNDS_GROUP: CommandGroup = { name: 'rounds', description: 'Weekly pairing rounds: be paired with a training buddy each week' };
