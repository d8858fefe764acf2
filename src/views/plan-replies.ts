import type { Offered } from '../core/plan.js';
import type { Translator } from '../i18n/translator.js';
import type { Reply } from '../interaction/reply.js';
import { needsStop } from '../domain/names.js';
import { slotLines } from './plan.js';

/** What the person who offered times is told: sent, which, and that they will hear back. */
export const planSentReply = (t: Translator, sent: Offered): Reply => ({
  visibility: 'private',
  text: [t.t('plan-sent', { name: sent.person.displayName, count: sent.slots.length, dot: needsStop(sent.person.displayName) }), slotLines(t, sent.slots)].join('\n\n'),
  tone: 'success',
});
