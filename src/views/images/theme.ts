/**
 * The pictures' own colours: an opaque light card with dark text, so a picture reads the same
 * in Discord's and Telegram's light and dark themes (it never borrows the chat's background).
 * Greens as in GitHub's contribution calendar, which people already know how to read.
 */
export const THEME = {
  card: '#ffffff',
  border: '#d0d7de',
  ink: '#1f2328',
  muted: '#59636e',
  rule: '#d8dee4',
  empty: '#ebedf0',
  /** 1, 2, 3 and 4+ sessions a day. */
  levels: ['#9be9a8', '#40c463', '#30a14e', '#216e39'] as const,
  bar: '#30a14e',
  barMuted: '#9be9a8',
} as const;

/**
 * Pixels per SVG unit. 1.5 gives 1410 px wide pictures: sharp in Discord's embeds and over
 * Telegram's 1280 px photo size, at little more than half the pixels (and PNG encoding time) of 2.
 */
export const PICTURE_SCALE = 1.5;

export const card = { pad: 28 } as const;
