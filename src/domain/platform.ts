import type { Brand } from './ids.js';

/** The chat platforms Spotter speaks on. `console` is the offline terminal adapter. */
export const PLATFORMS = ['discord', 'telegram', 'console'] as const;
export type Platform = (typeof PLATFORMS)[number];
/** How a platform's name is spelled: it is a key prefix and a field name where platforms keep settings. */
export const PLATFORM_NAME = /^[a-z][a-z0-9-]{1,19}$/;

/** A person's account on one platform, namespaced: `discord:80351110224678912`. */
export type UserKey = Brand<string, 'UserKey'>;
/** A community (Discord guild, Telegram group) namespaced: `telegram:-1001234`. */
export type CommunityKey = Brand<string, 'CommunityKey'>;

export interface PlatformRef {
  readonly platform: Platform;
  readonly id: string;
}

const isPlatform = (value: string): value is Platform => (PLATFORMS as readonly string[]).includes(value);

function encode(ref: PlatformRef): string {
  if (!ref.id || /\s/.test(ref.id)) throw new Error(`invalid platform id "${ref.id}"`);
  return `${ref.platform}:${ref.id}`;
}

function decode(key: string): PlatformRef {
  const at = key.indexOf(':');
  const platform = key.slice(0, at);
  const id = key.slice(at + 1);
  if (at < 1 || !isPlatform(platform) || !id) throw new Error(`invalid platform key "${key}"`);
  return { platform, id };
}

export const userKey = (platform: Platform, id: string): UserKey => encode({ platform, id }) as UserKey;
export const communityKey = (platform: Platform, id: string): CommunityKey =>
  encode({ platform, id }) as CommunityKey;
export const decodeUserKey = (key: UserKey): PlatformRef => decode(key);
export const decodeCommunityKey = (key: CommunityKey): PlatformRef => decode(key);
