import { describe, expect, it } from 'vitest';
import { classifyMongodFailure } from '../../src/store/mongod-failure.js';
import { checkServerVersion, MongoVersionError } from '../../src/store/mongo/version.js';

describe("reading why mongod wouldn't start", () => {
  const cases: [string, string[], string, RegExp][] = [
    [
      'a held lock (JSON log, 5.0+)',
      ['{"s":"E","c":"CONTROL","id":20557,"msg":"DBException in initAndListen, terminating","attr":{"error":"DBPathInUse: Unable to lock the lock file: /d/mongod.lock (Resource temporarily unavailable). Another mongod instance is already running on the /d directory"}}'],
      'lock-held',
      /^DBPathInUse: Unable to lock the lock file/,
    ],
    [
      'a held lock (JSON log, 4.4)',
      ['{"s":"I","c":"STORAGE","id":20557,"msg":"exception in initAndListen: {e}, terminating","attr":{"e":"DBPathInUse: Unable to lock the lock file: /d/mongod.lock (Resource temporarily unavailable)."}}'],
      'lock-held',
      /^DBPathInUse/,
    ],
    ['a held lock (plain log, 2.x)', ['Mon Nov  2 19:00:35 [initandlisten] exception in initAndListen: 10310 Unable to lock file: /d/mongod.lock. Is a mongod instance already running?, terminating'], 'lock-held', /10310/],
    [
      'files of an older version',
      ['{"s":"F","c":"CONTROL","id":20573,"msg":"Wrong mongod version","attr":{"error":"UPGRADE PROBLEM: Found an invalid featureCompatibilityVersion document (ERROR: Location4926900: …)"}}', '***aborting after fassert() failure'],
      'incompatible-files',
      /^UPGRADE PROBLEM/,
    ],
    ['files of another storage engine', ["exception in initAndListen: 28662 Cannot start server. Detected data files in /d created by the 'mmapv1' storage engine, but the specified storage engine was 'wiredTiger'., terminating"], 'incompatible-files', /mmapv1/],
    ['a full disk', ['{"s":"F","c":"STORAGE","id":28595,"msg":"Terminating.","attr":{"reason":"28: No space left on device"}}'], 'no-space', /^28: No space left on device$/],
    [
      'a full disk (WiredTiger)',
      ['{"s":"E","c":"WT","id":22435,"msg":"WiredTiger error message","attr":{"error":28,"message":{"msg":"__posix_file_write:542:/d/WiredTiger.turtle.set: handle-write: pwrite: failed to write 1291 bytes","error_str":"No space left on device","error_code":28}}}'],
      'no-space',
      /failed to write 1291 bytes: No space left on device$/,
    ],
    ['an unwritable directory', ['exception in initAndListen: 98 Unable to create/open lock file: /d/mongod.lock errno:13 Permission denied Is a mongod instance already running?, terminating'], 'permission', /Permission denied/],
  ];
  for (const [what, output, kind, detail] of cases)
    it(`GIVEN mongod's output for ${what} WHEN classified THEN it is "${kind}"`, () => {
      const failure = classifyMongodFailure(output, 'Instance closed unexpectedly with code "100" and signal "null"');
      expect(failure.kind).toBe(kind);
      expect(failure.detail).toMatch(detail);
    });

  it('GIVEN nothing recognisable WHEN classified THEN "other" with the last severe line, else the error', () => {
    expect(classifyMongodFailure(['{"s":"I","msg":"fine"}', '{"s":"E","msg":"Something odd","attr":{"error":"Weird: thing"}}'], 'closed')).toEqual({ kind: 'other', detail: 'Weird: thing' });
    expect(classifyMongodFailure([], 'Instance failed to start within 10000ms')).toEqual({ kind: 'other', detail: 'Instance failed to start within 10000ms' });
  });

  it('GIVEN a lock message among normal start-up lines WHEN classified THEN the lock wins, and the detail stays one short line', () => {
    const long = `DBPathInUse: ${'x'.repeat(500)}`;
    const failure = classifyMongodFailure(['{"s":"I","msg":"MongoDB starting"}', JSON.stringify({ s: 'E', msg: 'DBException in initAndListen, terminating', attr: { error: long } })], '');
    expect(failure.kind).toBe('lock-held');
    expect(failure.detail.length).toBeLessThanOrEqual(300);
  });
});

describe('the MongoDB server version check', () => {
  it('GIVEN a server older than 6.0 WHEN connected THEN start-up is refused naming its version and the minimum', () => {
    for (const version of ['5.0.14', '4.4.29', '3.6.23', '5.3.1-rc0']) {
      const checked = checkServerVersion(version);
      expect(checked).toEqual({ ok: false, error: { found: version, minimum: '6.0' } });
      if (!checked.ok) {
        const message = new MongoVersionError(checked.error).message;
        expect(message).toContain(`MongoDB ${version} is too old`);
        expect(message).toContain('6.0 or newer');
      }
    }
  });

  it('GIVEN 6.0 or newer WHEN connected THEN start-up goes on', () => {
    for (const version of ['6.0.0', '6.0.19', '7.0.2-rc1', '8.2.6', '10.0.0']) expect(checkServerVersion(version)).toEqual({ ok: true, value: undefined });
  });
});
