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

/** Pixels per SVG unit: twice, so text stays sharp when a client zooms the picture. */
export const PICTURE_SCALE = 2;

export const card = { pad: 28 } as const;
