import { describe, expect, it } from 'vitest';
import { Harness, runner } from '../support/harness.js';

/**
 * /stats, /community-stats and the parsers' errors through the command layer, for people whose
 * platform speaks German or Russian: the reply, the picture's alt text and the error are theirs.
 */
describe('progress and typed input in the person\'s language', () => {
  it('GIVEN a German Discord member WHEN they ask for /stats THEN the reply, fields and picture alt text are German', async () => {
    const h = await Harness.create();
    await runner(h, 'Greta');
    const greta = h.person('Greta', { locale: 'de' });
    await greta.run('stats');
    const reply = greta.last?.replies[0];
    expect(reply?.title).toBe('Trainingsbilanz von Greta');
    expect(reply?.text).toContain('/sessions');
    expect(reply?.fields?.map((f) => f.name)).toEqual(expect.arrayContaining(['Serie', 'Teilnahmequote', 'Buddys', 'Top-Aktivitäten']));
    expect(greta.text()).toContain('noch keine Check-ins');
    expect(reply?.image?.alt).toContain('Trainingskalender von Greta');
  });

  it('GIVEN a Russian Telegram user WHEN they ask for /stats THEN the words are Russian', async () => {
    const h = await Harness.create();
    await runner(h, 'Olga');
    const olga = h.person('Olga', { locale: 'ru-RU' });
    await olga.run('stats');
    expect(olga.text()).toContain('Посещаемость');
    expect(olga.text()).toContain('Любимые занятия');
    expect(olga.last?.replies[0]?.image?.alt).toContain('Календарь тренировок');
  });

  it('GIVEN a German member WHEN their availability can\'t be read THEN the error is German, examples included', async () => {
    const h = await Harness.create();
    const greta = h.person('Greta', { locale: 'de' });
    await greta.run('set-availability', 'mondays qwxz');
    expect(greta.text()).toContain('Ich verstehe „qwxz“ in deiner Verfügbarkeit nicht.');
    expect(greta.text()).toContain('wochentags abends');
  });

  it('GIVEN a Russian member WHEN their place can\'t be found THEN the error is Russian', async () => {
    const h = await Harness.create();
    const olga = h.person('Olga', { locale: 'ru' });
    await olga.run('set-location', 'Qwxzqwxz');
    expect(olga.text()).toContain('Не нашёл место под названием «Qwxzqwxz»');
  });
});
