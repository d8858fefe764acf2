import type { Picture, Pictures } from '../interaction/pictures.js';
import type { Image, Reply } from '../interaction/reply.js';

export { type Picture, type Pictures, TEXT_ONLY } from '../interaction/pictures.js';
import type { Logger } from '../logger.js';
import type { PngPool } from './pool.js';

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
