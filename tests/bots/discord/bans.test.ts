import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { userKey } from '../../../src/domain/platform.js';
import { EPHEMERAL, type FakeMessage, messageText } from '../../fakes/discord/index.js';
import { DiscordWorld, type Person } from './world.js';

let w: DiscordWorld;
let olga: Person;
let ana: Person;
let ben: Person;

beforeAll(async () => {
  w = await DiscordWorld.start();
  olga = w.person('Olga', { manageGuild: true });
  ana = w.person('Ana');
  ben = w.person('Ben');
  await w.profile(ana);
  await w.profile(ben);
  // Olga acts in the server once as a moderator (Manage Server): Spotter now knows to tell her.
  await w.slash(olga.here, 'mod-settings');
});
beforeEach(() => w.isolate());
afterAll(async () => {
  await w?.stop();
});

const idOf = async (p: Person) => (await w.store.people.findByIdentity(userKey('discord', p.user.id)))!.id;
const dms = (p: Person): FakeMessage[] => w.fake.dms(p.user);
const BANNED = /You are banned from \*\*.+\*\*, so you can no longer take part there/;

describe('bans and reports on Discord', () => {
  it('GIVEN Olga moderates WHEN Ana reports Ben THEN Olga gets a DM with the report and an Open report button that works in the DM', async () => {
    const reported = await w.slash(ana.here, 'report', { person: await idOf(ben), reason: 'kept messaging me after I said no' });
    expect(w.text(reported)).toMatch(/your report went to the community's moderators/);

    const notice = dms(olga).at(-1)!;
    expect(messageText(notice)).toMatch(/New report in/);
    expect(messageText(notice)).toMatch(/kept messaging me after I said no/);
    expect(messageText(notice)).toMatch(/Ben/);
    expect(dms(ana).map(messageText).join('\n')).not.toMatch(/New report/);
    expect(dms(ben)).toHaveLength(0);

    const opened = await w.click(olga.dm, notice, 'Open report');
    expect(w.text(opened)).toMatch(/Report in/);
    expect(w.text(opened)).toMatch(/kept messaging me after I said no/);
    expect(w.errors()).toEqual([]);
  });

  it('GIVEN the report WHEN Olga picks Ben in the user picker of /ban THEN he is told once by DM without her name, and every answer in the server says he is banned, even after /delete-me and a new profile', async () => {
    const banned = await w.slash(olga.here, 'ban', { person: ben.user.id, reason: 'harassment' });
    expect(w.lastShown(banned).flags & EPHEMERAL).toBeTruthy();
    expect(w.text(banned)).toMatch(/Banned \*\*Ben\*\*/);

    expect(dms(ben)).toHaveLength(1);
    expect(messageText(dms(ben)[0]!)).toMatch(/You can no longer take part here/);
    expect(messageText(dms(ben)[0]!)).not.toMatch(/Olga|harassment/);

    for (const command of ['sessions', 'match']) expect(w.text(await w.slash(ben.here, command)), command).toMatch(BANNED);

    const asked = await w.slash(ben.dm, 'delete-me');
    await w.click(ben.dm, w.lastShown(asked), 'Yes, delete everything');
    await w.profile(ben);
    for (const command of ['sessions', 'match']) expect(w.text(await w.slash(ben.here, command)), `${command} after delete-me`).toMatch(BANNED);
    expect(dms(ben)).toHaveLength(1);
    expect(w.errors()).toEqual([]);
  });
});
