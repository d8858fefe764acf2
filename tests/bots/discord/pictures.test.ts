import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EPHEMERAL, messageText } from '../../fakes/discord/index.js';
import { expectPng } from '../../support/png.js';
import { DiscordWorld } from './world.js';

let w: DiscordWorld;
beforeAll(async () => {
  w = await DiscordWorld.start();
});
beforeEach(() => w.isolate());
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
    expect(expectPng(file!.data)).toEqual({ width: 1410, height: 582 });
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

describe('the fake Discord checks files as Discord does', () => {
  it('GIVEN uploads WHEN one is not a PNG, too big, or an embed names a missing attachment THEN the fake refuses it', async () => {
    const { validateAttachments, MAX_UPLOAD_BYTES } = await import('../../fakes/discord/validate.js');
    const { PNG } = await import('pngjs');
    const png = PNG.sync.write(new PNG({ width: 4, height: 4 }));
    const file = (data: Buffer, extra: { description?: string } = {}) => ({ id: '1', filename: 'stats.png', contentType: 'image/png', data, ...extra });
    /** What Discord would answer: the error message and its details, or null when accepted. */
    const refusal = (...args: Parameters<typeof validateAttachments>) => {
      try {
        validateAttachments(...args);
        return null;
      } catch (e) {
        return `${(e as Error).message} ${JSON.stringify((e as { extra?: unknown }).extra)}`;
      }
    };
    expect(refusal([file(png)], [{ title: 't', image: { url: 'attachment://stats.png' } }])).toBeNull();
    expect(refusal([file(Buffer.from('GIF89a not a png at all'))], [])).toMatch(/not a PNG/);
    expect(refusal([file(png)], [{ title: 't', image: { url: 'attachment://other.png' } }])).toMatch(/no attachment named other.png/);
    expect(refusal([file(png, { description: 'x'.repeat(1025) })], [])).toMatch(/description/);
    expect(refusal([file(Buffer.concat([png, Buffer.alloc(MAX_UPLOAD_BYTES)]))], [])).toMatch(/too large/);
  });
});
