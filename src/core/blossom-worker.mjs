// Runs Edmonds' blossom algorithm (maximum-weight matching) off the event loop: the main thread
// builds each connected component's graph, posts it here, and gets the mate arrays back. Plain
// JavaScript so it runs as is under tsx, vitest and the built app alike.
import { parentPort } from 'node:worker_threads';
import pkg from '@graph-algorithm/maximum-matching';

const maximumWeightMatching = typeof pkg === 'function' ? pkg : pkg.default;

parentPort.on('message', ({ id, components }) => {
  try {
    const mates = components.map((edges) => (edges.length ? maximumWeightMatching(edges) : []));
    parentPort.postMessage({ id, ok: true, mates });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
