import type { Reply } from './reply.js';

/** What a view wants drawn: an SVG document, the words that say what it shows, and a file name. */
export interface Picture {
  /** A file name ending in .png, e.g. `stats.png` (Discord's embed refers to it). */
  readonly name: string;
  readonly svg: string;
  /** Pixels per SVG unit: 2 keeps text crisp on high-density screens. */
  readonly scale: number;
  /** Alt text: says in words what the picture shows. */
  readonly alt: string;
}

/** Puts pictures on replies. */
export interface Pictures {
  /**
   * The reply with the picture rendered and attached, or — when rendering fails — the reply as
   * it is (the failure is logged): a picture never stands between a person and their answer.
   */
  attach(reply: Reply, picture: Picture): Promise<Reply>;
}

/** For a dispatcher without a renderer (some tests, tools): replies go out as text. */
export const TEXT_ONLY: Pictures = { attach: async (reply) => reply };
