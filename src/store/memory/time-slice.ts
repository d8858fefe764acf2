/**
 * The in-memory store answers without I/O, so a long query holds the event loop for as long as it
 * runs. A query that may run long calls the pause this returns at each natural step: once `ms`
 * went by since the last turn, it waits for one turn of the event loop (setImmediate), letting
 * timers and interactions that arrived meanwhile through. A query done within `ms` never waits.
 */
export function timeSlice(ms: number, now: () => number = () => performance.now()): () => Promise<void> {
  let since = now();
  return async () => {
    if (now() - since < ms) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    since = now();
  };
}
