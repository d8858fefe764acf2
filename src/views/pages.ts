import type { Translator } from '../i18n/translator.js';
import type { Button, Reply } from '../interaction/reply.js';

/** The lists that page, named in the catalogue's selector of `session-pages-only`. */
export type PagedList = 'sessions' | 'matches';

/**
 * A page past the end of a list: how many pages there are, and a button to the last one,
 * rather than an empty list or a made-up bound.
 */
export function pageOutOfRangeIn(t: Translator, pages: number, what: PagedList, lastPage: Button): Reply {
  return { visibility: 'private', text: t.t('session-pages-only', { pages, what }), tone: 'error', buttons: [[lastPage]] };
}

/** The label of the button that opens the last page. */
export const lastPageLabelIn = (t: Translator, pages: number): string => t.t('session-pages-last', { pages });

/** TRANSITIONAL, English only: /match still calls these until its words move to the catalogue. */
export function pageOutOfRange(pages: number, things: string, lastPage: Button): Reply {
  return {
    visibility: 'private',
    text: pages === 1 ? `There is only 1 page of ${things}.` : `There are only ${pages} pages of ${things}.`,
    tone: 'error',
    buttons: [[lastPage]],
  };
}

/** TRANSITIONAL, English only (see above). */
export const lastPageLabel = (pages: number): string => (pages === 1 ? 'Show it' : `Show page ${pages}`);

/** The most a page option accepts: beyond any real list, so a too-large page is told how many there are. */
export const MAX_PAGE = 1000;
