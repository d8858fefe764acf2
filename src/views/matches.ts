import type { Match, MatchPage, MatchReason } from '../core/matching.js';
import { shownDistanceKm } from '../domain/geo.js';
import { distinctNames } from '../domain/names.js';
import type { Translator } from '../i18n/translator.js';
import type { Button, Reply } from '../interaction/reply.js';
import { levelName } from './words.js';

/** The 0-based rank of the page's first match in the whole ranking. */
const rankOfFirst = (page: MatchPage) => Math.max(0, page.matches[0] ? page.allIds.indexOf(page.matches[0].person.id) : 0);

/** "under 1 km", "~4 km", "~15 km": never finer than that. */
export function distanceWords(t: Translator, km: number): string {
  const shown = shownDistanceKm(km);
  return shown === 0 ? t.t('match-distance-under-1') : t.t('match-distance-about', { km: shown });
}

/** One reason a person fits, in the reader's words: "both run", "3 evenings overlap", "~2 km away". */
export function reasonWords(t: Translator, r: MatchReason): string {
  switch (r.kind) {
    case 'activities':
      return t.t('match-reason-both', { verbs: r.shared.map((a) => t.t(`match-verb-${a}`)).join(' & ') });
    case 'level':
      return r.same ? t.t('match-reason-same-level', { level: levelName(t, r.level) }) : levelName(t, r.level);
    case 'overlap':
      if (r.part) return t.t(`match-overlap-${r.part.name}`, { count: r.part.count });
      return r.minutes < 60
        ? t.t('match-overlap-minutes', { minutes: Math.round(r.minutes) })
        : t.t('match-overlap-hours', { hours: Math.round((r.minutes / 60) * 2) / 2 });
    case 'distance':
      return t.t('match-reason-distance', { distance: distanceWords(t, r.km) });
    case 'showed-up':
      return t.t('match-reason-showed-up', { attended: String(r.attended), total: String(r.total) });
    case 'streak':
      return t.t('match-reason-streak', { sessions: r.sessions });
  }
}

/** Every reason of a match, " · " between them. */
export const reasonsLine = (t: Translator, reasons: readonly MatchReason[]): string => reasons.map((r) => reasonWords(t, r)).join(' · ');

/**
 * The honest footer of a match list: when more people qualified than were ranked, it says that
 * these are the best of how many ("best 5 of 3,700 people in reach"). Null when all were ranked.
 */
export function matchListFooter(t: Translator, page: MatchPage): string | null {
  if (page.qualified <= page.total || page.matches.length === 0) return null;
  const from = rankOfFirst(page) + 1;
  const to = from + page.matches.length - 1;
  return from === 1
    ? t.t('match-footer-best', { count: to, qualified: page.qualified })
    : t.t('match-footer-range', { from: String(from), to: String(to), total: page.total, qualified: page.qualified });
}

/**
 * A page of matches: who, where (area only), why, and the buttons the command made for them.
 * `names`: the page's people told apart, when the command already did it for its buttons.
 */
export function matchListReply(t: Translator, page: MatchPage, buttons: Button[][], names = distinctNames(page.matches.map((m: Match) => m.person))): Reply {
  const first = rankOfFirst(page);
  const fits = t.t('match-list-fits', { count: page.qualified });
  const footer = matchListFooter(t, page);
  return {
    visibility: 'private',
    title: t.t('match-list-title', { page: String(page.page), pages: String(page.pages) }),
    text: footer ? `${fits}\n${footer}` : fits,
    fields: page.matches.map((m, i) => {
      const name = names.get(m.person.id) ?? m.person.displayName;
      // The area follows the name unless telling two people apart already put it there.
      const area = m.person.area && name === m.person.displayName ? ` · ${m.person.area}` : '';
      return {
        name: `#${first + i + 1} ${name}${area}`,
        value: `${reasonsLine(t, m.reasons)}${m.person.bio ? `\n“${m.person.bio.slice(0, 140)}”` : ''}`,
      };
    }),
    buttons,
  };
}
