import { MongoServerError } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { StoreConflict } from '../../src/store/port.js';
import { conflictOf, guarded } from '../../src/store/mongo/errors.js';
import { JOIN_REQUEST_UNIQUE } from '../../src/store/mongo/social.model.js';

/**
 * The MongoDB side of the join-request conflict, without a server: the duplicate-key errors the
 * partial unique index `sessionId_requesterId_live_unique` raises (on insert, and on the
 * findAndModify of a transition into a live status) become StoreConflict('live-join-request'),
 * the error the in-memory store throws for the same writes.
 */
const INDEX = 'sessionId_requesterId_live_unique';
const errmsg = `E11000 duplicate key error collection: spotter.join_requests index: ${INDEX} dup key: { sessionId: "s1", requesterId: "p1" }`;

/** What the server answers a findAndModify (findOneAndUpdate) that would break the index. */
const findAndModifyError = () =>
  new MongoServerError({
    ok: 0,
    errmsg,
    code: 11000,
    codeName: 'DuplicateKey',
    keyPattern: { sessionId: 1, requesterId: 1 },
    keyValue: { sessionId: 's1', requesterId: 'p1' },
  });

describe('MongoDB duplicate keys of the live join-request index', () => {
  it('GIVEN an insert or a transition refused by the partial unique index WHEN mapped THEN StoreConflict(live-join-request)', () => {
    expect(conflictOf(findAndModifyError(), JOIN_REQUEST_UNIQUE)?.rule).toBe('live-join-request');
  });

  it('GIVEN an older server that names only the index in its message WHEN mapped THEN the same rule', () => {
    const bare = new MongoServerError({ ok: 0, errmsg, code: 11000 });
    expect(conflictOf(bare, JOIN_REQUEST_UNIQUE)?.rule).toBe('live-join-request');
  });

  it('GIVEN a duplicate _id or any other error WHEN mapped THEN id, or left alone', async () => {
    const dupId = new MongoServerError({ ok: 0, errmsg: 'E11000 ... index: _id_ dup key', code: 11000, keyPattern: { _id: 1 } });
    expect(conflictOf(dupId, JOIN_REQUEST_UNIQUE)?.rule).toBe('id');
    expect(conflictOf(new MongoServerError({ ok: 0, errmsg: 'not primary', code: 10107 }), JOIN_REQUEST_UNIQUE)).toBeNull();
    await expect(guarded(JOIN_REQUEST_UNIQUE, () => Promise.reject(findAndModifyError()))).rejects.toEqual(new StoreConflict('live-join-request'));
    await expect(guarded(JOIN_REQUEST_UNIQUE, () => Promise.reject(new Error('network')))).rejects.toThrow('network');
  });
});
