import { slotHours } from '../domain/availability.js';
import type { Profile } from '../domain/profile.js';
import { reliability } from '../domain/profile.js';
import type { Translator } from '../i18n/translator.js';
import type { Field, Reply } from '../interaction/reply.js';
import { activityNames, levelName } from './words.js';

const minutesLabel = (t: Translator, m: number) =>
  m % 1440 === 0 ? t.t('profile-lead-days', { count: m / 1440 }) : m % 60 === 0 ? t.t('profile-lead-hours', { count: m / 60 }) : t.t('profile-lead-minutes', { count: m });
const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const onOff = (on: boolean) => (on ? 'on' : 'off');

/** What's missing before matching can work, in the order setup asks for it. */
export function missingForMatching(t: Translator, p: Profile): string[] {
  const missing: string[] = [];
  if (!p.location) missing.push(t.t('profile-missing-area'));
  if (p.activities.length === 0) missing.push(t.t('profile-missing-activities'));
  if (!p.level) missing.push(t.t('profile-missing-level'));
  return missing;
}

/** Which heading a profile is shown under. */
export type ProfileTitle = 'profile-title-yours' | 'profile-title-saved' | 'profile-title-so-far' | 'profile-title-notifications';

/** The notification settings in one line: alerts, quiet hours, reminders, digest. */
export function notificationsLine(t: Translator, p: Profile): string {
  const n = p.notifications;
  const reminders =
    n.reminderLeadMinutes === null
      ? t.t('profile-reminders-default')
      : n.reminderLeadMinutes.length
        ? t.t('profile-reminders', { times: n.reminderLeadMinutes.map((m) => minutesLabel(t, m)).join(', ') })
        : t.t('profile-reminders-off');
  return [
    t.t('profile-alerts', { state: onOff(n.matchAlerts) }),
    n.quietHours ? t.t('profile-quiet', { start: clock(n.quietHours.start), end: clock(n.quietHours.end) }) : null,
    reminders,
    t.t('profile-digest', { state: onOff(n.weeklyDigest) }),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** My own profile, as only I see it: the area name, never the coordinates. */
export function profileReply(t: Translator, p: Profile, title: ProfileTitle = 'profile-title-yours'): Reply {
  const notSet = t.t('profile-not-set');
  const fields: Field[] = [
    { name: t.t('profile-field-activities'), value: activityNames(t, p.activities) || notSet, inline: true },
    { name: t.t('profile-field-level'), value: p.level ? levelName(t, p.level) : notSet, inline: true },
    { name: t.t('profile-field-area'), value: p.area ? t.t('profile-area', { area: p.area, km: p.radiusKm }) : notSet, inline: true },
    { name: t.t('profile-field-zone'), value: p.timeZone, inline: true },
    { name: t.t('profile-field-available'), value: p.availability.length ? p.availability.map((s) => `${t.t(`parse-weekday-short-${s.day}`)} ${slotHours(s)}`).join(', ') : notSet },
    { name: t.t('profile-field-status'), value: t.t(p.status === 'active' ? 'profile-status-active' : 'profile-status-paused'), inline: true },
    { name: t.t('profile-field-notifications'), value: notificationsLine(t, p) },
    {
      name: t.t('profile-field-record'),
      value: t.t('profile-record', {
        attended: p.attendance.attended,
        streak: p.attendance.streak,
        best: p.attendance.bestStreak,
        reliability: Math.round(reliability(p.attendance) * 100),
      }),
    },
  ];
  if (p.bio) fields.push({ name: t.t('profile-field-about'), value: p.bio });
  const missing = missingForMatching(t, p);
  return {
    visibility: 'private',
    title: t.t(title, { name: p.displayName }),
    text: missing.length ? t.t('profile-missing', { missing: missing.join(', ') }) : t.t(p.status === 'paused' ? 'profile-paused-hint' : 'profile-ready'),
    fields,
  };
}
