import type { Brand } from './ids.js';

/**
 * A chat platform Spotter speaks on, by the name its plug-in registers (`bots/index.ts`). The
 * domain names none of them: a name is any that is spelled like one.
 */
export type Platform = string;
/** How a platform's name is spelled: it is a key prefix and a field name where platforms keep settings. */
export const PLATFORM_NAME = /^[a-z][a-z0-9-]{1,19}$/;

/** A person's account on one platform, namespaced: `<platform>:<their id there>`. */
export type UserKey = Brand<string, 'UserKey'>;
/** A community (a server, a group) namespaced: `<platform>:<its id there>`. */
export type CommunityKey = Brand<string, 'CommunityKey'>;

export interface PlatformRef {
  readonly platform: Platform;
  readonly id: string;
}

export const isPlatformName = (value: string): boolean => PLATFORM_NAME.test(value);

function encode(ref: PlatformRef): string {
  if (!isPlatformName(ref.platform)) throw new Error(`invalid platform name "${ref.platform}"`);
  if (!ref.id || /\s/.test(ref.id)) throw new Error(`invalid platform id "${ref.id}"`);
  return `${ref.platform}:${ref.id}`;
}

function decode(key: string): PlatformRef {
  const at = key.indexOf(':');
  const platform = key.slice(0, at);
  const id = key.slice(at + 1);
  if (at < 1 || !isPlatformName(platform) || !id) throw new Error(`invalid platform key "${key}"`);
  return { platform, id };
}

export const userKey = (platform: Platform, id: string): UserKey => encode({ platform, id }) as UserKey;
export const communityKey = (platform: Platform, id: string): CommunityKey =>
  encode({ platform, id }) as CommunityKey;
export const decodeUserKey = (key: UserKey): PlatformRef => decode(key);
export const decodeCommunityKey = (key: CommunityKey): PlatformRef => decode(key);
