import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionId } from '../../../src/domain/ids.js';
import { Dispatcher } from '../../../src/interaction/dispatcher.js';
import { PoolPictures } from '../../../src/render/pictures.js';
import { PngPool } from '../../../src/render/pool.js';
import { Harness, runner, textOf } from '../../support/harness.js';
import { type LogLine, recordingLogger } from '../../support/log-capture.js';
import { expectPng } from '../../support/png.js';
import { createSession, notification } from './helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => h.assertNoCoordinatesLeaked());

const HOUR = 3_600_000;

/** Hana hosts a session in community "c", Ben joins and comes, Cy joins and misses it. */
async function aSessionHeld() {
  const host = await runner(h, 'Hana', { community: 'c' });
  const ben = await runner(h, 'Ben', { community: 'c' });
  const cy = await runner(h, 'Cy', { community: 'c' });
  const s = await createSession(h, host, 'activity: yoga when: tomorrow 7am place: Berlin, DE capacity: 4');
  for (const p of [ben, cy]) {
    await p.run('join', s.id);
    await host.press(host.button('Accept', [notification(host, new RegExp(`\\*\\*${p.name}\\*\\* .*wants to join`))]));
  }
  h.advance(20 * HOUR);
  await h.core.sessions.completeSession(s.id as SessionId);
  await h.core.sessions.sendCheckIns(s.id as SessionId);
  await ben.press(ben.button('I was there', [notification(ben, /Did you make it/)]));
  await cy.press(cy.button('I missed it', [notification(cy, /Did you make it/)]));
  return { host, ben, cy };
}

describe('/stats and /community-stats come with a picture', () => {
  it('GIVEN Ben came to a yoga session WHEN he runs /stats THEN the reply carries a PNG calendar whose alt text says what the text says', async () => {
    const { ben } = await aSessionHeld();
    await ben.run('stats');
    const [reply] = ben.last!.replies;
    expect(reply?.image).toBeDefined();
    const image = reply!.image!;
    expect(image.name).toBe('stats.png');
    expect(expectPng(image.png)).toEqual({ width: image.width, height: image.height });
    expect([image.width, image.height]).toEqual([1410, 582]);
    const text = textOf(reply!);
    for (const phrase of ['1 session on 1 day', '100% (1 of 1)', 'Yoga 1', '0 buddies, 0 sessions together']) {
      expect(text).toContain(phrase);
      expect(image.alt).toContain(phrase);
    }
  });

  it('GIVEN a session was held WHEN a moderator runs /community-stats THEN the charts come as a PNG and the text lists the weeks', async () => {
    await aSessionHeld();
    const mod = h.person('Mia', { community: 'c', admin: true });
    await mod.run('community-stats');
    const [reply] = mod.last!.replies;
    expect(reply?.image?.name).toBe('community-stats.png');
    expectPng(reply!.image!.png);
    expect(textOf(reply!)).toMatch(/Sessions held: (0, ){10,11}1/);
    expect(textOf(reply!)).toMatch(/Show-up rate: .*50%/);
    expect(reply!.image!.alt).toMatch(/Show-up rate: .*50%/);
    // And in words, what the health figures say (src/core/health.ts).
    expect(textOf(reply!)).toMatch(/Showing up \(last 28 days\)/);
    expect(textOf(reply!)).toMatch(/Show-up: 50% of 2 seats held/);
    expect(textOf(reply!)).toMatch(/No-shows: 50% \(1\)/);
    expect(textOf(reply!)).toMatch(/Round members who got a partner: no rounds yet/);
  });

  it('GIVEN a member who is not a moderator WHEN they run /community-stats THEN they are refused and nothing is drawn', async () => {
    const { ben } = await aSessionHeld();
    await ben.run('community-stats');
    expect(ben.last!.outcome).toBe('user-error');
    expect(ben.last!.replies.every((r) => r.image === undefined)).toBe(true);
  });

  it('GIVEN the picture cannot be rendered WHEN /stats runs THEN the text goes out alone and the failure is logged', async () => {
    const { ben } = await aSessionHeld();
    const logs: LogLine[] = [];
    const log = recordingLogger(logs);
    const broken = new PngPool({ size: 1 });
    await broken.close();
    const dispatcher = new Dispatcher(h.dispatcher.registry, h.core, log, undefined, new PoolPictures(broken, log));
    const out = await dispatcher.handle(ben.invocation(), { kind: 'line', command: 'stats', text: '' });
    expect(out.outcome).toBe('ok');
    expect(out.replies[0]?.image).toBeUndefined();
    expect(textOf(out.replies[0]!)).toContain('1 session on 1 day');
    expect(logs.some((l) => l.level === 'warn' && l.msg === 'picture not rendered; the reply goes out as text' && (l.obj as { failure?: string }).failure === 'closed')).toBe(true);
  });
});
