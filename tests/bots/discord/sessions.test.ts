import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EPHEMERAL, type FakeMessage, messageText } from '../../fakes/discord/index.js';
import { DiscordWorld, type Person } from './world.js';

let w: DiscordWorld;
let mod: Person;
let host: Person;
let carol: Person;

beforeAll(async () => {
  w = await DiscordWorld.start();
  mod = w.person('Mona', { manageGuild: true });
  host = w.person('Hanna');
  carol = w.person('Carol');
  await w.profile(host, { place: 'Berlin, DE' });
  await w.profile(carol, { place: 'Berlin, DE' });
});
beforeEach(() => w.isolate());
afterAll(async () => {
  await w?.stop();
});

const lastDm = (p: Person): FakeMessage => w.lastDm(p);

const field = (m: FakeMessage, name: string) => m.embeds.flatMap((e) => e.fields ?? []).find((f) => f.name === name)?.value;

describe('sessions on Discord', () => {
  it('GIVEN an announcement channel WHEN a session is created, a member asks to join with the public button and the host accepts THEN the announcement shows one seat fewer', async () => {
    const sessionsChannel = w.fake.channelId(w.guild, 'sessions');
    const settings = await w.slash(mod.here, 'mod-settings', { 'announce-channel': sessionsChannel });
    expect(w.text(settings)).toContain(sessionsChannel);

    // Created: the host hears back privately; the community sees the announcement.
    const created = await w.slash(host.here, 'session-create', { activity: 'running', when: 'tomorrow 7am', place: 'Berlin, DE', capacity: 3, title: 'Sunrise 10k' });
    expect(w.text(created)).toContain('Session created: Sunrise 10k');
    expect(w.lastShown(created).flags & EPHEMERAL).toBeTruthy();
    const [announcement] = w.fake.messagesIn(w.guild, 'sessions');
    expect(announcement).toBeDefined();
    expect(messageText(announcement!)).toContain('Sunrise 10k');
    expect(field(announcement!, 'Seats')).toBe('3 of 3 seats left');
    expect(field(announcement!, 'When')).toMatch(/<t:\d+:F>/); // each member sees their own time

    // Asked with the public button: the answer is private, the announcement untouched.
    const carolThere = w.fake.member(carol.user, w.guild, { channel: 'sessions' });
    const asked = await w.click(carolThere, announcement!, 'Request to join');
    expect(asked.ack?.type).toBe(5);
    expect(w.lastShown(asked).flags & EPHEMERAL).toBeTruthy();
    expect(w.text(asked)).toContain('Request sent');
    expect(announcement!.history).toHaveLength(0);

    // The host accepts from the DM; the requester is told; the seat count is edited.
    const request = lastDm(host);
    expect(messageText(request)).toMatch(/Carol.*wants to join/s);
    await w.click(host.dm, request, 'Accept');
    // "You're in", then the session chat's welcome.
    expect(w.fake.dms(carol.user).map(messageText).some((t) => t.includes("You're in"))).toBe(true);
    await w.fake.world.waitFor(() => field(announcement!, 'Seats') === '2 of 3 seats left', 20_000, 'the seat count edit');
    expect(w.fake.requests('PATCH', `/channels/${sessionsChannel}/messages/${announcement!.id}`)).toHaveLength(1);
    expect(w.errors()).toEqual([]);
  });

  it('GIVEN sessions nearby WHEN a member browses them THEN the list arrives (deferred) with a way to join', async () => {
    const browse = await w.slash(carol.here, 'sessions');
    expect(browse.ack?.type).toBe(5);
    expect(w.text(browse)).toContain('Sunrise 10k');
  });
});
