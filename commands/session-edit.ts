import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import { type Reply } from '../src/interaction/reply.js';
import { EDIT_OPTIONS } from './_session-edit-form.js';
import { editSession } from './_session-edit-run.js';

export default defineCommand({
  name: 'session-edit',
  description: 'Change a session you host; everyone in it is told what changed',
  requires: [{ kind: 'host', option: 'session', via: 'session' }],
  category: 'sessions',
  options: {
    session: opt.session({ description: 'The session: its number in /my-sessions, or its id', required: true, lists: ['my-sessions'] }),
    ...EDIT_OPTIONS,
  },
  positional: 'session',
  guided: ['session', 'when', 'place', 'capacity', 'title', 'notes'],
  async execute(ctx, { session, ...changes }): Promise<Reply | UserError> {
    return editSession(ctx, session, changes, false);
  },
});
