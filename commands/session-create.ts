import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import type { Reply } from '../src/interaction/reply.js';
import { SESSION_FLOW, SESSION_OPTIONS } from './_session-create-form.js';
import { createSession } from './_session-create-run.js';

export default defineCommand({
  name: 'session-create',
  description: 'Create a workout session that people nearby can ask to join',
  requires: [{ kind: 'anyone' }],
  category: 'sessions',
  options: SESSION_OPTIONS,
  positional: ['activity', 'when', 'place', 'capacity'],
  guided: ['activity', 'when', 'place', 'capacity', 'levels', 'duration', 'title', 'weekly', 'notes'],
  flow: SESSION_FLOW,
  async execute(ctx, values): Promise<Reply | UserError> {
    return createSession(ctx, values, false);
  },
});
