import type { PlanNotification } from '../../domain/notifications/plan.js';
import type { Reply } from '../../interaction/reply.js';
import { bookedLine, slotLabel, slotLines } from '../plan.js';
import { activityName } from '../words.js';
import type { Viewer } from './viewer.js';

type Of<K extends PlanNotification['kind']> = Extract<PlanNotification, { kind: K }>;

export const PLAN_PRESENTERS = {
  'plan-proposal': (n: Of<'plan-proposal'>, { t, zone, lang }: Viewer): Reply => ({
    visibility: 'private',
    title: t.t('plan-proposal-title', { name: n.from.displayName }),
    text: [
      t.t(n.counter ? 'plan-proposal-counter-text' : 'plan-proposal-text', { name: n.from.displayName, activity: activityName(t, n.activity), count: n.slots.length }),
      slotLines(t, n.slots),
    ].join('\n\n'),
    buttons: [
      ...n.slots.map((s) => [{ label: slotLabel(s, zone, lang), action: s.pick, style: 'success' as const }]),
      [{ label: t.t('plan-button-other-time'), action: n.other, style: 'secondary' }],
    ],
    tone: 'info',
  }),
  'plan-booked': (n: Of<'plan-booked'>, { t }: Viewer): Reply => ({
    visibility: 'private',
    title: t.t('plan-booked-title'),
    text: [t.t('plan-booked-text', { name: n.with.displayName }), bookedLine(t, n.session)].join('\n\n'),
    buttons: [[{ label: t.t('session-button-calendar'), action: n.calendar, style: 'primary' }]],
    tone: 'success',
  }),
};
