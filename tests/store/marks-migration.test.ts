import { describe, expect, it } from 'vitest';
import { newId, type PersonId, type SessionId } from '../../src/domain/ids.js';
import { keyOf, type Mark } from '../../src/domain/marks.js';
import { userKey } from '../../src/domain/platform.js';
import type { ActionDoc } from '../../src/store/mongo/ephemeral.model.js';
import { markFromDoc, markToDoc } from '../../src/store/mongo/marks.js';
import { markFromLegacyAction } from '../../src/store/mongo/marks-migration.js';
import { T0, hoursFrom } from '../support/fixtures.js';

/** Marks stored as actions before they had a collection of their own, in the shape they had then. */
const legacy = (_id: string, command: string, actorId: string | null, args: Record<string, unknown> = {}): ActionDoc => ({
  _id,
  actorId,
  command,
  args,
  createdAt: T0,
  expiresAt: hoursFrom(T0, 24 * 7),
});
const at = { createdAt: T0, expiresAt: hoursFrom(T0, 24 * 7) };

describe('MongoDB marks stored as actions before the marks collection', () => {
  it('GIVEN a spent question, a taken plan and an "Interested" DM mark WHEN migrated THEN each is the same mark under its new key', () => {
    const question = newId();
    const offer = newId();
    const session = newId<SessionId>();
    const member = newId<PersonId>();
    expect(markFromLegacyAction(legacy(`spent-${question}`, 'spent', null))).toEqual({ kind: 'question-spent', question, ...at });
    expect(markFromLegacyAction(legacy(`plan-taken-${offer}`, 'plan-taken', null, { session }))).toEqual({ kind: 'plan-taken', offer, session, ...at });
    expect(markFromLegacyAction(legacy(`interest-${session}-discord:4242`, 'interest-dm', member))).toEqual({
      kind: 'event-interest',
      session,
      user: userKey('discord', '4242'),
      personId: member,
      ...at,
    });
    // A session id may hold a dash itself: the account is what follows the last dash before its colon.
    expect(markFromLegacyAction(legacy('interest-ab-cd_ef-telegram:77', 'interest-dm', null))).toMatchObject({ session: 'ab-cd_ef', user: 'telegram:77', personId: null });
  });

  it('GIVEN short-lived legacy marks (link codes, shown lists, running-late notes) or ids that do not parse THEN none is moved', () => {
    const me = newId<PersonId>();
    expect(markFromLegacyAction(legacy('link-K7Q2MX', 'link', me))).toBeNull();
    expect(markFromLegacyAction(legacy(`list-sessions-${me}`, 'list', me, { ids: ['a'] }))).toBeNull();
    expect(markFromLegacyAction(legacy(`late-${newId()}-${me}`, 'late-notice', me))).toBeNull();
    expect(markFromLegacyAction(legacy('interest-nocolon', 'interest-dm', me))).toBeNull();
    expect(markFromLegacyAction(legacy('plan-taken-x', 'plan-taken', null, {}))).toBeNull();
    expect(markFromLegacyAction(legacy('spent-', 'spent', null))).toBeNull();
  });

  it('GIVEN a mark WHEN written as a document and read back THEN it is the same; a document under another key or of no known kind reads as none', () => {
    const mark: Mark = { kind: 'event-interest', session: newId<SessionId>(), user: userKey('telegram', '9'), personId: null, ...at };
    const doc = markToDoc(mark);
    expect(doc._id).toBe(keyOf(mark));
    expect(doc.personId).toBeNull();
    expect(markFromDoc(doc)).toEqual(mark);
    expect(markFromDoc({ ...doc, _id: 'event-interest:elsewhere' })).toBeNull();
    expect(markFromDoc({ ...doc, kind: 'sticky-note' })).toBeNull();
  });
});
