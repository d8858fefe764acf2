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

/** Random, URL- and callback-data-safe ids (a platform may cap a button's data at 64 bytes). */
export function newId<T extends string>(bytes = 12): T {
  return randomBytes(bytes).toString('base64url') as T;
}
