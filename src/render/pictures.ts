import type { Image, Reply } from '../interaction/reply.js';
import type { Logger } from '../logger.js';
import type { PngPool } from './pool.js';

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

/** Renders on a `PngPool` (worker threads). */
export class PoolPictures implements Pictures {
  constructor(
    private readonly pool: Pick<PngPool, 'render'>,
    private readonly log: Logger,
  ) {}

  async attach(reply: Reply, picture: Picture): Promise<Reply> {
    const started = performance.now();
    const rendered = await this.pool.render(picture.svg, picture.scale).catch((e: unknown) => ({
      ok: false as const,
      error: { kind: 'failed' as const, reason: e instanceof Error ? e.message : String(e) },
    }));
    if (!rendered.ok) {
      this.log.warn({ picture: picture.name, failure: rendered.error.kind, ...('reason' in rendered.error ? { reason: rendered.error.reason } : {}) }, 'picture not rendered; the reply goes out as text');
      return reply;
    }
    const { bytes, width, height } = rendered.value;
    this.log.debug({ picture: picture.name, ms: Math.round(performance.now() - started), bytes: bytes.byteLength }, 'picture rendered');
    const image: Image = { name: picture.name, png: bytes, width, height, alt: picture.alt };
    return { ...reply, image };
  }
}
