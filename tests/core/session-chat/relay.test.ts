import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CORE_SETTINGS } from '../../../src/core/deps.js';
import type { Reply } from '../../../src/interaction/reply.js';
import { type Actor, Harness, runner, textOf } from '../../support/harness.js';
import { createSession, notification } from '../sessions/helpers.js';

const DAY = 86_400_000;
const COMMUNITY = 'berlin-runners';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => h.assertNoCoordinatesLeaked());

/** Seats `who` in the session: they ask, the host accepts from the notification. */
async function seat(host: Actor, who: Actor, sessionId: string): Promise<void> {
  await who.run('join', sessionId);
  await host.press(host.button('Accept', [notification(host, new RegExp(`\\*\\*${who.name}\\*\\*.*wants to join`))]));
  expect(host.last?.outcome, host.text()).toBe('ok');
}

const chatMessages = (a: Actor): Reply[] => a.inbox().filter((r) => /^.+ in .+$/.test(r.title ?? '') && (r.buttons ?? []).flat().some((b) => b.label === 'Report'));

async function crew(capacity = 2) {
  const hana = await runner(h, 'Hana', { community: COMMUNITY });
  const ben = await runner(h, 'Ben', { community: COMMUNITY });
  const cat = await runner(h, 'Cat', { community: COMMUNITY });
  const dan = await runner(h, 'Dan', { community: COMMUNITY });
  const s = await createSession(h, hana, `activity: running when: tomorrow 7am place: Berlin, DE capacity: ${capacity} title: Morning 10k`);
  return { hana, ben, cat, dan, s };
}

describe('a chat for every session, relayed through private chats', () => {
  it('GIVEN a new session WHEN the first seat is taken THEN the host and that participant are told the chat is open, later seats are let in and announced', async () => {
    const { hana, ben, cat, s } = await crew();
    expect(hana.inbox().filter((r) => /Chat open/.test(r.title ?? ''))).toEqual([]);

    await seat(hana, ben, s.id);
    const opened = notification(ben, /Chat open: Morning 10k/);
    expect(textOf(opened)).toContain('In the chat: **Hana**.');
    expect(textOf(notification(hana, /Chat open: Morning 10k/))).toContain('In the chat: **Ben**.');

    await seat(hana, cat, s.id);
    expect(textOf(notification(cat, /Chat open/))).toContain('In the chat: **Hana**, **Ben**.');
    expect(ben.lastInbox().text).toBe('**Cat** has a seat in **Morning 10k** now and joins the chat.');
    // The host heard of the seat from the sessions side; the chat adds no second notice.
    expect(hana.inbox().filter((r) => /joins the chat/.test(r.text))).toEqual([]);
  });

  it('GIVEN seated members WHEN one writes "/session-chat 1 see you there" THEN every other member gets it with Reply, Report and Block, and it is kept for the retention period', async () => {
    const { hana, ben, cat, s } = await crew();
    await seat(hana, ben, s.id);
    await seat(hana, cat, s.id);
    await ben.run('my-sessions');
    const out = await ben.run('session-chat', '1 see you there');
    expect(out.outcome, ben.text()).toBe('ok');
    expect(ben.last!.replies[0]!.text).toBe('Sent to the chat of **Morning 10k**.');

    for (const member of [hana, cat]) {
      const got = member.lastInbox();
      expect(got.title).toBe('Ben in Morning 10k');
      expect(got.text).toBe('see you there');
      expect(got.buttons?.flat().map((b) => b.label)).toEqual(['Reply', 'Report', 'Block']);
    }
    expect(chatMessages(ben)).toEqual([]);
    const [stored] = await h.store.sessionChat.listForSession(s.id, h.now, 10);
    expect(stored).toMatchObject({ fromId: await ben.id(), toIds: [await hana.id(), await cat.id()], body: 'see you there', replyToId: null });
    expect(stored!.expiresAt.getTime() - h.now.getTime()).toBe(DEFAULT_CORE_SETTINGS.messageRetentionDays * DAY);
  });

  it('GIVEN a relayed chat message WHEN Cat answers with its Reply button THEN everyone gets the answer and Ben sees the message it answers', async () => {
    const { hana, ben, cat, s } = await crew();
    await seat(hana, ben, s.id);
    await seat(hana, cat, s.id);
    await ben.runWith('session-chat', { session: s.id, message: 'Meet at the north gate?' });
    const reply = cat.button('Reply', [cat.lastInbox()]);
    expect(reply.form).toEqual({ option: 'message', label: 'Your reply', max: 1000 });
    const out = await cat.send({ kind: 'action', id: reply.action, value: 'Yes, 6:55', option: 'message' });
    expect(out.outcome, cat.text()).toBe('ok');
    expect(ben.lastInbox().text).toBe('> Meet at the north gate?\n\nYes, 6:55');
    expect(hana.lastInbox().text).toBe('Yes, 6:55');
  });

  it('GIVEN the chat-open notice WHEN its "Write to the group" button is pressed with a message THEN it goes to the group', async () => {
    const { hana, ben, s } = await crew();
    await seat(hana, ben, s.id);
    const write = hana.button('Write to the group', [notification(hana, /Chat open/)]);
    expect(write.form).toMatchObject({ option: 'message' });
    await hana.send({ kind: 'action', id: write.action, value: 'Bring a headlamp', option: 'message' });
    expect(ben.lastInbox()).toMatchObject({ title: 'Hana in Morning 10k', text: 'Bring a headlamp' });
  });

  it('GIVEN a full session with a waitlist WHEN the waitlisted person writes THEN they are told the chat is for seats, and never receive its messages', async () => {
    const { hana, ben, dan, s } = await crew(1);
    await seat(hana, ben, s.id);
    await seat(hana, dan, s.id);
    expect(textOf(dan.lastInbox())).toMatch(/waitlist/i);
    await dan.runWith('session-chat', { session: s.id, message: 'Can I come anyway?' });
    expect(dan.last?.outcome).toBe('user-error');
    expect(dan.text()).toContain("You're on the waitlist for **Morning 10k**: its chat opens to you when you get a seat.");
    await ben.runWith('session-chat', { session: s.id, message: 'Only us two then' });
    expect(chatMessages(dan)).toEqual([]);
    expect(dan.inbox().filter((r) => /Chat open/.test(r.title ?? ''))).toEqual([]);

    // A stranger is not in the chat either.
    const eve = await runner(h, 'Eve', { community: COMMUNITY });
    await eve.runWith('session-chat', { session: s.id, message: 'hello?' });
    expect(eve.text()).toContain('The chat of **Morning 10k** is for its host and the people with a seat.');

    // Ben leaves: Dan moves up and is let in, and hears what is said from now on.
    await ben.run('leave', s.id);
    expect(textOf(notification(dan, /Chat open/))).toContain('In the chat: **Hana**.');
    await hana.runWith('session-chat', { session: s.id, message: 'Welcome Dan' });
    expect(dan.lastInbox().text).toBe('Welcome Dan');
    expect(chatMessages(ben).filter((r) => r.text === 'Welcome Dan')).toEqual([]);
  });

  it('GIVEN Cat blocked Ben WHEN either writes to the chat THEN the other never gets it, nor hears the other come and go, while the host gets both', async () => {
    const { hana, ben, cat, dan, s } = await crew(3);
    await seat(hana, ben, s.id);
    await cat.run('block', await ben.id());
    await seat(hana, cat, s.id);
    expect(textOf(notification(cat, /Chat open/))).toContain('In the chat: **Hana**.');
    expect(ben.inbox().filter((r) => /Cat/.test(r.text))).toEqual([]);

    await ben.runWith('session-chat', { session: s.id, message: 'from Ben' });
    await cat.runWith('session-chat', { session: s.id, message: 'from Cat' });
    expect(chatMessages(hana).map((r) => r.text)).toEqual(['from Ben', 'from Cat']);
    expect(chatMessages(cat)).toEqual([]);
    expect(chatMessages(ben)).toEqual([]);
    const stored = await h.store.sessionChat.listForSession(s.id, h.now, 10);
    expect(stored.map((m) => m.toIds)).toEqual([[await hana.id()], [await hana.id()]]);

    await seat(hana, dan, s.id);
    await ben.run('leave', s.id);
    expect(dan.lastInbox().text).toBe('**Ben** gave up their seat in **Morning 10k** and left the chat.');
    expect(cat.inbox().filter((r) => /Ben/.test(r.text))).toEqual([]);
  });

  it('GIVEN a chat message WHEN its recipient reports it THEN the report names the message; nobody else may report it', async () => {
    const { hana, ben, dan, s } = await crew();
    await seat(hana, ben, s.id);
    await ben.runWith('session-chat', { session: s.id, message: 'rude words' });
    const report = hana.button('Report', [hana.lastInbox()]);
    await hana.send({ kind: 'action', id: report.action, value: 'insulting', option: 'reason' });
    expect(hana.last?.outcome, hana.text()).toBe('ok');
    const [filed] = await h.store.reports.listOpen(s.communityId!, 10);
    expect(filed).toMatchObject({ reporterId: await hana.id(), target: { kind: 'message', authorId: await ben.id(), excerpt: 'rude words' } });

    const [stored] = await h.store.sessionChat.listForSession(s.id, h.now, 1);
    await dan.runWith('report', { message: stored!.id, reason: 'not mine' });
    expect(dan.last?.outcome).toBe('user-error');
  });

  it('GIVEN a session WHEN it is cancelled, or ended more than a day ago THEN its chat takes no more messages; bad input is answered plainly', async () => {
    const { hana, ben, s } = await crew();
    await hana.runWith('session-chat', { session: s.id, message: 'anyone?' });
    expect(hana.text()).toContain('Nobody has a seat in **Morning 10k** yet');
    await seat(hana, ben, s.id);
    // Nothing but blanks is no message: nothing is relayed.
    await ben.runWith('session-chat', { session: s.id, message: '   ' });
    expect(chatMessages(hana)).toEqual([]);
    await ben.runWith('session-chat', { session: s.id, message: 'x'.repeat(1001) });
    expect(ben.last?.outcome).toBe('user-error');

    h.advance(2 * DAY + 2 * 3_600_000);
    await ben.runWith('session-chat', { session: s.id, message: 'thanks all' });
    expect(ben.text()).toContain('The chat of **Morning 10k** is closed');
  });
});
