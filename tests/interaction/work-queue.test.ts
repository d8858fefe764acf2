import { describe, expect, it } from 'vitest';
import { createWorkQueue, TurnBudget } from '../../src/interaction/work-queue.js';

/**
 * The adapters' work queue: over an in-memory store a command is all microtasks, so a queue that
 * didn't yield would run a whole burst in one macrotask. These stories check the order of events,
 * not how long anything takes.
 */
describe('the adapters work queue', () => {
  it('GIVEN 40 jobs that never wait on I/O WHEN they are queued THEN a timer set meanwhile still gets its turn before the last job, and never more than the bound run at once', async () => {
    const queue = createWorkQueue(4);
    const events: string[] = [];
    let running = 0;
    let most = 0;
    const jobs = Array.from({ length: 40 }, (_, i) =>
      queue.add(async () => {
        running++;
        most = Math.max(most, running);
        await Promise.resolve(); // microtasks only, like a command over the in-memory store
        running--;
        events.push(`job ${i}`);
      }),
    );
    setTimeout(() => events.push('timer'), 0);
    await Promise.all(jobs);

    expect(events.indexOf('timer')).toBeGreaterThan(-1);
    expect(events.indexOf('timer')).toBeLessThan(events.indexOf('job 39'));
    expect(most).toBeLessThanOrEqual(4);
    expect(events.filter((e) => e.startsWith('job'))).toEqual(Array.from({ length: 40 }, (_, i) => `job ${i}`));
  });

  it('GIVEN work that must wait for acknowledgements WHEN both are queued THEN no job starts while an acknowledgement is still waiting for its turn', async () => {
    const acks = new TurnBudget(2);
    const queue = createWorkQueue(8, () => acks.idle());
    const events: string[] = [];
    const acked = Array.from({ length: 10 }, (_, i) => acks.take().then(() => events.push(`ack ${i}`)));
    const work = Array.from({ length: 5 }, (_, i) => queue.add(async () => void events.push(`work ${i}`)));
    await Promise.all([...acked, ...work]);

    const lastAck = Math.max(...events.map((e, i) => (e.startsWith('ack') ? i : -1)));
    const firstWork = events.findIndex((e) => e.startsWith('work'));
    expect(firstWork).toBeGreaterThan(lastAck);
    expect(events.filter((e) => e.startsWith('ack'))).toHaveLength(10);
  });
});
