import { describe, expect, it } from 'vitest';
import { communityKey, decodeCommunityKey, decodeUserKey, type UserKey, userKey } from '../../src/domain/platform.js';

describe('namespaced platform ids', () => {
  it.each([
    ['discord', '80351110224678912'],
    ['telegram', '123456789'],
    ['telegram', '-1001234567890'],
    ['console', 'ana'],
  ] as const)('GIVEN a %s id %s WHEN encoded and decoded THEN it round-trips', (platform, id) => {
    expect(decodeUserKey(userKey(platform, id))).toEqual({ platform, id });
    expect(decodeCommunityKey(communityKey(platform, id))).toEqual({ platform, id });
    expect(userKey(platform, id)).toBe(`${platform}:${id}`);
  });

  it('GIVEN a key whose platform is not spelled like a platform name, or without an id WHEN decoded THEN it is refused', () => {
    expect(() => decodeUserKey('Slack!:1' as UserKey)).toThrow(/invalid platform key/);
    expect(() => decodeUserKey('discord:' as UserKey)).toThrow(/invalid platform key/);
    expect(() => userKey('discord', 'has space')).toThrow(/invalid platform id/);
  });
});
