import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/interaction/reply.js';
import { Harness } from '../../support/harness.js';

/**
 * In pseudo-English every word of the catalogue is accented; a plain English word left in a
 * reply was written outside it. Commands, time tags and the person's own values are allowed.
 */
const ALLOWED = /\/[a-z-]+|<[^>]*>|Zed|Berlin|New_York|DE|Europe|English|Deutsch|Español|Русский|русский|en|de|es|ru|km|xx|abc/g;
const plainWords = (text: string): string[] => text.replace(ALLOWED, ' ').match(/[A-Za-z]{2,}/g) ?? [];

/** What a command's own words are: title, text, field names, button labels (field values are data). */
const ownWords = (r: Reply): string => [r.title ?? '', r.text, ...(r.fields ?? []).map((f) => f.name), ...(r.buttons ?? []).flat().map((b) => b.label), r.select?.placeholder ?? ''].join('\n');

describe('people and profile commands in pseudo-English', () => {
  it('GIVEN a person whose platform speaks pseudo-English WHEN they use every profile command THEN no reply has a plain English word', async () => {
    const h = await Harness.create();
    const zed = h.person('Zed', { locale: 'en-XA' });
    const lines: [string, string][] = [
      ['help', ''],
      ['help', ''],
      ['help', 'nothing'],
      ['set-location', 'Berlin, DE'],
      ['set-activities', 'running'],
      ['set-level', 'advanced'],
      ['profile', ''],
      ['notifications', 'quiet: 22-7 reminders: 24h,1h'],
      ['notifications', 'quiet: x'],
      ['notifications', 'reminders: 1,2,3,4,5,6'],
      ['set-name', '🔥'],
      ['set-name', 'Zed'],
      ['set-bio', 'Zed'],
      ['set-radius', '12'],
      ['set-timezone', 'xx'],
      ['set-availability', 'none'],
      ['pause', ''],
      ['profile', ''],
      ['resume', ''],
      ['language', ''],
      ['language', 'xx'],
      ['link', 'abc'],
      ['export', ''],
      ['delete-me', ''],
    ];
    for (const [command, text] of lines) {
      const out = await zed.run(command, text);
      for (const reply of out.replies) expect(plainWords(ownWords(reply)), `/${command} ${text}: ${ownWords(reply)}`).toEqual([]);
    }
    await zed.run('delete-me');
    const cancelled = await zed.press(zed.button(/Çàñçéĺ/));
    expect(plainWords(ownWords(cancelled.replies[0]!))).toEqual([]);
  });
});
