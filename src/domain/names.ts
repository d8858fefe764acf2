/**
 * People's names in one list, told apart. Two people may pick the same name (or names that only
 * differ by case or width, "Ben" and "ｂｅｎ"), and in a list of matches, buddies, participants,
 * requests or reports the reader must know who is who: the same name gets the area's town,
 * "Ben (Berlin)" / "Ben (Potsdam)", and where that is the same too, a number, "Ben · 2".
 */

export interface Nameable {
  readonly id: string;
  readonly displayName: string;
  /** The public area name, "Berlin, DE"; never a position. */
  readonly area: string | null;
}

/**
 * How a name reads to a person: case, width and compatibility forms don't tell names apart.
 * `toLowerCase` is Unicode's default lowercasing, the same for every locale but Turkish, Azeri and
 * Lithuanian, so it is English's, and never the host's (no ICU locale lookup per name).
 */
const looksOf = (name: string) => name.normalize('NFKC').toLowerCase();

/** "Berlin, DE" → "Berlin". */
const town = (area: string) => area.split(',')[0]!.trim();

function countBy<T>(items: readonly T[], key: (t: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** The name to show for each person (by id), in the order given; unique within the list. */
export function distinctNames<P extends Nameable>(people: readonly P[]): Map<P['id'], string> {
  // Each text is normalized once a call: the loops below ask again for the same names and areas.
  const seen = new Map<string, string>();
  const looks = (text: string) => {
    let hit = seen.get(text);
    if (hit === undefined) seen.set(text, (hit = looksOf(text)));
    return hit;
  };
  const unique = [...new Map(people.map((p) => [p.id, p] as const)).values()];
  const byName = new Map<string, P[]>();
  for (const p of unique) {
    const group = byName.get(looks(p.displayName));
    if (group) group.push(p);
    else byName.set(looks(p.displayName), [p]);
  }
  const shown = new Map<P['id'], string>();
  for (const p of unique) {
    const group = byName.get(looks(p.displayName))!;
    if (group.length === 1) {
      shown.set(p.id, p.displayName);
      continue;
    }
    const towns = countBy(group, (q) => (q.area ? looks(town(q.area)) : ''));
    const areas = countBy(group, (q) => (q.area ? looks(q.area) : ''));
    if (p.area && towns.get(looks(town(p.area))) === 1) shown.set(p.id, `${p.displayName} (${town(p.area)})`);
    else if (p.area && areas.get(looks(p.area)) === 1) shown.set(p.id, `${p.displayName} (${p.area})`);
    else {
      // Same name and same area: numbered in list order among those still alike.
      const alike = group.filter((q) => !(q.area && (towns.get(looks(town(q.area))) === 1 || areas.get(looks(q.area)) === 1)));
      shown.set(p.id, `${p.displayName} · ${alike.indexOf(p) + 1}`);
    }
  }
  // Someone may really be called "Ben · 2": number again until every label differs.
  const taken = new Set<string>();
  for (const [id, label] of shown) {
    let final = label;
    for (let n = 2; taken.has(looks(final)); n++) final = `${label} · ${n}`;
    taken.add(looks(final));
    shown.set(id, final);
  }
  return shown;
}

/**
 * Whether a sentence ending in `text` (a name, a title) still needs its full stop: "yes", or "no"
 * when the text ends in one already ("Dr. J."). Catalogue messages select on it (`$dot`).
 */
export const needsStop = (text: string): 'yes' | 'no' => (/[.!?…](\*\*)?$/.test(text) ? 'no' : 'yes');
