import { activityLabel } from '../domain/activities.js';
import { describeAvailability } from '../domain/availability.js';
import type { Profile } from '../domain/profile.js';
import { reliability } from '../domain/profile.js';
import type { Field, Reply } from '../interaction/reply.js';

const minutesLabel = (m: number) => (m % 1440 === 0 ? `${m / 1440} d` : m % 60 === 0 ? `${m / 60} h` : `${m} min`);
const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** What's missing before matching can work, in the order setup asks for it. */
export function missingForMatching(p: Profile): string[] {
  const missing: string[] = [];
  if (!p.location) missing.push('your area (/set-location)');
  if (p.activities.length === 0) missing.push('activities (/set-activities)');
  if (!p.level) missing.push('your level (/set-level)');
  return missing;
}

/** My own profile, as only I see it: the area name, never the coordinates. */
export function profileReply(p: Profile, title = 'Your profile'): Reply {
  const n = p.notifications;
  const fields: Field[] = [
    { name: 'Activities', value: p.activities.map(activityLabel).join(', ') || 'not set', inline: true },
    { name: 'Level', value: p.level ?? 'not set', inline: true },
    { name: 'Area', value: p.area ? `${p.area} · within ${p.radiusKm} km` : 'not set', inline: true },
    { name: 'Time zone', value: p.timeZone, inline: true },
    { name: 'Available', value: describeAvailability(p.availability) },
    { name: 'Status', value: p.status === 'active' ? 'active' : 'paused (hidden from matching)', inline: true },
    {
      name: 'Notifications',
      value: [
        `match alerts ${n.matchAlerts ? 'on' : 'off'}`,
        n.quietHours ? `quiet ${clock(n.quietHours.start)}–${clock(n.quietHours.end)}` : null,
        `reminders ${n.reminderLeadMinutes === null ? 'default' : n.reminderLeadMinutes.length ? n.reminderLeadMinutes.map(minutesLabel).join(', ') : 'off'}`,
        `weekly digest ${n.weeklyDigest ? 'on' : 'off'}`,
      ]
        .filter(Boolean)
        .join(' · '),
    },
    {
      name: 'Track record',
      value: `${p.attendance.attended} attended · streak ${p.attendance.streak} (best ${p.attendance.bestStreak}) · reliability ${Math.round(reliability(p.attendance) * 100)}%`,
    },
  ];
  if (p.bio) fields.push({ name: 'About', value: p.bio });
  const missing = missingForMatching(p);
  return {
    visibility: 'private',
    title: `${title}: ${p.displayName}`,
    text: missing.length
      ? `To get matched, add ${missing.join(', ')} — or run /setup.`
      : p.status === 'paused'
        ? "Your profile is paused: nobody sees you in matches. Run /resume to be matched again."
        : 'Ready to match: try /match.',
    fields,
  };
}
