/**
 * The in-memory store answers without I/O, so a long query holds the event loop for as long as it
 * runs. A query that may run long asks `due()` at each natural step and, when it says so, awaits
 * `pause()`: once `ms` went by since the last turn, it waits for one turn of the event loop
 * (setImmediate), letting timers and interactions that arrived meanwhile through. A query done
 * within `ms` never waits, nor pays for an await at each step (a dense city's /match has 500).
 */
export interface TimeSlice {
  due(): boolean;
  pause(): Promise<void>;
}

/**
 * The clock is read at every CLOCK_EVERY-th step only: reading it costs about as much as a step
 * of a pool query (a grid cell), and a slice overrun by a few steps is a few microseconds.
 */
const CLOCK_EVERY = 16;

export function timeSlice(ms: number, now: () => number = () => performance.now()): TimeSlice {
  let since = now();
  let steps = 0;
  return {
    due: () => ++steps % CLOCK_EVERY === 0 && now() - since >= ms,
    pause: async () => {
      await new Promise<void>((resolve) => setImmediate(resolve));
      since = now();
    },
  };
}
