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

const normalise = (word: string) => word.trim().toLowerCase().replace(/[\s_]+/g, ' ');

const LOOKUP = new Map<string, ActivityId>();
for (const id of ACTIVITY_IDS) {
  const entry = ACTIVITIES[id];
  for (const word of [id, entry.label, ...entry.aliases]) LOOKUP.set(normalise(word), id);
}

export const isActivityId = (value: string): value is ActivityId => Object.hasOwn(ACTIVITIES, value);

/** The activity a word names, through its aliases ("jogging" → running), or null. */
export function resolveActivity(word: string): ActivityId | null {
  return LOOKUP.get(normalise(word)) ?? null;
}

/** Activities whose name or alias starts with what was typed; for autocomplete. */
export function suggestActivities(prefix: string, limit = 25): ActivityId[] {
  const p = normalise(prefix);
  const hits = new Set<ActivityId>();
  for (const [word, id] of LOOKUP) if (word.startsWith(p)) hits.add(id);
  for (const [word, id] of LOOKUP) if (word.includes(p)) hits.add(id);
  return [...hits].slice(0, limit);
}

export const activityLabel = (id: ActivityId): string => ACTIVITIES[id].label;

export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export type Level = (typeof LEVELS)[number];
export const levelRank = (level: Level): number => LEVELS.indexOf(level);
