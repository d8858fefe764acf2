import { describe, expect, it } from 'vitest';
import type { ActionId, PersonId, SessionId } from '../../src/domain/ids.js';
import type { Notification } from '../../src/domain/notification.js';
import type { Lang } from '../../src/domain/language.js';
import { translator } from '../../src/i18n/translator.js';
import { present } from '../../src/views/notifications/index.js';
import { textOf } from '../support/harness.js';
import { T0, hoursFrom, makeSession } from '../support/fixtures.js';
import { sessionCard } from '../../src/domain/notifications/sessions.js';

const LANGS: readonly Lang[] = ['en', 'de', 'es', 'ru'];
const action = (s: string) => s as ActionId;
const session = sessionCard(makeSession('host' as PersonId, { id: 'sess-1' as SessionId, title: 'Sunrise 10k', startsAt: T0 }));

const NOTIFICATIONS: readonly Notification[] = [
  {
    kind: 'attendance-sheet',
    session,
    rows: [
      { personId: 'p1' as PersonId, name: 'Ben', came: true, confirmed: false, toggle: action('t1') },
      { personId: 'p2' as PersonId, name: 'Cy', came: false, confirmed: true, toggle: action('t2') },
    ],
    done: action('done'),
    confirmed: false,
  },
  { kind: 'attendance-paused', until: hoursFrom(T0, 24 * 7), missed: 3, appeal: action('appeal') },
  { kind: 'attendance-paused', until: hoursFrom(T0, 24 * 7), missed: 3, appeal: null },
  { kind: 'attendance-pause-over' },
  { kind: 'attendance-pause-cleared' },
  { kind: 'attendance-inactive', days: 60 },
];

describe('attendance notifications in every language', () => {
  it.each(LANGS)('GIVEN each attendance notification WHEN said in %s THEN every word comes from that catalogue and times are in the reader\'s zone', (lang) => {
    for (const n of NOTIFICATIONS) {
      const reply = present(n, { t: translator(lang), lang, zone: 'Europe/Berlin' });
      const words = textOf(reply) + (reply.buttons ?? []).flat().map((b) => b.label).join(' ');
      expect(words, `${lang} ${n.kind}`).not.toMatch(/attendance-|\{\s*\$/);
      expect(reply.zone).toBe('Europe/Berlin');
    }
  });

  it('GIVEN the sheet WHEN said in German, Spanish and Russian THEN the words are theirs, not English', () => {
    const sheet = NOTIFICATIONS[0]!;
    const en = textOf(present(sheet, { t: translator('en'), lang: 'en', zone: 'UTC' }));
    for (const lang of ['de', 'es', 'ru'] as const) expect(textOf(present(sheet, { t: translator(lang), lang, zone: 'UTC' }))).not.toBe(en);
    expect(textOf(present(sheet, { t: translator('de'), lang: 'de', zone: 'UTC' }))).toContain('❌ Cy (nicht erschienen)');
  });

  it('GIVEN Russian WHEN the pause counts 1, 3 and 5 sessions THEN each takes its plural form', () => {
    const say = (missed: number) => textOf(present({ kind: 'attendance-paused', until: T0, missed, appeal: null }, { t: translator('ru'), lang: 'ru', zone: 'UTC' }));
    expect(say(1)).toContain('последнюю 1 тренировку');
    expect(say(3)).toContain('последние 3 тренировки');
    expect(say(5)).toContain('последние 5 тренировок');
  });
});
