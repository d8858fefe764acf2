import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { communityKey } from '../../../src/domain/platform.js';
import { Harness, runner } from '../../support/harness.js';

const C = 'berlin-runners';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => h.assertNoCoordinatesLeaked());

describe('moderation in German', () => {
  it('GIVEN a German-speaking moderator WHEN she sets the community language and bans a German member THEN every answer and notice is German', async () => {
    const mia = h.person('Mia', { community: C, admin: true, locale: 'de' });
    const ben = h.person('Ben', { community: C, locale: 'de-DE' });
    for (const [command, text] of [
      ['set-location', 'Berlin, DE'],
      ['set-activities', 'running'],
      ['set-level', 'intermediate'],
    ] as const)
      await ben.run(command, text);

    // The settings, in her language; the community's own language is not set yet.
    await mia.run('mod-settings');
    const shown = mia.last!.replies[0]!;
    expect(shown.title).toBe(`Community-Einstellungen: ${C}`);
    expect(shown.fields?.find((f) => f.name === 'Sprache')?.value).toMatch(/^automatisch/);

    await mia.run('mod-settings', 'language: de');
    expect(mia.last?.outcome, mia.text()).toBe('ok');
    expect(mia.last!.replies[0]!.title).toBe(`Gespeichert: ${C}`);
    expect(mia.last!.replies[0]!.fields?.find((f) => f.name === 'Sprache')?.value).toBe('Deutsch');
    expect((await h.store.communities.getByKey(communityKey('console', C)))!.settings.language).toBe('de');

    await mia.run('ban', `person: ${await ben.id()} reason: Spam`);
    expect(mia.text()).toMatch(/\*\*Ben\*\* \(ID .+\) gesperrt\./);
    expect(mia.text()).toMatch(/Die Person wurde privat informiert, ohne deinen Namen\./);
    expect(ben.lastInbox().title).toBe('Du kannst hier nicht mehr mitmachen');

    // Whatever Ben tries there now is refused, in German.
    await ben.run('match');
    expect(ben.text()).toMatch(/Du bist in \*\*berlin-runners\*\* gesperrt/);

    // "auto" clears the community's language again.
    await mia.run('mod-settings', 'language: auto');
    expect((await h.store.communities.getByKey(communityKey('console', C)))!.settings.language).toBeNull();
  });

  it('GIVEN an English reporter and a German moderator WHEN a report arrives THEN the moderator reads it in German and the reporter is thanked in English', async () => {
    const mia = h.person('Mia', { community: C, admin: true, locale: 'de' });
    await mia.run('reports'); // seen acting as a moderator: reports are pushed to her
    const ana = await runner(h, 'Ana', { community: C });
    const ben = await runner(h, 'Ben', { community: C });
    await ana.run('report', `person: ${await ben.id()} reason: Rude`);
    expect(ana.text()).toMatch(/^Thanks — your report went to the community's moderators/m);
    const notice = mia.lastInbox();
    expect(notice.title).toBe(`Neue Meldung in ${C}`);
    expect(notice.fields?.map((f) => f.name)).toEqual(['Betrifft', 'Grund']);
    expect(notice.fields?.[0]?.value).toMatch(/^Person: \*\*Ben\*\*/);
    expect(notice.buttons?.flat().map((b) => b.label)).toEqual(['Meldung öffnen']);
  });
});
