import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { recogniseIntent } from '../../src/interaction/intents.js';
import { userKey } from '../../src/domain/platform.js';
import { Harness, runner } from '../support/harness.js';

/** Plain words in a private chat, outside any question, always get an answer (issue #12, point 4). */
let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});

describe('free text in a private chat', () => {
  it('GIVEN a member with a profile WHEN she writes "find a running buddy" THEN one line and a button that runs /match', async () => {
    const ana = await runner(h, 'Ana');
    await runner(h, 'Ben');
    const out = await ana.say('find a running buddy');
    expect(out.outcome).toBe('ok');
    expect(ana.text()).toMatch(/Looking for someone to train with\?/);
    await ana.press(ana.button('Find buddies'));
    expect(ana.last?.command).toBe('match');
    expect(ana.text()).toMatch(/Ben/);
  });

  it('GIVEN "any sessions tomorrow?" THEN a button that lists sessions nearby', async () => {
    const ana = await runner(h, 'Ana');
    await ana.say('any sessions tomorrow?');
    expect(ana.text()).toMatch(/session to join/);
    await ana.press(ana.button('Sessions nearby'));
    expect(ana.last?.command).toBe('sessions');
  });

  it('GIVEN "stop alerts" THEN the button turns match alerts off', async () => {
    const ana = await runner(h, 'Ana');
    await ana.say('please stop alerts');
    await ana.press(ana.button('Turn alerts off'));
    expect(ana.last?.command).toBe('notifications');
    const me = await h.store.people.findByIdentity(userKey('console', 'ana'));
    expect(me?.notifications.matchAlerts).toBe(false);
  });

  it('GIVEN words nobody could read as a wish THEN a short hint and the first steps, profile first for a newcomer', async () => {
    const newcomer = h.person('Cleo');
    await newcomer.say('hello?');
    expect(newcomer.text()).toMatch(/I didn't catch that\. If you were answering a question, it has expired/);
    const labels = (newcomer.last?.replies[0]?.buttons ?? []).flat().map((b) => b.label);
    expect(labels).toEqual(['Set up my profile', 'Find buddies', 'Sessions nearby']);
  });

  it('GIVEN chatter in a community chat THEN the bot stays silent', async () => {
    const ana = h.person('Ana', { community: 'Crew' });
    const out = await ana.say('find a running buddy');
    expect(out.outcome).toBe('ignored');
    expect(out.replies).toEqual([]);
  });

  it('GIVEN a German speaker WHEN she writes "Ich suche einen Laufpartner" THEN the answer is German with a button for /match', async () => {
    const ana = await runner(h, 'Anja');
    const german = h.person('Anja', { locale: 'de' });
    await german.say('Ich suche einen Laufpartner');
    expect(german.text()).toMatch(/Du suchst jemanden zum Trainieren\?/);
    await german.press(german.button('Partner finden'));
    expect(german.last?.command).toBe('match');
    void ana;
  });
});

describe('recognising a wish in words', () => {
  it('reads each language, its own first, accents folded', () => {
    expect(recogniseIntent('Busco compañero para correr', 'es')).toBe('match');
    expect(recogniseIntent('есть тренировки завтра?', 'ru')).toBe('sessions');
    expect(recogniseIntent('Ищу партнёра для бега', 'ru')).toBe('match');
    expect(recogniseIntent('keine Benachrichtigungen mehr bitte', 'de')).toBe('stop-alerts');
    expect(recogniseIntent('stop alerts', 'de')).toBe('stop-alerts');
    expect(recogniseIntent('hello', 'en')).toBeNull();
    expect(recogniseIntent('', 'en')).toBeNull();
  });
});

describe('recognising a wish: properties', () => {
  it('never throws, whatever is typed, in any language', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000, unit: 'binary' }), fc.constantFrom('en', 'de', 'es', 'ru', 'en-XA' as const), (text, lang) => {
        const intent = recogniseIntent(text, lang);
        expect(intent === null || typeof intent === 'string').toBe(true);
      }),
    );
  });
});

