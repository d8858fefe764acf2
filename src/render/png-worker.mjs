// The PNG worker: SVG text in, PNG bytes out, one job at a time, on its own thread so the
// rasterising never blocks the bot's event loop. Plain JavaScript on purpose: it runs as it is
// under tsx, under vitest and from dist/ (the build copies it), with no TypeScript loader.
// Protocol (typed on the other side in pool.ts):
//   in:  { id: number, svg: string, scale: number }
//   out: { id, ok: true, png: Uint8Array, width, height } | { id, ok: false, error: string }
import { parentPort, workerData } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';

/** @type {{ fontFiles: string[], defaultFontFamily: string }} */
const { fontFiles, defaultFontFamily } = workerData;

// Only the fonts shipped with the app: the text looks the same on every machine and in Docker.
const font = { fontFiles, loadSystemFonts: false, defaultFontFamily };

parentPort?.on('message', (/** @type {{ id: number, svg: string, scale: number }} */ job) => {
  try {
    const image = new Resvg(job.svg, { font, fitTo: { mode: 'zoom', value: job.scale }, logLevel: 'off' }).render();
    const bytes = image.asPng();
    // A copy we own, so its memory can move to the main thread without being copied again.
    const png = new Uint8Array(bytes.byteLength);
    png.set(bytes);
    parentPort?.postMessage({ id: job.id, ok: true, png, width: image.width, height: image.height }, [png.buffer]);
  } catch (error) {
    parentPort?.postMessage({ id: job.id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
