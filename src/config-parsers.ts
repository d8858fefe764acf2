import { type UserKey, userKey } from './domain/platform.js';

/** "<platform>:<id>, …" → user keys, each platform one of `platforms` (the registered plug-ins); used for OWNER_IDS. */
export function parseUserKeyList(value: string, platforms: readonly string[]): { ok: true; value: UserKey[] } | { ok: false; error: string } {
  const keys: UserKey[] = [];
  for (const part of value.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [platform, id] = part.split(':');
    if (!platform || !id || !platforms.includes(platform) || /\s/.test(id))
      return { ok: false, error: `comma-separated platform:user-id pairs like "${platforms[0] ?? 'platform'}:12345", each platform one of: ${platforms.join(', ') || 'none configured'}` };
    keys.push(userKey(platform, id));
  }
  return { ok: true, value: keys };
}
