import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { userKey } from '../../../src/domain/platform.js';
import { EPHEMERAL, type FakeMessage, messageText } from '../../fakes/discord/index.js';
import { DiscordWorld } from './world.js';

let w: DiscordWorld;
beforeAll(async () => {
  w = await DiscordWorld.start();
});
beforeEach(() => w.isolate());
afterAll(async () => {
  await w?.stop();
});

const profileOf = async (userId: string) => w.store.people.findByIdentity(userKey('discord', userId));

describe('profile setup on Discord', () => {
  it('GIVEN a new member WHEN they run /setup with every option filled in THEN their profile is saved and shown only to them', async () => {
    const alice = w.person('Alice');
    const ix = await w.slash(alice.here, 'setup', { activities: 'running, yoga', level: 'intermediate', place: 'Berlin, DE', radius: 12 });

    const shown = w.lastShown(ix);
    expect(shown.flags & EPHEMERAL).toBeTruthy();
    expect(messageText(shown)).toContain('Profile saved');
    expect(messageText(shown)).toMatch(/Find buddies/);
    const me = await profileOf(alice.user.id);
    expect(me?.activities).toEqual(['running', 'yoga']);
    expect(me?.radiusKm).toBe(12);
    expect(me?.area).toMatch(/Berlin/);
    expect(w.errors()).toEqual([]);
  });

  it('GIVEN a member WHEN they run /set-bio without text THEN a modal asks for it AND submitting it saves the bio', async () => {
    const bob = w.person('Bob');
    const opened = await w.slash(bob.here, 'set-bio');

    expect(opened.ack?.type).toBe(9);
    expect(opened.modal?.title).toBe('/set-bio');
    const input = opened.modal?.components?.[0]?.component as { style?: number; max_length?: number } | undefined;
    expect(input?.style).toBe(2); // paragraph
    expect(input?.max_length).toBe(300);

    const submitted = await w.submit(bob.here, opened, { bio: 'Slow long runs on Sundays, coffee after.' });
    expect(w.text(submitted)).toContain('Bio saved');
    expect(w.lastShown(submitted).flags & EPHEMERAL).toBeTruthy();
    expect((await profileOf(bob.user.id))?.bio).toBe('Slow long runs on Sundays, coffee after.');
  });

  it('GIVEN a new member WHEN they run /setup bare THEN each question comes with an Answer button or choices, answered through modals, until the profile is saved', async () => {
    const carol = w.person('Carol');
    const first = await w.slash(carol.here, 'setup');
    let question: FakeMessage = w.lastShown(first);
    expect(messageText(question)).toMatch(/What do you train/);

    // Typed answers go through the "Answer" button's modal; the question message is replaced by the next one.
    const answer = async (text: string) => {
      const opened = await w.click(carol.here, question, 'Answer');
      expect(opened.ack?.type).toBe(9);
      const done = await w.submit(carol.here, opened, { answer: text });
      question = w.lastShown(done);
      return opened;
    };
    await answer('running, cycling');
    expect(messageText(question)).toMatch(/Your level/);
    const level = await w.click(carol.here, question, 'Advanced');
    expect(level.ack?.type).toBe(6); // deferred as an update: the question message is then edited in place
    question = w.lastShown(level);
    expect(messageText(question)).toMatch(/Where do you train/);
    await answer('Berlin, DE');
    await answer('20');
    expect(messageText(question)).toMatch(/When can you train/);
    question = w.lastShown(await w.click(carol.here, question, 'Skip'));
    const bioModal = await answer('Fast intervals, early mornings.');
    expect((bioModal.modal?.components?.[0]?.component as { style?: number }).style).toBe(2);

    expect(messageText(question)).toContain('Profile saved');
    const me = await profileOf(carol.user.id);
    expect(me).toMatchObject({ activities: ['running', 'cycling'], level: 'advanced', radiusKm: 20, bio: 'Fast intervals, early mornings.' });
    expect(w.errors()).toEqual([]);
  });

  it('GIVEN a member typing an activity WHEN Discord asks for suggestions THEN the activities matching what they typed come back, completing a list', async () => {
    const dave = w.person('Dave');
    const single = await w.settle(w.fake.autocomplete(dave.here, 'set-activities', 'activities', 'yo'));
    expect(single.ack?.type).toBe(8);
    expect(single.choices?.map((c) => c.value)).toContain('yoga');

    const list = await w.settle(w.fake.autocomplete(dave.here, 'set-activities', 'activities', 'running, cli'));
    expect(list.choices?.[0]?.value).toBe('running, climbing');
  });

  it('GIVEN a member with a profile WHEN they export their data from a DM THEN the JSON arrives as an attachment of the deferred answer', async () => {
    const erin = w.person('Erin');
    await w.profile(erin, { bio: 'Trail runs' });
    const ix = await w.slash(erin.dm, 'export');
    expect(ix.ack?.type).toBe(5);
    const [file] = w.lastShown(ix).attachments;
    expect(file?.filename).toBe('spotter-my-data.json');
    expect(JSON.parse(file!.data.toString('utf8'))).toMatchObject({ profile: expect.objectContaining({ bio: 'Trail runs' }) });
  });
});
