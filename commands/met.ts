import { MEETING_ANSWERS } from '../src/domain/meeting.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import type { Reply } from '../src/interaction/reply.js';
import type { UserError } from '../src/result.js';

/** The buttons of "did you two train together?": yes, not yet, it didn't work out. */
export default defineCommand({
  name: 'met',
  description: 'Answer "did you two train together?"',
  requires: [{ kind: 'anyone' }],
  category: 'buddies',
  hidden: true,
  options: {
    question: opt.text({ description: 'Which question (from its buttons)', required: true, max: 200, label: 'The question' }),
    answer: opt.choice({
      description: 'yes, not-yet or no (it didn\'t work out)',
      label: 'The answer',
      required: true,
      values: [
        { value: 'yes', label: 'Yes' },
        { value: 'not-yet', label: 'Not yet' },
        { value: 'no', label: "It didn't work out" },
      ] satisfies { value: (typeof MEETING_ANSWERS)[number]; label: string }[],
    }),
  },
  async execute(ctx, { question, answer }): Promise<Reply | UserError> {
    const done = await ctx.core.meetings.answer(ctx.me, question.trim(), answer);
    if (!done.ok) return done.error;
    const o = done.value;
    const { t } = ctx;
    const names = t.list(o.with.map((p) => `**${p.displayName}**`));
    const count = o.with.length;
    switch (o.answer) {
      case 'yes':
        return { visibility: 'private', text: t.t(o.together ? 'meeting-answered-yes-together' : 'meeting-answered-yes', { names, count }), tone: 'success' };
      case 'not-yet':
        return { visibility: 'private', text: t.t(o.askAgain ? 'meeting-answered-not-yet-again' : 'meeting-answered-not-yet-last', { days: o.days }) };
      case 'no':
        return { visibility: 'private', text: t.t(o.ended ? 'meeting-answered-no-ended' : 'meeting-answered-no', { names, count }) };
    }
  },
});
