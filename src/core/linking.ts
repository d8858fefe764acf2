import { randomInt } from 'node:crypto';
import { handleOf, withHandle } from '../domain/handles.js';
import { markKeys } from '../domain/marks.js';
import { decodeUserKey } from '../domain/platform.js';
import { phrase } from '../domain/phrase.js';
import type { Profile } from '../domain/profile.js';
import { err, ok, type Result, userError } from '../result.js';
import { limitedError, wrongLinkCodeError } from './limits.js';
import type { CoreDeps } from './deps.js';

const CODE_TTL_MS = 15 * 60_000;
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * One person, several platforms: a code made on one platform and typed on another moves the
 * second account onto the first profile, so matches, buddies and sessions follow the person.
 */
export class LinkingService {
  constructor(private readonly deps: CoreDeps) {}

  async createCode(me: Profile): Promise<string> {
    const code = Array.from({ length: 6 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    const now = this.deps.clock();
    await this.deps.store.marks.put({ kind: 'link-code', code, personId: me.id, createdAt: now, expiresAt: new Date(now.getTime() + CODE_TTL_MS) });
    return code;
  }

  /**
   * Links the account `me` is using to the profile that made `code`. The profile `me` had on
   * this account is replaced (erased) when it is not the same one.
   */
  async redeem(me: Profile, code: string, currentKey: Profile['identities'][number]): Promise<Result<Profile>> {
    const { store, clock, limits } = this.deps;
    const normalised = code.trim().toUpperCase();
    if (!/^[A-Z0-9]{6}$/.test(normalised)) return err(userError('invalid-input', phrase('link-code-shape')));
    // A locked person's code is not even looked up: while locked, guessing learns nothing.
    const unlocked = await limits.linkLocked(me.id);
    if (!unlocked.ok) return err(limitedError(unlocked.error));
    const made = await store.marks.get(markKeys.linkCode(normalised), clock());
    if (!made) {
      const counted = await limits.wrongLinkCode(me.id);
      return err(counted.ok ? wrongLinkCodeError(counted.value.left, counted.value.lock) : limitedError(counted.error));
    }
    await limits.clearLinkCodes(me.id);
    if (made.personId === me.id) return err(userError('invalid-input', phrase('link-code-own')));
    const target = await store.people.get(made.personId);
    if (!target) return err(userError('not-found', phrase('link-profile-gone')));
    const platform = decodeUserKey(currentKey).platform;
    if (target.identities.some((k) => decodeUserKey(k).platform === platform))
      return err(userError('conflict', phrase('link-platform-taken', { platform: phrase(`link-platform-${platform}`) })));
    // Used up atomically: of two accounts typing the code at once, one links.
    if (!(await store.marks.take(markKeys.linkCode(normalised), clock()))) return err(userError('not-found', phrase('link-code-used')));
    // The account leaves its old profile first, so the identity is free to join the target.
    await store.communities.bindBans(me.id, me.identities);
    await store.erasePerson(me.id, clock());
    let linked = await store.people.update(target.id, { identities: [...target.identities, currentKey] }, clock());
    if (!linked) return err(userError('not-found', phrase('link-profile-gone')));
    // The account's handle comes along: people who knew it by that handle still find the person.
    const handle = handleOf(me.handles, currentKey);
    if (handle && (await store.people.setHandle(linked.id, currentKey, handle))) linked = { ...linked, handles: withHandle(linked.handles, currentKey, handle) };
    // A ban on either account now holds the whole person, on every account.
    await store.communities.bindBans(linked.id, linked.identities);
    return ok(linked);
  }
}
