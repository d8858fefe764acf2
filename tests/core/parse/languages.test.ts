import { describe, expect, it } from 'vitest';
import { parseAvailability } from '../../../src/core/parse/availability.js';
import { parseDurationMinutes, parseStartTime } from '../../../src/core/parse/when.js';
import type { WeeklySlot } from '../../../src/domain/availability.js';
import type { Lang } from '../../../src/domain/language.js';
import { resolveActivity, resolveLevel, suggestActivities } from '../../../src/domain/activities.js';
import { translator } from '../../../src/i18n/translator.js';
import type { Result } from '../../../src/result.js';

/** Saturday 21 November 2026, 12:00 UTC (13:00 in Berlin). */
const NOW = new Date('2026-11-21T12:00:00Z');
const H = 60;

function slots(text: string, lang: Lang): WeeklySlot[] {
  const r = parseAvailability(text, lang);
  if (!r.ok) throw new Error(`expected "${text}" (${lang}) to parse, got: ${translator(lang).say(r.error.message)}`);
  return r.value;
}

const days = (s: readonly WeeklySlot[]) => [...new Set(s.map((x) => x.day))];
const windowsOf = (s: readonly WeeklySlot[]) => [...new Set(s.map((x) => `${x.start / H}-${x.end / H}`))];

function refusal<T>(r: Result<T>, lang: Lang): string {
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.value)}`);
  return translator(lang).say(r.error.message);
}

describe('availability typed in the person\'s language', () => {
  it('GIVEN a German member WHEN they type "Montag abends", "wochentags 18-20" or "Montagabend" THEN the same windows as in English', () => {
    expect(slots('Montag abends', 'de')).toEqual(slots('monday evening', 'en'));
    expect(slots('wochentags 18-20', 'de')).toEqual(slots('weekdays 18-20', 'en'));
    expect(slots('Montagabend, Sa vormittags', 'de')).toEqual(slots('mon evening, sat late morning', 'en'));
    expect(slots('Di/Do ab 18 Uhr', 'de')).toEqual(slots('tue/thu after 6pm', 'en'));
    expect(slots('zwischen 6 und 8 Uhr am Wochenende', 'de')).toEqual(slots('between 6 and 8 weekends', 'en'));
  });

  it('GIVEN a Spanish member WHEN they type "lunes por la mañana" or "de lunes a viernes por la tarde" THEN mornings and afternoons on those days', () => {
    expect(slots('lunes por la mañana', 'es')).toEqual(slots('monday morning', 'en'));
    expect(slots('de lunes a viernes por la tarde', 'es')).toEqual(slots('mon-fri afternoon', 'en'));
    expect(slots('fin de semana de 9 a 12', 'es')).toEqual(slots('weekends 9-12', 'en'));
    expect(slots('entre semana 18-20', 'es')).toEqual(slots('weekdays 18-20', 'en'));
  });

  it('GIVEN a Russian member WHEN they type "понедельник вечером" or "по будням с 18 до 20" THEN evenings and the clock range', () => {
    expect(slots('понедельник вечером', 'ru')).toEqual(slots('monday evening', 'en'));
    expect(slots('по будням с 18 до 20', 'ru')).toEqual(slots('weekdays 18-20', 'en'));
    expect(slots('выходные днём', 'ru')).toEqual(slots('weekend afternoons', 'en'));
    expect(slots('пн-пт после 18', 'ru')).toEqual(slots('mon-fri after 18', 'en'));
  });

  it('GIVEN any language WHEN the member writes the English words THEN they are understood too', () => {
    for (const lang of ['de', 'es', 'ru'] as const) expect(slots('weekday evenings, sat morning', lang)).toEqual(slots('weekday evenings, sat morning', 'en'));
  });

  it('GIVEN a word two languages read differently WHEN typed THEN the person\'s own language wins', () => {
    // Spanish "a" joins a range ("lunes a viernes"); in English it is a filler and the days stay apart.
    expect(days(slots('lunes a viernes', 'es'))).toEqual([1, 2, 3, 4, 5]);
    // German "so" is Sunday; "am" is "on" ("am Wochenende"), not a morning.
    expect(days(slots('so abends', 'de'))).toEqual([7]);
    expect(windowsOf(slots('am Wochenende', 'de'))).toEqual(['6-22']);
    expect(windowsOf(slots('sat am', 'en'))).toEqual(['6-12']);
  });

  it('GIVEN "none" in each language WHEN typed THEN the availability is cleared', () => {
    expect(slots('keine', 'de')).toEqual([]);
    expect(slots('nada', 'es')).toEqual([]);
    expect(slots('нет', 'ru')).toEqual([]);
  });

  it('GIVEN a misspelt German or Russian day WHEN typed THEN the error is in that language and suggests the right word', () => {
    expect(refusal(parseAvailability('Mantag abends', 'de'), 'de')).toContain('Meintest du „montag“?');
    expect(refusal(parseAvailability('понеделник', 'ru'), 'ru')).toContain('«понедельник»');
  });
});

describe('start times and durations in the person\'s language', () => {
  const at = (text: string, lang: Lang) => {
    const r = parseStartTime(text, 'Europe/Berlin', NOW, lang);
    if (!r.ok) throw new Error(`"${text}" (${lang}): ${translator(lang).say(r.error.message)}`);
    return r.value.toISOString();
  };

  it('GIVEN "tomorrow 7am" in German, Spanish and Russian WHEN parsed in Berlin THEN 07:00 Berlin time tomorrow', () => {
    for (const [text, lang] of [['morgen um 7 Uhr', 'de'], ['mañana a las 7', 'es'], ['завтра в 7 утра', 'ru']] as const) {
      expect(at(text, lang)).toBe('2026-11-22T06:00:00.000Z');
    }
  });

  it('GIVEN "next Saturday 9:30" in each language WHEN parsed on a Saturday afternoon THEN the Saturday a week on', () => {
    for (const [text, lang] of [['nächsten Samstag 9:30', 'de'], ['el próximo sábado a las 9:30', 'es'], ['в следующую субботу в 9:30', 'ru'], ['sat 9:30', 'de']] as const) {
      expect(at(text, lang)).toBe('2026-11-28T08:30:00.000Z');
    }
  });

  it('GIVEN a time that has passed WHEN a German host types it THEN the refusal is German with a German date', () => {
    const message = refusal(parseStartTime('gestern 7 Uhr', 'Europe/Berlin', NOW, 'de'), 'de');
    expect(message).toContain('ist schon vorbei');
    expect(message).toContain('Fr 20 Nov');
  });

  it('GIVEN durations with German, Spanish and Russian units WHEN parsed THEN minutes', () => {
    expect(parseDurationMinutes('1,5 Stunden')).toEqual({ ok: true, value: 90 });
    expect(parseDurationMinutes('90 minutos')).toEqual({ ok: true, value: 90 });
    expect(parseDurationMinutes('1 час 30 минут')).toEqual({ ok: true, value: 90 });
  });
});

describe('activities and levels in the person\'s language', () => {
  it('GIVEN words for running and cycling WHEN resolved THEN the activity, in any language', () => {
    for (const w of ['laufen', 'joggen', 'rennen', 'correr', 'бег', 'пробежка']) expect(resolveActivity(w, 'de')).toBe('running');
    for (const w of ['Radfahren', 'Rad', 'ciclismo', 'bici', 'велосипед']) expect(resolveActivity(w, 'es')).toBe('cycling');
    expect(resolveActivity('йога', 'ru')).toBe('yoga');
    expect(resolveActivity('Fußball', 'de')).toBe('football');
    expect(resolveActivity('constructor', 'de')).toBeNull();
  });

  it('GIVEN a prefix WHEN suggested for a German THEN German words come first, and English lists stay English', () => {
    expect(suggestActivities('rad', 5, 'de')[0]).toBe('cycling');
    expect(suggestActivities('ru')).toEqual(['running']);
  });

  it('GIVEN level words WHEN resolved THEN the level', () => {
    expect(resolveLevel('Anfänger', 'de')).toBe('beginner');
    expect(resolveLevel('Fortgeschritten', 'de')).toBe('advanced');
    expect(resolveLevel('intermedio', 'es')).toBe('intermediate');
    expect(resolveLevel('новичок', 'ru')).toBe('beginner');
    expect(resolveLevel('advanced', 'ru')).toBe('advanced');
    expect(resolveLevel('toString', 'en')).toBeNull();
  });
});
