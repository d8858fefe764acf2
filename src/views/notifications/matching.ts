import type { MatchNotification } from '../../domain/notifications/matching.js';
import type { LevelRange } from '../../domain/session.js';
import { at } from '../../domain/phrase.js';
import type { Translator } from '../../i18n/translator.js';
import type { Reply } from '../../interaction/reply.js';
import { distanceWords, reasonsLine } from '../matches.js';
import { activityName, levelName, personLine } from '../words.js';
import type { Viewer } from './viewer.js';

type Of<K extends MatchNotification['kind']> = Extract<MatchNotification, { kind: K }>;

/** "all levels", "beginner", "beginner–intermediate". */
export const levelsWords = (t: Translator, r: LevelRange): string =>
  r.min === 'beginner' && r.max === 'advanced'
    ? t.t('alert-levels-all')
    : r.min === r.max
      ? levelName(t, r.min)
      : t.t('alert-levels-range', { min: levelName(t, r.min), max: levelName(t, r.max) });

export const MATCH_PRESENTERS = {
  'match-alert': (n: Of<'match-alert'>, { t }: Viewer): Reply => ({
    visibility: 'private',
    title: t.t('alert-match-title'),
    text: t.t('alert-match-text', { person: personLine(t, n.person), reasons: reasonsLine(t, n.reasons) }),
    buttons: [[{ label: t.t('alert-button-connect'), action: n.connect, style: 'primary' }]],
    tone: 'success',
  }),
  'session-alert': (n: Of<'session-alert'>, { t }: Viewer): Reply => {
    const s = n.session;
    return {
      visibility: 'private',
      title: t.t('alert-session-title'),
      text: t.t(s.weekly ? 'alert-session-text-weekly' : 'alert-session-text', {
        title: s.title,
        activity: activityName(t, s.activity),
        levels: levelsWords(t, s.levels),
        when: at(s.startsAt, 'F'),
        relative: at(s.startsAt, 'R'),
        place: s.place,
        distance: distanceWords(t, n.distanceKm),
        host: n.hostName,
      }),
      buttons: [[{ label: t.t('alert-button-join'), action: n.join, style: 'primary' }]],
      tone: 'info',
    };
  },
  'match-digest': (n: Of<'match-digest'>, { t }: Viewer): Reply => {
    const lines = n.entries.map((e) =>
      e.kind === 'person' ? `**${e.name}** · ${reasonsLine(t, e.reasons)}` : t.t('alert-digest-session', { title: e.title, when: at(e.startsAt, 'F'), place: e.place }),
    );
    return {
      visibility: 'private',
      title: t.t('alert-digest-title'),
      text: t.t('alert-digest-text', { lines: lines.map((l) => `• ${l}`).join('\n'), more: n.more }),
      tone: 'info',
    };
  },
};
