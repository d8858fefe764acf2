import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonId } from '../../../src/domain/ids.js';
import { userKey } from '../../../src/domain/platform.js';
import type { WorkoutSession } from '../../../src/domain/session.js';
import { type FakeThread, messageText } from '../../fakes/discord/index.js';
import { DiscordWorld, type Person } from './world.js';

let w: DiscordWorld;
let mod: Person;
let host: Person;
let carol: Person;
let dora: Person;
let eve: Person;

beforeAll(async () => {
  w = await DiscordWorld.start();
  mod = w.person('Mona', { manageGuild: true });
  host = w.person('Hanna');
  carol = w.person('Carol');
  dora = w.person('Dora');
  eve = w.person('Eve');
  for (const p of [host, carol, dora, eve]) await w.profile(p, { place: 'Berlin, DE' });
  await w.slash(mod.here, 'mod-settings', { 'announce-channel': w.fake.channelId(w.guild, 'sessions') });
});
afterAll(async () => {
  await w?.stop();
});

const idOf = async (p: Person): Promise<PersonId> => (await w.store.people.findByIdentity(userKey('discord', p.user.id)))!.id;
const said = (thread: FakeThread): string[] => w.fake.threads.messages(thread).map(messageText);
const memberCalls = () => [...w.fake.requests('PUT', /\/thread-members\//), ...w.fake.requests('DELETE', /\/thread-members\//)];
const dmsWith = (p: Person, text: string) => w.fake.dms(p.user).filter((m) => messageText(m).includes(text));

/** A session by the host in #sessions; `who` ask for a seat and the host accepts each. */
async function sessionWith(title: string, who: Person[]): Promise<WorkoutSession> {
  await w.slash(host.here, 'session-create', { activity: 'running', place: 'Berlin, DE', capacity: 4, when: 'tomorrow 7am', title, duration: '1h' });
  const post = w.fake.messagesIn(w.guild, 'sessions').at(-1)!;
  for (const p of who) {
    await w.click(w.fake.member(p.user, w.guild, { channel: 'sessions' }), post, 'Request to join');
    await w.click(host.dm, w.lastDm(host), 'Accept');
  }
  return (await w.store.sessions.listForPerson(await idOf(host), ['open', 'full'], w.now)).find((s) => s.title === title)!;
}

describe('Discord: a block made while a session chat is under way', () => {
  let session: WorkoutSession;
  let thread: FakeThread;

  it('GIVEN Hanna, Carol and Dora in a session thread WHEN Carol blocks Dora THEN both are taken out of the thread at once (DELETE thread-members, 204), Hanna stays, and each hears the chat goes on in private', async () => {
    session = await sessionWith('Sunrise 10k', [carol, dora]);
    thread = w.fake.threads.byId.get((await w.store.chatPlaces.get(session.id))!.placeId)!;
    expect([...thread.members].sort()).toEqual([w.fake.applicationId, host.user.id, carol.user.id, dora.user.id].sort());

    const saidBefore = said(thread).length;
    const blocked = await w.slash(carol.dm, 'block', { person: await idOf(dora) });
    expect(w.text(blocked)).toContain('Dora');
    expect([...thread.members].sort()).toEqual([w.fake.applicationId, host.user.id].sort());
    expect(w.fake.requests('DELETE', `/channels/${thread.id}/thread-members/`).map((r) => [r.path.split('/').at(-1), r.status]).sort()).toEqual(
      [[carol.user.id, 204], [dora.user.id, 204]].sort(),
    );
    expect((await w.store.chatPlaces.get(session.id))!.members.map((m) => m.userId)).toEqual([host.user.id]);
    // Each is told where the chat goes on; Dora's list of people leaves Carol out, and Carol's Dora.
    const carols = messageText(dmsWith(carol, 'Chat open: Sunrise 10k').at(-1)!);
    const doras = messageText(dmsWith(dora, 'Chat open: Sunrise 10k').at(-1)!);
    expect(carols).toContain('Hanna');
    expect(carols).not.toContain('Dora');
    expect(doras).toContain('Hanna');
    expect(doras).not.toContain('Carol');
    // Nothing about it is said in the thread.
    expect(said(thread)).toHaveLength(saidBefore);
    expect(w.errors()).toEqual([]);
  });

  it('GIVEN the pair out of the thread WHEN Carol writes to the chat THEN Hanna reads it in the thread and Dora gets nothing; WHEN Hanna writes THEN each of the pair gets it privately', async () => {
    const dorasDms = w.fake.dms(dora.user).length;
    await w.slash(carol.dm, 'session-chat', { session: session.id, message: 'North gate at 6:55?' });
    expect(said(thread).at(-1)).toBe('**Carol**: North gate at 6:55?');
    expect(w.fake.dms(dora.user)).toHaveLength(dorasDms);

    await w.slash(host.dm, 'session-chat', { session: session.id, message: 'Yes, north gate' });
    expect(dmsWith(carol, 'Yes, north gate')).toHaveLength(1);
    expect(dmsWith(dora, 'Yes, north gate')).toHaveLength(1);
  });

  it('GIVEN the block WHEN Carol lifts it THEN both are let back into the thread at once (PUT thread-members, 204)', async () => {
    const puts = w.fake.requests('PUT', `/channels/${thread.id}/thread-members/`).length;
    await w.slash(carol.dm, 'unblock', { person: await idOf(dora) });
    expect([...thread.members].sort()).toEqual([w.fake.applicationId, host.user.id, carol.user.id, dora.user.id].sort());
    expect(w.fake.requests('PUT', `/channels/${thread.id}/thread-members/`).slice(puts).map((r) => r.status)).toEqual([204, 204]);
    expect((await w.store.chatPlaces.get(session.id))!.members.map((m) => m.userId).sort()).toEqual([host.user.id, carol.user.id, dora.user.id].sort());
  });

  it('GIVEN Eve, who shares no session chat with Carol WHEN Carol blocks her THEN no thread is touched', async () => {
    const before = memberCalls().length;
    await w.slash(carol.dm, 'block', { person: await idOf(eve) });
    expect(memberCalls()).toHaveLength(before);
    expect([...thread.members]).toHaveLength(4);
    expect(w.errors()).toEqual([]);
  });
});
