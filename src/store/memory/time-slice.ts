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

export function timeSlice(ms: number, now: () => number = () => performance.now()): TimeSlice {
  let since = now();
  return {
    due: () => now() - since >= ms,
    pause: async () => {
      await new Promise<void>((resolve) => setImmediate(resolve));
      since = now();
    },
  };
}
