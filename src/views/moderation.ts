import { type Community, platformSettingsOf } from '../domain/community.js';
import type { AuditView, ReportView } from '../core/moderation.js';
import { at } from '../domain/phrase.js';
import type { Translator } from '../i18n/translator.js';
import { LANGUAGE_NAMES } from '../i18n/languages.js';
import { type Button, channelTag, type Field, type Reply, roleTag } from '../interaction/reply.js';
import { rows } from './buddies.js';
import { reasonWords, reportSubjectWords } from './notifications/moderation.js';

/** The community's settings; `saved` after a change. */
export function settingsReply(t: Translator, communityName: string, community: Community, saved = false): Reply {
  const s = community.settings;
  const own = platformSettingsOf(community);
  return {
    visibility: 'private',
    title: t.t(saved ? 'mod-settings-saved-title' : 'mod-settings-title', { community: communityName }),
    text: t.t('mod-settings-help'),
    fields: [
      { name: t.t('mod-settings-announce-channel'), value: own.announceChannelId ? channelTag(own.announceChannelId) : t.t('mod-settings-announce-channel-none'), inline: true },
      { name: t.t('mod-settings-moderator-role'), value: own.moderatorRoleId ? roleTag(own.moderatorRoleId) : t.t('mod-settings-moderator-role-none'), inline: true },
      { name: t.t('mod-settings-radius'), value: t.t('mod-settings-radius-value', { km: s.defaultRadiusKm }), inline: true },
      { name: t.t('mod-settings-places'), value: String(s.places.length), inline: true },
      { name: t.t('mod-settings-language'), value: s.language ? LANGUAGE_NAMES.get(s.language)! : t.t('mod-settings-language-none'), inline: true },
      { name: t.t('mod-settings-events'), value: t.t(s.scheduledEvents ? 'mod-settings-events-on' : 'mod-settings-events-off'), inline: true },
    ],
  };
}

/** Curated places by name only: where they are stays inside Spotter. */
export function placesReply(communityName: string, names: readonly string[]): Reply {
  if (names.length === 0)
    return { visibility: 'private', text: `**${communityName}** has no curated meeting places yet. Moderators add them with /place-add.` };
  return {
    visibility: 'private',
    title: `Meeting places of ${communityName}`,
    text: `${names.map((n, i) => `${i + 1}. ${n}`).join('\n')}\n\nPublic, well-known spots to meet: pick one as the place of a session.`,
  };
}

export function reportsReply(t: Translator, views: readonly ReportView[], buttons: readonly Button[]): Reply {
  if (views.length === 0) return { visibility: 'private', text: t.t('report-list-empty'), tone: 'success' };
  const fields: Field[] = views.map((v, i) => ({
    name: t.t('report-list-entry', { number: String(i + 1), when: at(v.report.createdAt, 'R'), reporter: v.reporterName ?? t.t('report-someone-who-left') }),
    value: `${reportSubjectWords(t, v.subject)}\n${t.t('report-list-reason', { reason: reasonWords(t, v.report.reason) })}`.slice(0, 1024),
  }));
  return {
    visibility: 'private',
    title: t.t('report-list-title', { count: views.length }),
    text: t.t('report-list-help'),
    fields,
    buttons: rows(buttons),
  };
}

export function auditReply(t: Translator, communityName: string, views: readonly AuditView[]): Reply {
  if (views.length === 0) return { visibility: 'private', text: t.t('mod-audit-empty', { community: communityName }) };
  const lines = views.map(({ entry, actorName }) =>
    t.t(entry.detail ? 'mod-audit-line-detail' : 'mod-audit-line', {
      when: at(entry.at, 'f'),
      actor: actorName ?? t.t('report-someone-who-left'),
      action: t.t(`mod-audit-action-${entry.action.replace('.', '-')}`),
      // Settings have no target of their own: the detail says what changed.
      target: entry.action === 'settings.update' ? '' : ` ${entry.target}`,
      detail: entry.detail,
    }),
  );
  return { visibility: 'private', title: t.t('mod-audit-title', { community: communityName }), text: lines.join('\n').slice(0, 3800) };
}
