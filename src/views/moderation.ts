import type { CommunitySettings } from '../domain/community.js';
import type { AuditView, ReportView } from '../core/moderation.js';
import { type Button, type Field, type Reply, timeTag } from '../interaction/reply.js';
import { rows } from './buddies.js';

export function settingsReply(communityName: string, s: CommunitySettings, title = 'Community settings'): Reply {
  return {
    visibility: 'private',
    title: `${title}: ${communityName}`,
    text: 'Change them with /mod-settings announce-channel: … moderator-role: … radius: … ("none" clears a channel or role).',
    fields: [
      { name: 'Announce channel', value: s.announceChannelId ?? 'none (the community itself)', inline: true },
      { name: 'Moderator role', value: s.moderatorRoleId ?? 'none (admins only)', inline: true },
      { name: 'Default radius', value: `${s.defaultRadiusKm} km`, inline: true },
      { name: 'Meeting places', value: String(s.places.length), inline: true },
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

export function reportsReply(views: readonly ReportView[], buttons: readonly Button[]): Reply {
  if (views.length === 0) return { visibility: 'private', text: 'No open reports. 🎉', tone: 'success' };
  const fields: Field[] = views.map((v, i) => ({
    name: `#${i + 1} · reported ${timeTag(v.report.createdAt, 'R')} by ${v.reporterName}`,
    value: `${v.subject}\nReason: ${v.report.reason}`.slice(0, 1024),
  }));
  return {
    visibility: 'private',
    title: `Open reports (${views.length}, oldest first)`,
    text: 'Resolve one with its button or /report-resolve report: 1 note: …; ban with /ban person: <id> reason: …',
    fields,
    buttons: rows(buttons),
  };
}

const ACTION_WORDS: Record<AuditView['entry']['action'], string> = {
  'settings.update': 'changed settings',
  'place.add': 'added a place',
  'place.remove': 'removed a place',
  'report.resolve': 'resolved a report',
  'session.remove': 'removed a session',
  'member.ban': 'banned',
  'member.unban': 'unbanned',
};

export function auditReply(communityName: string, views: readonly AuditView[]): Reply {
  if (views.length === 0) return { visibility: 'private', text: `No moderator actions in **${communityName}** yet.` };
  const lines = views.map(({ entry, actorName }) => {
    const detail = entry.detail ? ` — ${entry.detail}` : '';
    const target = entry.action === 'settings.update' ? '' : ` ${entry.target}`;
    return `${timeTag(entry.at, 'f')} · **${actorName}** ${ACTION_WORDS[entry.action]}${target}${detail}`;
  });
  return { visibility: 'private', title: `Audit log: ${communityName} (newest first)`, text: lines.join('\n').slice(0, 3800) };
}
