import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EPHEMERAL, type FakeMessage, messageText } from '../../fakes/discord/index.js';
import { DiscordWorld, type Person } from './world.js';

let w: DiscordWorld;
let alice: Person;
let bob: Person;

beforeAll(async () => {
  w = await DiscordWorld.start();
  alice = w.person('Alice');
  bob = w.person('Bob');
  await w.profile(alice, { place: 'Berlin, DE', activities: 'running, yoga' });
  await w.profile(bob, { place: 'Berlin, DE', activities: 'running', bio: 'Parkrun every Saturday' });
});
beforeEach(() => w.isolate());
afterAll(async () => {
  await w?.stop();
});

const lastDm = (p: Person): FakeMessage => w.lastDm(p);

describe('buddies on Discord', () => {
  it('GIVEN two runners in Berlin WHEN one runs /match THEN the answer is deferred, then shows the other with a reason and a Connect button, only to them', async () => {
    const ix = await w.slash(alice.here, 'match');

    expect(ix.ack?.type).toBe(5); // `match` is slow: deferred first…
    expect(ix.original?.flags ?? 0).toBe(EPHEMERAL); // …privately, and edited with the result
    const shown = w.lastShown(ix);
    expect(messageText(shown)).toContain('Bob');
    expect(messageText(shown)).toMatch(/run/i);
    expect(messageText(shown)).toMatch(/Connect with #1 Bob/);
    expect(messageText(shown)).not.toMatch(/\d+\.\d{3,}/); // never coordinates
  });

  it('GIVEN a match WHEN the person presses Connect and the other accepts from their DM THEN both are told, by DM', async () => {
    const match = await w.slash(alice.here, 'match');
    const connect = await w.click(alice.here, w.lastShown(match), /Connect with #1 Bob/);
    expect(w.text(connect)).toMatch(/Buddy request sent to \*\*Bob\*\*/);

    const request = lastDm(bob);
    expect(messageText(request)).toContain('New buddy request');
    const accept = await w.click(bob.dm, request, 'Accept');
    expect(w.text(accept)).toMatch(/Alice/);

    const told = lastDm(alice);
    expect(messageText(told)).toContain('Buddy request accepted');
    expect(messageText(told)).toContain('Bob');
    expect(w.errors()).toEqual([]);
  });

  it('GIVEN buddies WHEN one sends a message through the Message button and a modal THEN it arrives as a DM with Reply, and the reply goes back the same way', async () => {
    const accepted = lastDm(alice);
    const asked = await w.click(alice.dm, accepted, 'Message');
    const question = w.lastShown(asked);
    const opened = await w.click(alice.dm, question, 'Answer');
    expect(opened.ack?.type).toBe(9);
    const sent = await w.submit(alice.dm, opened, { answer: 'Run on Saturday at 9?' });
    expect(w.text(sent)).toMatch(/Sent to \*\*Bob\*\*/);

    const relayed = lastDm(bob);
    expect(messageText(relayed)).toContain('Message from Alice');
    expect(messageText(relayed)).toContain('Run on Saturday at 9?');

    // Reply opens the box at once (one step), capped at the message limit Spotter keeps.
    const replyModal = await w.click(bob.dm, relayed, 'Reply');
    expect(replyModal.ack?.type).toBe(9);
    const input = (replyModal.modal?.components?.[0] as { component?: { max_length?: number } } | undefined)?.component;
    expect(input?.max_length).toBe(1000);
    const replied = await w.submit(bob.dm, replyModal, { answer: 'Deal, see you at the gate.' });
    expect(w.text(replied)).toMatch(/Sent to \*\*Alice\*\*/);
    expect(messageText(lastDm(alice))).toContain('Deal, see you at the gate.');
    // And it answers Alice's message: hers is quoted above the reply.
    expect(messageText(lastDm(alice))).toContain('> Run on Saturday at 9?');
  });

  it('GIVEN buddies WHEN one runs /msg naming the buddy but not the text THEN a modal asks for the text AND the message is relayed', async () => {
    await w.slash(bob.here, 'buddies');
    const opened = await w.slash(bob.here, 'msg', { person: '1' });
    expect(opened.ack?.type).toBe(9);
    expect(opened.modal?.title).toBe('/msg');

    const sent = await w.submit(bob.here, opened, { text: 'Bringing a friend, ok?' });
    expect(w.text(sent)).toMatch(/Sent to \*\*Alice\*\*/);
    expect(messageText(lastDm(alice))).toContain('Bringing a friend, ok?');
    expect(w.errors()).toEqual([]);
  });
});
