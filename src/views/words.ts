import type { ActivityId, Level } from '../domain/activities.js';
import type { PersonCard } from '../domain/notification.js';
import type { Translator } from '../i18n/translator.js';

/** Words every view shares: activity and level names in the reader's language. */

export const activityName = (t: Translator, id: ActivityId): string => t.t(`activity-${id}`);

export const activityNames = (t: Translator, ids: readonly ActivityId[]): string => ids.map((id) => activityName(t, id)).join(', ');

export const levelName = (t: Translator, level: Level): string => t.t(`level-${level}`);

/** Someone as others see them: name, area name, activities, level — never where exactly. */
export function personLine(t: Translator, p: Omit<PersonCard, 'id'>, name = p.displayName): string {
  const bits = [p.area, activityNames(t, p.activities), p.level ? levelName(t, p.level) : null].filter((b): b is string => Boolean(b));
  return bits.length ? `**${name}** · ${bits.join(' · ')}` : `**${name}**`;
}
