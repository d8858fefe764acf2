import type { Lang } from '../domain/language.js';
import type { UserKey } from '../domain/platform.js';
import type { Profile } from '../domain/profile.js';
import type { Clock } from './deps.js';

/** How long a remembered choice is trusted: another process (a Discord shard) may have seen it change. */
export const CHOSEN_LANGUAGE_TTL_MS = 10 * 60_000;
/** At most this many accounts are remembered; the oldest remembered goes first. */
export const CHOSEN_LANGUAGES_MAX = 20_000;

interface Remembered {
  readonly language: Lang | null;
  readonly until: number;
}

/**
 * The language each account's person chose with /language (null: none, their platform's then),
 * for the words a platform adapter says on its own (an apology, a form's title, "these choices
 * expired"). Every event already reads the person for the dispatcher, and every change of their
 * profile goes through this service: both tell this memory, so asking it costs no store read
 * while nothing changed. An account not remembered is read once.
 */
export class ChosenLanguages {
  // A Map: keys are accounts, never looked up on a plain object.
  private readonly known = new Map<UserKey, Remembered>();

  constructor(
    private readonly read: (user: UserKey) => Promise<Pick<Profile, 'identities' | 'language'> | null>,
    private readonly clock: Clock,
    private readonly ttlMs = CHOSEN_LANGUAGE_TTL_MS,
    private readonly max = CHOSEN_LANGUAGES_MAX,
  ) {}

  /** The person as just read or written: every account of theirs now answers with their choice. */
  note(person: Pick<Profile, 'identities' | 'language'>): void {
    const until = this.clock().getTime() + this.ttlMs;
    for (const key of person.identities) this.keep(key, { language: person.language, until });
  }

  /** Accounts whose person is gone (erased): asked again, they are read again. */
  forget(identities: readonly UserKey[]): void {
    for (const key of identities) this.known.delete(key);
  }

  /** The language the account's person chose, or null when they chose none or are unknown. */
  async of(user: UserKey): Promise<Lang | null> {
    const hit = this.known.get(user);
    if (hit && hit.until > this.clock().getTime()) return hit.language;
    const person = await this.read(user);
    if (!person) {
      // Nobody yet: remembered as no choice, until their first event creates them and says otherwise.
      this.keep(user, { language: null, until: this.clock().getTime() + this.ttlMs });
      return null;
    }
    this.note(person);
    return person.language;
  }

  /**
   * What is remembered, without waiting for the store (undefined: not known now). For words that
   * must go out at once, before any read (Discord's modals): an account not remembered is read in
   * the background, so its next question is answered.
   */
  peek(user: UserKey): Lang | null | undefined {
    const hit = this.known.get(user);
    if (hit && hit.until > this.clock().getTime()) return hit.language;
    // Nothing to wait for or report: a failed read just leaves the account unknown.
    this.of(user).catch(() => {});
    return undefined;
  }

  private keep(key: UserKey, entry: Remembered): void {
    // Re-inserted at the end, so the Map's first key is always the one remembered longest ago.
    this.known.delete(key);
    this.known.set(key, entry);
    if (this.known.size > this.max) {
      const oldest = this.known.keys().next();
      if (!oldest.done) this.known.delete(oldest.value);
    }
  }
}
