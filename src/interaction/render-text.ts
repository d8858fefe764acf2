import { DateTime } from 'luxon';
import { TIME_TAG } from './reply.js';

/**
 * For adapters without native timestamps: `<t:UNIX:F>` → "Sat 5 Dec, 07:00", `<t:UNIX:R>` →
 * "in 2 days", in the viewer's zone.
 */
export function formatTimeTags(text: string, zone: string | undefined, now: Date = new Date()): string {
  return text.replace(TIME_TAG, (_, unix: string, style: string) => {
    const at = DateTime.fromSeconds(Number(unix), { zone: zone ?? 'UTC' });
    if (style === 'R') return at.toRelative({ base: DateTime.fromJSDate(now) }) ?? at.toFormat('ccc d LLL, HH:mm');
    if (style === 'f') return at.toFormat('d LLL, HH:mm');
    return `${at.toFormat('ccc d LLL yyyy, HH:mm')} (${at.toFormat('ZZZZ')})`;
  });
}

/** Plain text for the terminal: bold markers dropped. */
export const stripBold = (text: string): string => text.replace(/\*\*(.+?)\*\*/gs, '$1');
