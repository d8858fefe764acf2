import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Actor, Harness, runner } from '../../support/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => h.assertNoCoordinatesLeaked());

/** A runner whose platform speaks `locale`, living in `place`, free on weekday evenings. */
async function local(name: string, locale: string, place: string): Promise<Actor> {
  const a = h.person(name, { locale });
  for (const [command, text] of [
    ['set-location', place],
    ['set-activities', 'running'],
    ['set-level', 'intermediate'],
    ['set-availability', 'weekday evenings'],
  ] as const) {
    const out = await a.run(command, text);
    expect(out.outcome, a.text()).toBe('ok');
  }
  return a;
}

describe('/plan across languages and zones', () => {
  it('GIVEN Ana in Berlin (English) and Boris in Moscow (Russian) WHEN Ana offers a time THEN Boris reads it in Russian at his own hour, and his "another time" is read in Russian words', async () => {
    const ana = await runner(h, 'Ana', { availability: 'weekday evenings' });
    const boris = await local('Boris', 'ru', 'Moscow, RU');
    await ana.run('plan', await boris.id());
    // Berlin 17–21 and Moscow 17–21 (two hours ahead) share 17:00–19:00 Berlin, 19:00–21:00 Moscow.
    await ana.press(ana.button('Mon 23 Nov, 17:00–18:00'));
    const proposal = boris.lastInbox();
    expect(proposal.title).toBe('Ana хочет потренироваться с вами');
    expect(proposal.buttons?.flat().map((b) => b.label)).toEqual(['пн 23 нояб., 19:00–20:00', 'Предложить другое время']);

    await boris.press(boris.button('Предложить другое время', [proposal]));
    await boris.say('в четверг в 8 утра');
    expect(boris.last?.outcome, boris.text()).toBe('ok');
    const counter = ana.lastInbox();
    // 08:00 in Moscow is 06:00 in Berlin.
    expect(counter.buttons?.flat().map((b) => b.label)).toEqual(['Thu 26 Nov, 06:00–07:00', 'Propose another time']);
  });

  it('GIVEN a German reader WHEN she is offered times THEN the proposal, its buttons and the booking read in German', async () => {
    const ana = await runner(h, 'Ana', { availability: 'weekday evenings' });
    const greta = await local('Greta', 'de', 'Berlin, DE');
    await ana.run('plan', await greta.id());
    await ana.press(ana.button('Offer all 3'));
    const proposal = greta.lastInbox();
    expect(proposal.title).toBe('Ana möchte mit dir trainieren');
    expect(proposal.buttons?.flat().map((b) => b.label)).toEqual(['Mo 23 Nov, 17:00–18:00', 'Di 24 Nov, 17:00–18:00', 'Mi 25 Nov, 17:00–18:00', 'Andere Zeit vorschlagen']);
    await greta.press(greta.button('Di 24 Nov, 17:00–18:00', [proposal]));
    expect(greta.text()).toMatch(/Du und \*\*Ana\*\* trainiert zusammen/);
  });
});
