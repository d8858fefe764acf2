import { randomBytes } from 'node:crypto';

declare const brand: unique symbol;
/** A string that the type system keeps apart from other strings of a different meaning. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type PersonId = Brand<string, 'PersonId'>;
export type CommunityId = Brand<string, 'CommunityId'>;
export type SessionId = Brand<string, 'SessionId'>;
export type JoinRequestId = Brand<string, 'JoinRequestId'>;
export type ConnectionId = Brand<string, 'ConnectionId'>;
export type MessageId = Brand<string, 'MessageId'>;
export type ReportId = Brand<string, 'ReportId'>;
export type AuditId = Brand<string, 'AuditId'>;
export type ActionId = Brand<string, 'ActionId'>;
export type NoticeId = Brand<string, 'NoticeId'>;

/**
 * Cryptographic random bytes drawn a few kilobytes at a time: a `/match` list makes a dozen ids,
 * and each draw from the system costs more than slicing a buffer (each byte is still used once).
 */
const RANDOM_BATCH = 4096;
let random = Buffer.alloc(0);
let used = 0;

/** Random, URL- and callback-data-safe ids (a platform may cap a button's data at 64 bytes). */
export function newId<T extends string>(bytes = 12): T {
  if (bytes > RANDOM_BATCH) return randomBytes(bytes).toString('base64url') as T;
  if (used + bytes > random.length) {
    random = randomBytes(RANDOM_BATCH);
    used = 0;
  }
  used += bytes;
  return random.toString('base64url', used - bytes, used) as T;
}
