import { PLATFORMS, type Platform, type UserKey, userKey } from './domain/platform.js';

/** "discord:123, telegram:456" → user keys; used for OWNER_IDS. */
export function parseUserKeyList(value: string): { ok: true; value: UserKey[] } | { ok: false; error: string } {
  const keys: UserKey[] = [];
  for (const part of value.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [platform, id] = part.split(':');
    if (!platform || !id || !(PLATFORMS as readonly string[]).includes(platform))
      return { ok: false, error: 'comma-separated platform:user-id pairs like "discord:80351110224678912,telegram:12345"' };
    keys.push(userKey(platform as Platform, id));
  }
  return { ok: true, value: keys };
}
