import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EPHEMERAL, messageText } from '../../fakes/discord/index.js';
import { expectPng } from '../../support/png.js';
import { DiscordWorld } from './world.js';

let w: DiscordWorld;
beforeAll(async () => {
  w = await DiscordWorld.start();
});
afterAll(async () => {
  await w?.stop();
});

describe('pictures on Discord', () => {
  it('GIVEN a member WHEN they run /stats THEN the reply shows the calendar PNG inside its embed, with alt text, only to them', async () => {
    const ana = w.person('Ana');
    await w.profile(ana);
    const ix = await w.slash(ana.here, 'stats');

    expect(ix.ack?.type).toBe(5); // deferred: the picture renders on a worker thread
    const shown = w.lastShown(ix);
    expect(shown.flags & EPHEMERAL).toBeTruthy();
    expect(shown.attachments).toHaveLength(1);
    const [file] = shown.attachments;
    expect(file?.filename).toBe('stats.png');
    expect(file?.contentType).toBe('image/png');
    expect(expectPng(file!.data)).toEqual({ width: 1880, height: 776 });
    expect(shown.embeds.at(-1)?.image?.url).toBe('attachment://stats.png');
    // The alt text and the embed say the same things.
    expect(file?.description).toMatch(/^Training calendar of Ana, .* No sessions yet/);
    expect(messageText(shown)).toContain('No sessions yet');
    expect(messageText(shown)).toContain('no check-ins yet');
    // The upload went out as multipart form-data, as Discord takes files.
    const upload = w.fake.requests('PATCH', /^\/webhooks\//).find((r) => r.files.length > 0);
    expect(upload?.files[0]?.name).toBe('stats.png');
    expect(w.errors()).toEqual([]);
  });

  it('GIVEN a moderator WHEN they run /community-stats in the server THEN the charts come as an attachment in the embed', async () => {
    const mo = w.person('Mo', { manageGuild: true });
    await w.profile(mo);
    const ix = await w.slash(mo.here, 'community-stats');
    const shown = w.lastShown(ix);
    expect(shown.attachments.map((a) => a.filename)).toEqual(['community-stats.png']);
    expectPng(shown.attachments[0]!.data);
    expect(shown.embeds.at(-1)?.image?.url).toBe('attachment://community-stats.png');
    expect(shown.attachments[0]!.description).toMatch(/Sessions held: 0, 0/);
    expect(messageText(shown)).toMatch(/Sessions held: 0, 0/);
  });
});
