import type { Button, Reply } from '../interaction/reply.js';

/**
 * A page past the end of a list: how many pages there are, and a button to the last one,
 * rather than an empty list or a made-up bound.
 */
export function pageOutOfRange(pages: number, things: string, lastPage: Button): Reply {
  return {
    visibility: 'private',
    text: pages === 1 ? `There is only 1 page of ${things}.` : `There are only ${pages} pages of ${things}.`,
    tone: 'error',
    buttons: [[lastPage]],
  };
}

/** The label of the button that opens the last page. */
export const lastPageLabel = (pages: number): string => (pages === 1 ? 'Show it' : `Show page ${pages}`);

/** The most a page option accepts: beyond any real list, so a too-large page is told how many there are. */
export const MAX_PAGE = 1000;
