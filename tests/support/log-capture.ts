import { expect } from 'vitest';
import type { Logger } from '../../src/logger.js';
import type { MemoryMessages } from '../../src/store/memory/social.js';
import type { MemoryPeople } from '../../src/store/memory/people.js';
import type { Store } from '../../src/store/port.js';

/** A log line as the code wrote it (tests also assert on levels and messages). */
export interface LogLine {
  readonly level: 'debug' | 'info' | 'warn' | 'error';
  readonly obj: object;
  readonly msg: string | undefined;
}

export function recordingLogger(lines: LogLine[], bindings: object = {}): Logger {
  const at =
    (level: LogLine['level']) =>
    (obj: object | string, msg?: string): void => {
      lines.push(typeof obj === 'string' ? { level, obj: bindings, msg: obj } : { level, obj: { ...bindings, ...obj }, msg });
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), child: (b) => recordingLogger(lines, { ...bindings, ...b }) };
}

const COORDINATE = /-?\d{1,3}\.\d{3,}/;

/**
 * Every message an adapter sent out (their text and components, not the person's own data export)
 * must be free of anything that looks like coordinates.
 */
export function expectOutboundClean(sent: readonly unknown[]): void {
  for (const body of sent) {
    const text = JSON.stringify(body) ?? '';
    const match = COORDINATE.exec(text);
    expect(match ? text.slice(Math.max(0, match.index - 60), match.index + 20) : null, 'an outbound message contains something like coordinates').toBeNull();
  }
}

/**
 * The logs of a scenario may never carry a message body, a bio, a token or anything that looks
 * like coordinates. Bodies and bios are read back from the (in-memory) store the scenario used.
 */
export function expectLogsClean(lines: readonly LogLine[], options: { secrets: readonly string[]; store: Store }): void {
  const text = lines.map((l) => JSON.stringify({ ...l.obj, msg: l.msg })).join('\n');
  for (const secret of options.secrets) expect(text.includes(secret), 'a token appears in the logs').toBe(false);
  const match = COORDINATE.exec(text);
  expect(match?.[0] ?? null, 'something like coordinates appears in the logs').toBeNull();
  const messages = options.store.messages as unknown as MemoryMessages;
  for (const m of messages.table.scan()) expect(text.includes(m.body), 'a relayed message body appears in the logs').toBe(false);
  const people = options.store.people as unknown as MemoryPeople;
  for (const p of people.table.scan()) if (p.bio.length >= 8) expect(text.includes(p.bio), 'a bio appears in the logs').toBe(false);
}
