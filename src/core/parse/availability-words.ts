/**
 * The words of typed weekly availability in each language Spotter speaks. Words are written here
 * as `clean()` leaves them (lower case, accents stripped: "mañana" → "manana", "й" → "и",
 * "ё" → "е"), so a person may type them with or without accents.
 *
 * A person's vocabulary is their language's words first, then the English words their language
 * doesn't use in any role: where the two disagree ("a" is a range word in Spanish, a filler in
 * English) their own language wins. Typed words are looked up in Maps and Sets, never as keys of
 * an object, where "constructor" would find what every object inherits.
 */
import type { Weekday } from '../../domain/availability.js';
import type { Lang } from '../../domain/language.js';

export type PartOfDay = 'early morning' | 'morning' | 'late morning' | 'lunchtime' | 'afternoon' | 'evening' | 'night' | 'all day';

export const ALL_DAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];
export const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5];
export const WEEKEND: readonly Weekday[] = [6, 7];

/** What a phrase of two or three words means: some days, or a part of the day. */
export type Meaning = { readonly days: readonly Weekday[] } | { readonly part: PartOfDay };

export interface Vocabulary {
  readonly days: ReadonlyMap<string, readonly Weekday[]>;
  readonly parts: ReadonlyMap<string, PartOfDay>;
  /** Two- and three-word phrases, checked before single words. */
  readonly phrases: ReadonlyMap<string, Meaning>;
  readonly fillers: ReadonlySet<string>;
  readonly separators: ReadonlySet<string>;
  readonly ranges: ReadonlySet<string>;
  readonly clear: ReadonlySet<string>;
  /** "between 6 and 8": the first word, and the word joining the two times. */
  readonly between: ReadonlySet<string>;
  readonly and: ReadonlySet<string>;
  /** "after 6pm" / "before 8am". */
  readonly after: ReadonlySet<string>;
  readonly before: ReadonlySet<string>;
}

interface Words {
  days: Record<string, readonly Weekday[]>;
  parts: Record<string, PartOfDay>;
  phrases: Record<string, Meaning>;
  fillers: string[];
  separators: string[];
  ranges: string[];
  clear: string[];
  between: string[];
  and: string[];
  after: string[];
  before: string[];
}

const d = (...days: Weekday[]): readonly Weekday[] => days;

const EN: Words = {
  days: {
    mon: d(1), monday: d(1), mondays: d(1),
    tue: d(2), tues: d(2), tuesday: d(2), tuesdays: d(2),
    wed: d(3), weds: d(3), wednesday: d(3), wednesdays: d(3),
    thu: d(4), thur: d(4), thurs: d(4), thursday: d(4), thursdays: d(4),
    fri: d(5), friday: d(5), fridays: d(5),
    sat: d(6), saturday: d(6), saturdays: d(6),
    sun: d(7), sunday: d(7), sundays: d(7),
    weekday: WEEKDAYS, weekdays: WEEKDAYS, workday: WEEKDAYS, workdays: WEEKDAYS, week: ALL_DAYS,
    weekend: WEEKEND, weekends: WEEKEND,
    day: ALL_DAYS, days: ALL_DAYS, daily: ALL_DAYS, everyday: ALL_DAYS,
  },
  parts: {
    morning: 'morning', mornings: 'morning',
    dawn: 'early morning', sunrise: 'early morning',
    lunch: 'lunchtime', lunches: 'lunchtime', lunchtime: 'lunchtime', lunchtimes: 'lunchtime', midday: 'lunchtime', noon: 'lunchtime',
    afternoon: 'afternoon', afternoons: 'afternoon',
    evening: 'evening', evenings: 'evening',
    night: 'night', nights: 'night', tonight: 'night',
    anytime: 'all day', whenever: 'all day',
  },
  phrases: {
    'early morning': { part: 'early morning' }, 'early mornings': { part: 'early morning' },
    'late morning': { part: 'late morning' }, 'late mornings': { part: 'late morning' },
    'late evening': { part: 'night' }, 'late evenings': { part: 'night' }, 'late night': { part: 'night' }, 'late nights': { part: 'night' },
    'lunch time': { part: 'lunchtime' }, 'lunch break': { part: 'lunchtime' },
    'after work': { part: 'evening' }, 'before work': { part: 'early morning' },
    'all day': { part: 'all day' }, 'whole day': { part: 'all day' }, 'full day': { part: 'all day' }, 'any time': { part: 'all day' },
  },
  fillers: [
    'on', 'at', 'in', 'the', 'a', 'every', 'each', 'any', 'all', 'only', 'also', 'from', 'around', 'about',
    'usually', 'mostly', 'often', 'free', 'available', 'i', 'im', 'is', 'are', 'be', 'can', 'do',
    'during', 'most', 'some', 'of', 'my', 'ish', 'times', 'time', 'pretty', 'much', 'generally', 'sometimes',
  ],
  separators: ['and', 'or', 'plus', 'then'],
  ranges: ['to', 'until', 'till', 'til', 'through', 'thru'],
  clear: ['none', 'clear', 'nothing', 'reset', 'no', 'never', 'n a', 'na', 'not set'],
  between: ['between'],
  and: ['and'],
  after: ['after'],
  before: ['before'],
};

/** German: "Montag abends", "wochentags 18-20", "Di/Do ab 18 Uhr", "Montagabend" (see compounds). */
const DE: Words = {
  days: {
    mo: d(1), montag: d(1), montags: d(1),
    di: d(2), dienstag: d(2), dienstags: d(2),
    mi: d(3), mittwoch: d(3), mittwochs: d(3),
    do: d(4), donnerstag: d(4), donnerstags: d(4),
    fr: d(5), freitag: d(5), freitags: d(5),
    sa: d(6), samstag: d(6), samstags: d(6), sonnabend: d(6), sonnabends: d(6),
    so: d(7), sonntag: d(7), sonntags: d(7),
    wochentags: WEEKDAYS, werktags: WEEKDAYS, wochentage: WEEKDAYS, werktage: WEEKDAYS, werktag: WEEKDAYS, wochentag: WEEKDAYS,
    woche: ALL_DAYS, wochenende: WEEKEND, wochenenden: WEEKEND,
    tag: ALL_DAYS, tage: ALL_DAYS, taglich: ALL_DAYS,
  },
  parts: {
    morgen: 'morning', morgens: 'morning', fruh: 'early morning', fruhmorgens: 'early morning',
    vormittag: 'late morning', vormittags: 'late morning',
    mittag: 'lunchtime', mittags: 'lunchtime', mittagspause: 'lunchtime', mittagszeit: 'lunchtime',
    nachmittag: 'afternoon', nachmittags: 'afternoon',
    abend: 'evening', abends: 'evening', feierabend: 'evening',
    nacht: 'night', nachts: 'night', spatabends: 'night',
    ganztags: 'all day', ganztagig: 'all day', jederzeit: 'all day',
  },
  phrases: {
    'unter der woche': { days: WEEKDAYS },
    'fruh morgens': { part: 'early morning' }, 'am fruhen morgen': { part: 'early morning' },
    'spat abends': { part: 'night' }, 'spat am abend': { part: 'night' },
    'den ganzen tag': { part: 'all day' }, 'ganzen tag': { part: 'all day' }, 'ganzer tag': { part: 'all day' },
    'nach der arbeit': { part: 'evening' }, 'vor der arbeit': { part: 'early morning' },
    'zu jeder zeit': { part: 'all day' },
  },
  fillers: [
    'am', 'an', 'um', 'im', 'jeden', 'in', 'von', 'vom', 'der', 'die', 'das', 'den', 'dem', 'jede', 'jeder', 'jedes',
    'ich', 'bin', 'kann', 'habe', 'hab', 'zeit', 'frei', 'uhr', 'nur', 'auch', 'meistens', 'meist', 'oft',
    'normalerweise', 'gegen', 'ca', 'circa', 'etwa', 'gern', 'gerne', 'ganz', 'uber', 'wahrend',
  ],
  separators: ['und', 'oder', 'sowie', 'plus'],
  ranges: ['bis'],
  clear: ['keine', 'keiner', 'nichts', 'nie', 'loschen', 'zurucksetzen'],
  between: ['zwischen'],
  and: ['und'],
  after: ['ab', 'nach'],
  before: ['vor'],
};

/** Spanish: "lunes por la mañana", "entre semana 18-20", "de lunes a viernes por la tarde". */
const ES: Words = {
  days: {
    lu: d(1), lun: d(1), lunes: d(1),
    ma: d(2), mar: d(2), martes: d(2),
    mie: d(3), mx: d(3), miercoles: d(3),
    ju: d(4), jue: d(4), jueves: d(4),
    vi: d(5), vie: d(5), viernes: d(5),
    sa: d(6), sab: d(6), sabado: d(6), sabados: d(6),
    do: d(7), dom: d(7), domingo: d(7), domingos: d(7),
    laborables: WEEKDAYS, semana: ALL_DAYS, finde: WEEKEND, findes: WEEKEND,
    dia: ALL_DAYS, dias: ALL_DAYS, diario: ALL_DAYS, diariamente: ALL_DAYS,
  },
  parts: {
    manana: 'morning', mananas: 'morning', madrugada: 'early morning', temprano: 'early morning',
    mediodia: 'lunchtime', almuerzo: 'lunchtime', comida: 'lunchtime',
    tarde: 'afternoon', tardes: 'afternoon',
    noche: 'evening', noches: 'evening', anochecer: 'evening',
    medianoche: 'night', trasnoche: 'night',
  },
  phrases: {
    'entre semana': { days: WEEKDAYS }, 'dias laborables': { days: WEEKDAYS }, 'dias de semana': { days: WEEKDAYS },
    'fin de semana': { days: WEEKEND }, 'fines de semana': { days: WEEKEND },
    'primera hora': { part: 'early morning' }, 'media manana': { part: 'late morning' },
    'hora de comer': { part: 'lunchtime' }, 'la comida': { part: 'lunchtime' },
    'tarde noche': { part: 'night' }, 'noche tarde': { part: 'night' },
    'todo el dia': { part: 'all day' }, 'cualquier hora': { part: 'all day' }, 'cualquier momento': { part: 'all day' },
    'despues del trabajo': { part: 'evening' }, 'antes del trabajo': { part: 'early morning' },
  },
  fillers: [
    'el', 'la', 'los', 'las', 'de', 'del', 'en', 'por', 'cada', 'todo', 'toda', 'todos', 'todas', 'solo',
    'tambien', 'yo', 'estoy', 'puedo', 'libre', 'disponible', 'normalmente', 'casi', 'siempre', 'sobre',
    'hacia', 'horas', 'hora', 'h', 'hs', 'generalmente', 'suelo', 'al', 'a',
  ],
  separators: ['y', 'e', 'o', 'u', 'mas'],
  ranges: ['a', 'hasta'],
  clear: ['ninguno', 'ninguna', 'nada', 'nunca', 'borrar', 'ningun'],
  between: ['entre'],
  and: ['y'],
  after: ['despues', 'desde', 'tras'],
  before: ['antes'],
};

/** Russian: "понедельник вечером", "по будням 18-20", "с 7 до 9 утра", "выходные днём". */
const RU: Words = {
  days: {
    пн: d(1), понедельник: d(1), понедельника: d(1), понедельникам: d(1),
    вт: d(2), вторник: d(2), вторника: d(2), вторникам: d(2),
    ср: d(3), среда: d(3), среду: d(3), среды: d(3), средам: d(3),
    чт: d(4), четверг: d(4), четверга: d(4), четвергам: d(4),
    пт: d(5), пятница: d(5), пятницу: d(5), пятницы: d(5), пятницам: d(5),
    сб: d(6), суббота: d(6), субботу: d(6), субботы: d(6), субботам: d(6),
    вс: d(7), воскресенье: d(7), воскресенья: d(7), воскресеньям: d(7),
    будни: WEEKDAYS, будням: WEEKDAYS, будние: WEEKDAYS, будних: WEEKDAYS,
    выходные: WEEKEND, выходным: WEEKEND, выходных: WEEKEND, выходнои: WEEKEND,
    день: ALL_DAYS, дни: ALL_DAYS, ежедневно: ALL_DAYS, неделя: ALL_DAYS, неделю: ALL_DAYS,
  },
  parts: {
    утро: 'morning', утром: 'morning', утра: 'morning', утрам: 'morning',
    обед: 'lunchtime', обеда: 'lunchtime', обедом: 'lunchtime', полдень: 'lunchtime',
    днем: 'afternoon', днеи: 'afternoon',
    вечер: 'evening', вечером: 'evening', вечера: 'evening', вечерам: 'evening',
    ночь: 'night', ночью: 'night', ночам: 'night',
  },
  phrases: {
    'рано утром': { part: 'early morning' }, 'ранним утром': { part: 'early morning' },
    'поздно утром': { part: 'late morning' }, 'в обед': { part: 'lunchtime' },
    'поздно вечером': { part: 'night' }, 'поздним вечером': { part: 'night' },
    'весь день': { part: 'all day' }, 'целыи день': { part: 'all day' }, 'любое время': { part: 'all day' }, 'когда угодно': { part: 'all day' },
    'после работы': { part: 'evening' }, 'до работы': { part: 'early morning' },
    'каждыи день': { days: ALL_DAYS },
  },
  fillers: [
    'в', 'во', 'по', 'с', 'со', 'на', 'я', 'могу', 'свободен', 'свободна', 'обычно', 'каждыи', 'каждую',
    'каждое', 'каждые', 'часов', 'часа', 'час', 'ч', 'только', 'тоже', 'также', 'примерно', 'около',
    'чаще', 'всего', 'иногда', 'время',
  ],
  separators: ['и', 'или', 'а', 'плюс', 'еще'],
  ranges: ['до'],
  clear: ['нет', 'ничего', 'никогда', 'очистить', 'сбросить', 'удалить'],
  between: ['между'],
  and: ['и'],
  after: ['после'],
  before: ['до'],
};

const WORDS = new Map<Lang, Words>([
  ['en', EN],
  ['de', DE],
  ['es', ES],
  ['ru', RU],
]);

function allWords(w: Words): Set<string> {
  return new Set([
    ...Object.keys(w.days), ...Object.keys(w.parts), ...Object.keys(w.phrases),
    ...w.fillers, ...w.separators, ...w.ranges, ...w.clear, ...w.between, ...w.and, ...w.after, ...w.before,
  ]);
}

/** The person's words, then the English ones their language doesn't already use. */
function build(lang: Lang): Vocabulary {
  const own = WORDS.get(lang) ?? EN;
  const layers = lang === 'en' ? [own] : [own, EN];
  const taken = allWords(own);
  const keep = (word: string, layer: Words) => layer === own || !taken.has(word);
  const map = <V>(pick: (w: Words) => Record<string, V>) => {
    const out = new Map<string, V>();
    for (const layer of layers) for (const [k, v] of Object.entries(pick(layer))) if (keep(k, layer) && !out.has(k)) out.set(k, v);
    return out;
  };
  const set = (pick: (w: Words) => string[]) => {
    const out = new Set<string>();
    for (const layer of layers) for (const k of pick(layer)) if (keep(k, layer)) out.add(k);
    return out;
  };
  return {
    days: map((w) => w.days),
    parts: map((w) => w.parts),
    phrases: map((w) => w.phrases),
    fillers: set((w) => w.fillers),
    separators: set((w) => w.separators),
    ranges: set((w) => w.ranges),
    clear: set((w) => w.clear),
    between: set((w) => w.between),
    and: set((w) => w.and),
    after: set((w) => w.after),
    before: set((w) => w.before),
  };
}

const built = new Map<Lang, Vocabulary>();

export function vocabulary(lang: Lang = 'en'): Vocabulary {
  let v = built.get(lang);
  if (!v) {
    v = build(lang);
    built.set(lang, v);
  }
  return v;
}
