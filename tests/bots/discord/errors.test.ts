import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ActionId } from '../../../src/domain/ids.js';
import { defineCommand } from '../../../src/interaction/command.js';
import { buildRegistry } from '../../../src/interaction/registry.js';
import { EPHEMERAL, messageText } from '../../fakes/discord/index.js';
import { testRegistry } from '../../support/harness.js';
import { DiscordWorld } from './world.js';

/** Commands that misbehave on purpose, next to the real ones. */
const fixtures = [
  defineCommand({
    name: 'nap',
    description: 'Answers after 300 ms without saying it is slow',
    requires: [{ kind: 'anyone' }],
    category: 'more',
    options: {},
    async execute() {
      await sleep(300);
      return { visibility: 'private', text: 'Rested.' };
    },
  }),
  defineCommand({
    name: 'boom',
    description: 'Fails with an unexpected error',
    requires: [{ kind: 'anyone' }],
    category: 'more',
    options: {},
    async execute(): Promise<never> {
      throw new Error('kaboom');
    },
  }),
  defineCommand({
    name: 'shout',
    description: 'Slow, answers publicly then privately',
    requires: [{ kind: 'anyone' }],
    category: 'more',
    options: {},
    slow: true,
    async execute() {
      return [
        { visibility: 'public' as const, text: 'Hello, channel!' },
        { visibility: 'private' as const, text: 'Only you see this.' },
      ];
    },
  }),
  defineCommand({
    name: 'essay',
    description: 'A very long answer',
    requires: [{ kind: 'anyone' }],
    category: 'more',
    options: {},
    async execute() {
      return {
        visibility: 'private' as const,
        title: 'T'.repeat(300),
        text: 'word '.repeat(2_000),
        fields: Array.from({ length: 30 }, (_, i) => ({ name: `Field ${i}`, value: 'v'.repeat(1_500) })),
      };
    },
  }),
];

let w: DiscordWorld;
beforeAll(async () => {
  w = await DiscordWorld.start({ registry: buildRegistry([...(await testRegistry()).list, ...fixtures]) });
});
beforeEach(() => w.isolate());
afterAll(async () => {
  await w?.stop();
});

describe('bad input and failures on Discord', () => {
  it('GIVEN a member WHEN they give an unknown activity or place THEN they get a specific error only they see, in red, and nothing is stored', async () => {
    const ann = w.person('Ann');
    const activity = await w.slash(ann.here, 'set-activities', { activities: 'quidditch' });
    const shown = w.lastShown(activity);
    expect(shown.flags & EPHEMERAL).toBeTruthy();
    expect(shown.embeds[0]?.color).toBe(0xed4245);
    expect(messageText(shown)).toMatch(/I don't know the activity "quidditch"/);

    const place = await w.slash(ann.here, 'set-location', { place: 'Xqzwv Nowhereville' });
    expect(w.lastShown(place).flags & EPHEMERAL).toBeTruthy();
    expect(w.text(place)).toMatch(/Xqzwv/);
    expect(w.lastShown(place).embeds[0]?.color).toBe(0xed4245);
  });

  it('GIVEN numeric options WHEN a member types a number out of range THEN the Discord app itself refuses it (the range is declared)', () => {
    const bo = w.person('Bo');
    expect(() => w.fake.slash(bo.here, 'set-radius', { km: 0 })).toThrow(/refuses/);
    expect(() => w.fake.slash(bo.here, 'set-radius', { km: 10_000 })).toThrow(/refuses/);
  });

  it('GIVEN a button whose action is gone WHEN it is pressed THEN the member is told it expired and the message keeps its content', async () => {
    const cy = w.person('Cy');
    const asked = await w.slash(cy.here, 'delete-me');
    const message = w.lastShown(asked);
    const button = message.components[0]?.components?.[0];
    await w.store.actions.delete(button!.custom_id as ActionId);
    const edits = message.history.length; // the deferred "thinking…" state it replaced
    const pressed = await w.click(cy.here, message, 'Yes, delete everything');
    expect(pressed.ack?.type).toBe(6); // acknowledged first: the ephemeral question is deferred for an update
    expect(w.text(pressed)).toMatch(/expired/);
    expect(message.history).toHaveLength(edits);
  });

  it('GIVEN the /delete-me confirmation WHEN the member clicks Cancel THEN nothing is deleted and the Yes button is gone', async () => {
    const ed = w.person('Ed');
    await w.slash(ed.here, 'set-name', { name: 'Ed' });
    const asked = await w.slash(ed.here, 'delete-me');
    const message = w.lastShown(asked);
    expect(message.components[0]?.components?.map((c) => c.label)).toEqual(['Yes, delete everything', 'Cancel']);
    expect(w.text(await w.click(ed.here, message, 'Cancel'))).toMatch(/Cancelled: nothing was deleted\./);
    expect(message.components.flatMap((row) => row.components ?? [])).toEqual([]);
    expect(w.text(await w.slash(ed.here, 'profile'))).toMatch(/Ed/);
  });

  it('GIVEN a command that turns out slow WHEN it runs THEN the interaction is deferred before Discord gives up, and the answer replaces the "thinking" message', async () => {
    const di = w.person('Di');
    const ix = await w.slash(di.here, 'nap');
    expect(ix.ack?.type).toBe(5);
    // Discord's deadline: every interaction is deferred before any work, so this is the queue's first turn.
    expect(ix.ack!.at - ix.createdAt).toBeLessThan(3_000);
    expect(w.text(ix)).toBe('Rested.');
  });

  it('GIVEN a command that crashes WHEN it runs THEN the member gets an apology and the error is logged', async () => {
    const ed = w.person('Ed');
    const ix = await w.slash(ed.here, 'boom');
    expect(w.text(ix)).toMatch(/Sorry, something went wrong/);
    expect(w.lastShown(ix).flags & EPHEMERAL).toBeTruthy();
    expect(w.errors().some((l) => (l.obj as { err?: string }).err === 'kaboom')).toBe(true);
  });

  it('GIVEN Discord refuses the answer WHEN a member runs a command THEN they still get an apology instead of "This interaction failed"', async () => {
    const fay = w.person('Fay');
    w.fake.fail('POST', /^\/interactions\/\d+\/[^/]+\/callback$/, { status: 400, code: 50035, message: 'Invalid Form Body' });
    const ix = await w.slash(fay.here, 'help');
    expect(ix.ack?.type).toBe(4);
    expect(w.text(ix)).toMatch(/Sorry, something went wrong on our side while answering/);
  });

  it('GIVEN a slow command whose first answer is public WHEN it runs THEN the private "thinking" message gives way to the public post, and the private part follows', async () => {
    const gus = w.person('Gus');
    const ix = await w.slash(gus.here, 'shout');
    expect(ix.original?.deleted).toBe(true);
    const [pub, priv] = ix.followups;
    expect(messageText(pub!)).toBe('Hello, channel!');
    expect(pub!.flags & EPHEMERAL).toBe(0);
    expect(messageText(priv!)).toBe('Only you see this.');
    expect(priv!.flags & EPHEMERAL).toBeTruthy();
  });

  it('GIVEN an answer longer than Discord allows WHEN it is shown THEN it is cut to fit instead of refused', async () => {
    const hal = w.person('Hal');
    const ix = await w.slash(hal.here, 'essay');
    expect(ix.ack?.type).toBe(5); // acknowledged first, answered by an edit
    const shown = w.lastShown(ix);
    expect(shown.embeds[0]?.title?.length).toBe(256);
    expect(messageText(shown)).toContain('word word');
  });

  it('GIVEN a command Discord still lists but the bot no longer has WHEN it is run THEN the member is told so', async () => {
    const ida = w.person('Ida');
    const global = w.fake.world.commands.get('global')!;
    global.push({ id: '1', name: 'ghost', description: 'Gone', type: 1, options: [] });
    const ix = await w.slash(ida.here, 'ghost');
    expect(w.text(ix)).toMatch(/isn't available any more/);
    expect(w.lastShown(ix).flags & EPHEMERAL).toBeTruthy();
  });
});
