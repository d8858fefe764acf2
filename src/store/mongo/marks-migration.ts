import type { Model } from 'mongoose';
import type { PersonId, SessionId } from '../../domain/ids.js';
import type { Mark } from '../../domain/marks.js';
import { PLATFORM_NAME, type UserKey } from '../../domain/platform.js';
import type { ActionDoc } from './ephemeral.model.js';
import { markFromDoc, markToDoc, type MarkDoc } from './marks.js';

/**
 * Before marks had their own collection they were stored as actions that no button carried.
 * Those that live long are moved: a spent question lives as long as its button (a week or more;
 * lost, a second press of a confirmation would run it again), an "Interested" DM mark and a taken
 * plan until their session ends. The short-lived ones (link codes: 15 minutes; shown lists: a
 * day; running-late notes: minutes) are deleted: at worst a code is made again or a list shown
 * again. Runs when the store opens; a document already moved is not found a second time.
 */
const LEGACY = [
  { command: 'spent', _id: /^spent-/ },
  { command: 'interest-dm', _id: /^interest-/ },
  { command: 'plan-taken', _id: /^plan-taken-/ },
  // A button of /link is an action with that command too: only the ids codes were kept under.
  { command: 'link', _id: /^link-/ },
  { command: 'list', _id: /^list-/ },
  { command: 'late-notice', _id: /^late-/ },
];

/** The mark a legacy action stood for, or null when it is one of the short-lived ones (or unreadable). */
export function markFromLegacyAction(doc: ActionDoc): Mark | null {
  const at = { createdAt: new Date(doc.createdAt), expiresAt: new Date(doc.expiresAt) };
  const rest = (prefix: string) => (doc._id.startsWith(prefix) ? doc._id.slice(prefix.length) : '');
  let mark: Mark | null = null;
  if (doc.command === 'spent') mark = { kind: 'question-spent', question: rest('spent-'), ...at };
  else if (doc.command === 'plan-taken') {
    const session: unknown = doc.args?.session;
    if (typeof session === 'string') mark = { kind: 'plan-taken', offer: rest('plan-taken-'), session: session as SessionId, ...at };
  }
  else if (doc.command === 'interest-dm') {
    // `interest-<session id>-<platform>:<account>`: platform names Spotter runs on have no dash.
    const about = rest('interest-');
    const dash = about.lastIndexOf('-', about.indexOf(':'));
    const user = about.slice(dash + 1);
    if (dash > 0 && PLATFORM_NAME.test(user.slice(0, user.indexOf(':'))))
      mark = { kind: 'event-interest', session: about.slice(0, dash) as SessionId, user: user as UserKey, personId: (doc.actorId ?? null) as PersonId | null, ...at };
  }
  // Checked as any mark read back is: an id that did not parse gives no mark.
  return mark && markFromDoc(markToDoc(mark)) ? mark : null;
}

/** Moves the live long-lived legacy marks into `marks` and deletes every legacy mark from `actions`. */
export async function migrateLegacyMarks(actions: Model<ActionDoc>, marks: Model<MarkDoc>, now: Date): Promise<number> {
  const legacy = await actions
    .find({ $or: LEGACY, expiresAt: { $gt: now } })
    .lean<ActionDoc[]>()
    .exec();
  const moved = legacy.map(markFromLegacyAction).filter((m): m is Mark => m !== null);
  if (moved.length > 0)
    // Inserted only where no mark is yet: one made since (by this version) is newer and wins.
    await marks.bulkWrite(
      moved.map((m) => {
        const { _id, ...rest } = markToDoc(m);
        return { updateOne: { filter: { _id }, update: { $setOnInsert: rest }, upsert: true } };
      }),
      { ordered: false },
    );
  await actions.deleteMany({ $or: LEGACY }).exec();
  return moved.length;
}
