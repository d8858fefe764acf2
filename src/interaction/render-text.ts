import { DateTime } from 'luxon';
import { MENTION_TAG, TIME_TAG } from './reply.js';

/**
 * For adapters without native timestamps: `<t:UNIX:F>` → "Sat 5 Dec, 07:00", `<t:UNIX:R>` →
 * "in 2 days", in the viewer's zone.
 */
export function formatTimeTags(text: string, zone: string | undefined, now: Date = new Date(), lang: string = 'en'): string {
  return text.replace(TIME_TAG, (_, unix: string, style: string) => {
    const at = DateTime.fromSeconds(Number(unix), { zone: zone ?? 'UTC' }).setLocale(luxonLocale(lang));
    if (style === 'R') return at.toRelative({ base: DateTime.fromJSDate(now) }) ?? at.toFormat('ccc d LLL, HH:mm');
    // English keeps one international form (24-hour, day before month); other languages their own.
    const english = luxonLocale(lang) === 'en-US';
    if (style === 'f') return english ? at.toFormat('d LLL, HH:mm') : at.toLocaleString({ day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
    const full = english
      ? at.toFormat('ccc d LLL yyyy, HH:mm')
      : at.toLocaleString({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
    return `${full} (${at.toFormat('ZZZZ')})`;
  });
}

/** For adapters without channel and role mentions: `<#ID>` → `#ID`, `<@&ID>` → `@ID`. */
export const formatMentionTags = (text: string): string => text.replace(MENTION_TAG, (_, kind: string, id: string) => `${kind === '#' ? '#' : '@'}${id}`);

/** English (and the pseudo-locale) in the form Spotter always used; others by their own rules. */
const luxonLocale = (lang: string): string => (lang === 'en' || lang === 'en-XA' ? 'en-US' : lang);

/** Plain text for the terminal: bold markers dropped. */
export const stripBold = (text: string): string => text.replace(/\*\*(.+?)\*\*/gs, '$1');
