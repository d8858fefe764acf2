import type { ReportView } from '../core/moderation-reports.js';

import { at } from '../domain/phrase.js';
import type { Translator } from '../i18n/translator.js';
import { type Button, type Reply } from '../interaction/reply.js';
import { reasonWords, reportSubjectWords } from './notifications/moderation.js';

/**
 * What bans, reports pushed to moderators and /delete-me say. The core decides; these words are
 * all the people involved ever see of it.
 */

/** Stands in for an erased person's name in audit entries about them. */
export const ERASED_NAME = '[deleted member]';
/** Stands in for the words of a report whose reporter erased their data (the report itself stays). */
export const ERASED_REPORT_REASON = '[removed: the reporter deleted their data]';

export { BANNED_HOST_REASON } from '../core/moderation-bans.js';

export interface BanSummary {
  readonly name: string;
  readonly id: string;
  readonly already: boolean;
  readonly cancelled: number;
  readonly left: number;
  readonly withdrawn: number;
}

/** The moderator's answer to /ban. */
export function banDoneReply(t: Translator, s: BanSummary, undo: Button): Reply {
  const effects = [
    s.cancelled ? t.t('ban-effect-cancelled', { count: s.cancelled }) : '',
    s.left ? t.t('ban-effect-left', { count: s.left }) : '',
    s.withdrawn ? t.t('ban-effect-withdrawn', { count: s.withdrawn }) : '',
  ].filter(Boolean);
  const done = t.t(s.already ? 'ban-done-updated' : 'ban-done', { name: s.name, id: s.id });
  const also = effects.length ? ` ${t.t('ban-done-also', { effects: effects.join(', ') })}` : '';
  return {
    visibility: 'private',
    text: `${done}${also}${s.already ? '' : ` ${t.t('ban-done-told')}`}`,
    tone: 'success',
    buttons: [[undo]],
  };
}

/** One report opened from its notice; acting on it happens in the community. */
export function reportOpenReply(t: Translator, communityName: string, view: ReportView): Reply {
  const state = view.report.state;
  return {
    visibility: 'private',
    title: t.t('report-open-title', { community: communityName }),
    text:
      state.status === 'open'
        ? t.t('report-open-open', { community: communityName })
        : t.t('report-open-resolved', { when: at(state.at, 'R'), resolution: state.resolution }),
    fields: [
      {
        name: t.t('report-field-reported', { when: at(view.report.createdAt, 'R'), reporter: view.reporterName ?? t.t('report-someone-who-left') }),
        value: reportSubjectWords(t, view.subject).slice(0, 1024),
      },
      { name: t.t('report-field-reason'), value: reasonWords(t, view.report.reason).slice(0, 1024) },
    ],
  };
}
