import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EPHEMERAL } from '../../fakes/discord/index.js';
import { DiscordWorld, type Person } from './world.js';

let w: DiscordWorld;
let mod: Person;
let host: Person;

beforeAll(async () => {
  w = await DiscordWorld.start();
  mod = w.person('Mona', { manageGuild: true });
  host = w.person('Hanna');
  // Hanna travels far herself: only the community's area makes Atlantis far.
  await w.profile(host, { place: 'Berlin, DE', radius: 200 });
});
beforeEach(() => w.isolate());
afterAll(async () => {
  await w?.stop();
});

describe('Discord: a session place far from the community', () => {
  it('GIVEN a Berlin server with a meeting place WHEN a session is created at Atlantis THEN the host is asked privately with the distance; Cancel stores nothing, Create there creates it', async () => {
    const added = await w.slash(mod.here, 'place-add', { name: 'Tiergarten gate', location: '52.5163, 13.3777' });
    expect(w.text(added)).toMatch(/Tiergarten gate/);

    const asked = await w.slash(host.here, 'session-create', { activity: 'running', when: 'tomorrow 7am', place: 'Atlantis', capacity: 5 });
    const question = w.lastShown(asked);
    expect(question.flags & EPHEMERAL).toBeTruthy();
    expect(w.text(asked)).toMatch(/Atlantis.* is about [\d,]+ km from \*\*Tiergarten gate\*\*, where this community meets\. Create it there anyway\?/);
    expect(w.text(asked)).not.toMatch(/52\.5|13\.3/);

    const cancelled = await w.click(host.here, question, 'Cancel');
    expect(w.text(cancelled)).toMatch(/Not created: nothing was saved/);
    expect(w.fake.messagesIn(w.guild, 'general').some((m) => /Atlantis/.test(JSON.stringify(m.embeds)))).toBe(false);

    const again = await w.slash(host.here, 'session-create', { activity: 'running', when: 'tomorrow 7am', place: 'Atlantis', capacity: 5 });
    const created = await w.click(host.here, w.lastShown(again), 'Create there');
    expect(w.text(created)).toMatch(/Session created: Running session/);
    expect(w.text(created)).toMatch(/Atlantis/);
    expect(w.errors()).toEqual([]);
  });
});
