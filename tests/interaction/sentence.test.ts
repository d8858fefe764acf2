import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../src/interaction/arguments.js';
import { placeSentence, words } from '../../src/interaction/sentence.js';
import { english } from '../support/say.js';
import { testRegistry } from '../support/harness.js';

const registry = await testRegistry();
const command = (name: string) => registry.get(name)!;
const line = (name: string, text: string, lang: 'en' | 'de' = 'en') => {
  const r = parseLine(command(name), text, lang);
  if (!r.ok) throw new Error(english(r.message));
  return r.values;
};

describe('commands written as sentences', () => {
  it('GIVEN /msg WHEN written "Ben see you at 7" THEN Ben is the person and the rest, as typed, the message', () => {
    expect(line('msg', 'Ben see you at 7')).toEqual({ person: 'Ben', text: 'see you at 7' });
    expect(line('msg', '2   see you\nat the gate')).toEqual({ person: '2', text: 'see you\nat the gate' });
  });

  it('GIVEN a name with a space WHEN quoted THEN it is one person', () => {
    expect(line('msg', '"Anna Maria" hi there')).toEqual({ person: 'Anna Maria', text: 'hi there' });
    expect(line('connect', '“Anna Maria”')).toEqual({ person: 'Anna Maria' });
  });

  it('GIVEN /session-create WHEN written "running tomorrow 7am Tiergarten 4" THEN activity, time, place and seats each find their words', () => {
    expect(line('session-create', 'running tomorrow 7am Tiergarten 4')).toEqual({ activity: 'running', when: 'tomorrow 7am', place: 'Tiergarten', capacity: '4' });
    expect(line('session-create', 'yoga next friday at 6 pm Volkspark Friedrichshain')).toEqual({ activity: 'yoga', when: 'next friday at 6 pm', place: 'Volkspark Friedrichshain' });
  });

  it('GIVEN a German host WHEN written "Laufen morgen um 7 Uhr Tiergarten 3" THEN the German time is read as a time', () => {
    expect(line('session-create', 'Laufen morgen um 7 Uhr Tiergarten 3', 'de')).toEqual({ activity: 'Laufen', when: 'morgen um 7 Uhr', place: 'Tiergarten', capacity: '3' });
  });

  it('GIVEN words that are not the kind an option needs WHEN placed THEN that option is left for the guided flow, not filled with them', () => {
    // "Tiergarten" is no activity and no time: both are asked for; the place keeps its words.
    expect(line('session-create', 'Tiergarten 4')).toEqual({ place: 'Tiergarten', capacity: '4' });
    expect(line('sessions', 'tomorrow')).toEqual({ day: 'tomorrow' });
    expect(line('sessions', 'running beginner saturday')).toEqual({ activity: 'running', level: 'beginner', day: 'saturday' });
  });

  it('GIVEN a sentence and name: value pairs WHEN mixed THEN the pairs win and the sentence fills the rest', () => {
    expect(line('join', '2 message: can I bring a friend?')).toEqual({ session: '2', message: 'can I bring a friend?' });
    expect(line('session-create', 'running tomorrow 7am capacity: 6 place: Tiergarten')).toEqual({ activity: 'running', when: 'tomorrow 7am', capacity: '6', place: 'Tiergarten' });
  });

  it('GIVEN a command whose sentence has no free text WHEN words are left over THEN they are named back, nothing is guessed', () => {
    const r = parseLine(command('checkin'), '2 yes please', 'en');
    expect(r.ok).toBe(false);
    expect(!r.ok && english(r.message)).toContain('"please"');
    expect(line('checkin', '2 no')).toEqual({ session: '2', attended: 'no' });
  });

  it('GIVEN /checkin WHEN written "yes", "no" or their German, Spanish and Russian words THEN that is whether I was there, and the session is left to be the one happening now', () => {
    for (const [typed, attended] of [['yes', 'yes'], ['no', 'no'], ['ja', 'ja'], ['nein', 'nein'], ['sí', 'sí'], ['no', 'no'], ['да', 'да'], ['нет', 'нет']] as const) {
      expect(line('checkin', typed)).toEqual({ attended });
    }
    // A number or an id still names the session first.
    expect(line('checkin', '2 yes')).toEqual({ session: '2', attended: 'yes' });
    expect(line('checkin', 'Xk3v9QpLr2Tz no')).toEqual({ session: 'Xk3v9QpLr2Tz', attended: 'no' });
  });

  it('PROPERTY: quoted or not, splitting never loses or invents a visible character', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (text) => {
        const visible = (s: string) => s.replace(/[\s"“”]/g, '');
        expect(words(text).map((w) => visible(w.text)).join('')).toBe(visible(text));
      }),
    );
  });

  it('PROPERTY: with a free-text option every word lands in exactly one option and nothing is left over', () => {
    const msg = command('msg');
    const order = (['person', 'text'] as const).map((o) => [o, msg.options[o]] as const);
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 12 }), (ws) => {
        const placed = placeSentence(ws.join(' '), order, 'en');
        expect(placed.leftover).toBe('');
        expect([placed.values.person, placed.values.text].filter(Boolean).join(' ')).toBe(ws.join(' '));
      }),
    );
  });
});
