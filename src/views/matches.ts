import type { MatchPage } from '../core/matching.js';
import type { Button, Reply } from '../interaction/reply.js';
import { distinctNames } from './names.js';

const count = (n: number) => n.toLocaleString('en');

/** The 0-based rank of the page's first match in the whole ranking. */
const rankOfFirst = (page: MatchPage) => Math.max(0, page.matches[0] ? page.allIds.indexOf(page.matches[0].person.id) : 0);

/**
 * The honest footer of a match list: when more people qualified than were ranked, it says that
 * these are the best of how many ("best 5 of 3,700 people in reach"). Null when all were ranked.
 */
export function matchListFooter(page: MatchPage): string | null {
  if (page.qualified <= page.total || page.matches.length === 0) return null;
  const from = rankOfFirst(page) + 1;
  const to = from + page.matches.length - 1;
  return from === 1
    ? `Best ${count(to)} of ${count(page.qualified)} people in reach.`
    : `#${from}–${to} of the best ${count(page.total)}, out of ${count(page.qualified)} people in reach.`;
}

/** A page of matches: who, where (area only), why, and the buttons the command made for them. */
export function matchListReply(page: MatchPage, buttons: Button[][]): Reply {
  const first = rankOfFirst(page);
  const fits = `${count(page.qualified)} ${page.qualified === 1 ? 'person fits' : 'people fit'}. Connect to start talking; they only learn your area, never your location.`;
  const footer = matchListFooter(page);
  const names = distinctNames(page.matches.map((m) => m.person));
  return {
    visibility: 'private',
    title: `Buddies near you · page ${page.page} of ${page.pages}`,
    text: footer ? `${fits}\n${footer}` : fits,
    fields: page.matches.map((m, i) => {
      const name = names.get(m.person.id) ?? m.person.displayName;
      // The area follows the name unless telling two people apart already put it there.
      const area = m.person.area && name === m.person.displayName ? ` · ${m.person.area}` : '';
      return {
        name: `#${first + i + 1} ${name}${area}`,
        value: `${m.reasons.join(' · ')}${m.person.bio ? `\n“${m.person.bio.slice(0, 140)}”` : ''}`,
      };
    }),
    buttons,
  };
}
