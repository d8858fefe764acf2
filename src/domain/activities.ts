import { LANGUAGES, type Lang } from './language.js';

/** The fixed catalogue of activities, each with the words people use for it. */
export const ACTIVITIES = {
  running: { label: 'Running', verb: 'run', aliases: ['run', 'runs', 'jog', 'jogging', 'runner'] },
  cycling: { label: 'Cycling', verb: 'cycle', aliases: ['cycle', 'bike', 'biking', 'bicycle', 'spin', 'road cycling'] },
  gym: { label: 'Gym / strength', verb: 'lift', aliases: ['strength', 'weights', 'lifting', 'weightlifting', 'powerlifting', 'bodybuilding', 'gym/strength'] },
  yoga: { label: 'Yoga', verb: 'do yoga', aliases: ['pilates', 'stretching'] },
  swimming: { label: 'Swimming', verb: 'swim', aliases: ['swim', 'pool', 'open water'] },
  hiking: { label: 'Hiking', verb: 'hike', aliases: ['hike', 'trekking', 'trail'] },
  climbing: { label: 'Climbing', verb: 'climb', aliases: ['climb', 'bouldering', 'boulder'] },
  hiit: { label: 'HIIT', verb: 'do HIIT', aliases: ['crossfit', 'circuit', 'bootcamp', 'interval training'] },
  walking: { label: 'Walking', verb: 'walk', aliases: ['walk', 'power walking', 'nordic walking'] },
  tennis: { label: 'Tennis', verb: 'play tennis', aliases: ['padel', 'squash', 'badminton'] },
  football: { label: 'Football', verb: 'play football', aliases: ['soccer', 'futsal'] },
  basketball: { label: 'Basketball', verb: 'play basketball', aliases: ['hoops', 'bball'] },
  'martial-arts': { label: 'Martial arts', verb: 'train martial arts', aliases: ['martial arts', 'boxing', 'kickboxing', 'bjj', 'judo', 'karate', 'mma', 'muay thai'] },
  dance: { label: 'Dance', verb: 'dance', aliases: ['dancing', 'zumba', 'salsa'] },
  rowing: { label: 'Rowing', verb: 'row', aliases: ['row', 'erg', 'kayak', 'canoe'] },
  skating: { label: 'Skating', verb: 'skate', aliases: ['skate', 'inline', 'rollerblading', 'ice skating'] },
} as const satisfies Record<string, { label: string; verb: string; aliases: readonly string[] }>;

export type ActivityId = keyof typeof ACTIVITIES;
export const ACTIVITY_IDS = Object.keys(ACTIVITIES) as ActivityId[];

/**
 * Lower case, accents and spaces evened out, as people type: "Fußball" = "fussball", "natación" =
 * "natacion", "йога" = "иога" (й loses its mark, the same on both sides of every lookup).
 */
const normalise = (word: string) =>
  word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[\s_]+/g, ' ')
    .trim();

/**
 * What people call each activity in their language, besides the English names (which everyone
 * may use). Plain words, looked up only through Maps.
 */
const ALIASES: ReadonlyMap<Exclude<Lang, 'en'>, Readonly<Partial<Record<ActivityId, readonly string[]>>>> = new Map([
  ['de', {
    running: ['laufen', 'joggen', 'rennen', 'lauf', 'dauerlauf', 'läufer'],
    cycling: ['radfahren', 'rad', 'fahrrad', 'radeln', 'radsport', 'rennrad', 'mountainbike'],
    gym: ['fitnessstudio', 'fitness', 'krafttraining', 'kraftsport', 'gewichte', 'gewichtheben', 'studio', 'muckibude'],
    yoga: ['dehnen'],
    swimming: ['schwimmen', 'schwimmbad', 'freiwasser'],
    hiking: ['wandern', 'wanderung', 'bergwandern'],
    climbing: ['klettern', 'bouldern', 'kletterhalle'],
    hiit: ['intervalltraining', 'zirkeltraining'],
    walking: ['gehen', 'spazieren', 'spazierengehen', 'spaziergang', 'walken', 'nordic walking'],
    tennis: ['tischtennis'],
    football: ['fußball', 'kicken'],
    basketball: ['korbball'],
    'martial-arts': ['kampfsport', 'kampfkunst', 'boxen', 'kickboxen', 'ringen'],
    dance: ['tanzen', 'tanz'],
    rowing: ['rudern', 'kajak', 'kanu', 'paddeln'],
    skating: ['skaten', 'inlineskaten', 'eislaufen', 'schlittschuhlaufen', 'rollschuhlaufen'],
  }],
  ['es', {
    running: ['correr', 'carrera', 'trotar', 'footing', 'corredor'],
    cycling: ['ciclismo', 'bici', 'bicicleta', 'pedalear', 'mtb'],
    gym: ['gimnasio', 'pesas', 'fuerza', 'musculación', 'halterofilia'],
    yoga: ['estiramientos'],
    swimming: ['natación', 'nadar', 'piscina', 'aguas abiertas'],
    hiking: ['senderismo', 'montañismo', 'excursión', 'caminata'],
    climbing: ['escalada', 'escalar', 'búlder'],
    hiit: ['entrenamiento por intervalos', 'circuito'],
    walking: ['caminar', 'pasear', 'paseo', 'marcha nórdica'],
    tennis: ['tenis', 'pádel', 'frontón'],
    football: ['fútbol', 'futbol', 'fútbol sala'],
    basketball: ['baloncesto', 'básquet', 'basquet'],
    'martial-arts': ['artes marciales', 'boxeo', 'lucha'],
    dance: ['baile', 'bailar', 'danza'],
    rowing: ['remo', 'remar', 'piragüismo', 'kayak'],
    skating: ['patinaje', 'patinar', 'patines'],
  }],
  ['ru', {
    running: ['бег', 'пробежка', 'бегать', 'джоггинг', 'пробежки'],
    cycling: ['велосипед', 'велоспорт', 'вело', 'велик', 'велопрогулка'],
    gym: ['зал', 'тренажёрный зал', 'тренажерка', 'качалка', 'силовые', 'фитнес', 'штанга'],
    yoga: ['йога', 'пилатес', 'растяжка'],
    swimming: ['плавание', 'бассейн', 'плавать'],
    hiking: ['поход', 'походы', 'хайкинг', 'треккинг'],
    climbing: ['скалолазание', 'боулдеринг', 'скалодром'],
    hiit: ['кроссфит', 'интервальная тренировка', 'круговая тренировка'],
    walking: ['ходьба', 'прогулка', 'скандинавская ходьба'],
    tennis: ['теннис', 'падел', 'сквош', 'бадминтон'],
    football: ['футбол', 'мини-футбол'],
    basketball: ['баскетбол'],
    'martial-arts': ['единоборства', 'бокс', 'кикбоксинг', 'борьба', 'дзюдо', 'карате', 'самбо'],
    dance: ['танцы', 'танцевать'],
    rowing: ['гребля', 'байдарка', 'каяк'],
    skating: ['коньки', 'ролики', 'катание на коньках'],
  }],
]);

/** Every word for every activity, per language; English (ids, labels, aliases) under 'en'. */
const LOOKUP = new Map<Lang, Map<string, ActivityId>>();
for (const lang of LANGUAGES) LOOKUP.set(lang, new Map());
for (const id of ACTIVITY_IDS) {
  const entry = ACTIVITIES[id];
  for (const word of [id, entry.label, ...entry.aliases]) LOOKUP.get('en')!.set(normalise(word), id);
}
for (const [lang, aliases] of ALIASES) {
  const words = LOOKUP.get(lang)!;
  for (const id of ACTIVITY_IDS) for (const word of aliases[id] ?? []) words.set(normalise(word), id);
}

/** The person's language, then English, then the others: ambiguity resolves in favour of their own. */
const searchOrder = (lang: Lang): Lang[] => [lang, ...(lang === 'en' ? [] : ['en' as const]), ...LANGUAGES.filter((l) => l !== lang && l !== 'en')];

export const isActivityId = (value: string): value is ActivityId => Object.hasOwn(ACTIVITIES, value);

/** The activity a word names, through its aliases in any language ("jogging", "laufen", "бег" → running), or null. */
export function resolveActivity(word: string, lang: Lang = 'en'): ActivityId | null {
  const w = normalise(word);
  for (const l of searchOrder(lang)) {
    const id = LOOKUP.get(l)?.get(w);
    if (id) return id;
  }
  return null;
}

/** Activities whose name or alias starts with (then contains) what was typed, the person's language first; for autocomplete. */
export function suggestActivities(prefix: string, limit = 25, lang: Lang = 'en'): ActivityId[] {
  const p = normalise(prefix);
  const hits = new Set<ActivityId>();
  // Only the person's language and English: other languages' words would crowd an English list.
  const order: Lang[] = lang === 'en' ? ['en'] : [lang, 'en'];
  for (const l of order) for (const [word, id] of LOOKUP.get(l) ?? []) if (word.startsWith(p)) hits.add(id);
  for (const l of order) for (const [word, id] of LOOKUP.get(l) ?? []) if (word.includes(p)) hits.add(id);
  return [...hits].slice(0, limit);
}

export const activityLabel = (id: ActivityId): string => ACTIVITIES[id].label;

export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export type Level = (typeof LEVELS)[number];
export const levelRank = (level: Level): number => LEVELS.indexOf(level);

/** Level words in each language; English ones are understood by everyone. */
const LEVEL_WORDS: ReadonlyMap<Lang, ReadonlyMap<string, Level>> = new Map(
  (
    [
      ['en', { beginner: 'beginner', novice: 'beginner', newbie: 'beginner', starter: 'beginner', intermediate: 'intermediate', medium: 'intermediate', advanced: 'advanced', expert: 'advanced', pro: 'advanced' }],
      ['de', { anfänger: 'beginner', anfängerin: 'beginner', einsteiger: 'beginner', einsteigerin: 'beginner', mittel: 'intermediate', mittelstufe: 'intermediate', fortgeschritten: 'advanced', fortgeschrittene: 'advanced', fortgeschrittener: 'advanced', profi: 'advanced', experte: 'advanced', expertin: 'advanced' }],
      ['es', { principiante: 'beginner', novato: 'beginner', novata: 'beginner', iniciación: 'beginner', intermedio: 'intermediate', intermedia: 'intermediate', medio: 'intermediate', avanzado: 'advanced', avanzada: 'advanced', experto: 'advanced', experta: 'advanced' }],
      ['ru', { новичок: 'beginner', начинающий: 'beginner', начальный: 'beginner', средний: 'intermediate', любитель: 'intermediate', продвинутый: 'advanced', опытный: 'advanced', профи: 'advanced', эксперт: 'advanced' }],
    ] as const satisfies readonly (readonly [Lang, Readonly<Record<string, Level>>])[]
  ).map(([lang, words]) => [lang, new Map(Object.entries(words).map(([w, level]) => [normalise(w), level]))]),
);

/**
 * A level from the word a person typed ("Fortgeschritten", "principiante", "новичок"), their
 * language first, then English, then the others; or null.
 */
export function resolveLevel(word: string, lang: Lang = 'en'): Level | null {
  const w = normalise(word);
  for (const l of searchOrder(lang)) {
    const level = LEVEL_WORDS.get(l)?.get(w);
    if (level) return level;
  }
  return null;
}
