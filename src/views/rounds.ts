import type { RoundFigures, RoundsStatus } from '../core/rounds.js';
import type { RoundSchedule } from '../domain/rounds.js';
import { at } from '../domain/phrase.js';
import type { Translator } from '../i18n/translator.js';
import type { Reply } from '../interaction/reply.js';
import { activityName } from './words.js';

/** "Mondays at 9:00 (Europe/Berlin), running only". */
export function scheduleWords(t: Translator, s: RoundSchedule): string {
  const when = t.t('rounds-schedule', { weekday: t.t(`rounds-weekday-${s.weekday}`), hour: String(s.hour).padStart(2, '0'), zone: s.timeZone });
  return s.activity ? t.t('rounds-schedule-activity', { schedule: when, activity: activityName(t, s.activity) }) : when;
}

const figuresLine = (t: Translator, f: RoundFigures): string =>
  t.t('rounds-status-figures', { date: f.key, paired: f.paired, groups: f.groups, planned: f.planned, met: f.met, unpaired: f.unpaired });

export function roundsStatusReply(t: Translator, community: string, s: RoundsStatus): Reply {
  if (!s.config) return { visibility: 'private', text: t.t('rounds-status-none', { community }), tone: 'info' };
  const lines = [
    s.config.enabled ? t.t('rounds-status-on', { schedule: scheduleWords(t, s.config) }) : t.t('rounds-status-off'),
    t.t('rounds-status-members', { count: s.config.members.length }),
    s.member ? (s.skipping ? t.t('rounds-status-you-skipping') : t.t('rounds-status-you-in')) : t.t('rounds-status-you-out'),
  ];
  if (s.nextAt) lines.push(t.t('rounds-status-next', { when: at(s.nextAt, 'F'), relative: at(s.nextAt, 'R') }));
  const fields = s.figures?.length ? [{ name: t.t('rounds-status-rounds'), value: s.figures.map((f) => `• ${figuresLine(t, f)}`).join('\n') }] : undefined;
  return { visibility: 'private', title: t.t('rounds-status-title', { community }), text: lines.join('\n'), ...(fields ? { fields } : {}), tone: 'info' };
}
