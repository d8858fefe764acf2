import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Actor, Harness, runner } from '../../support/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => h.assertNoCoordinatesLeaked());

/** A runner in Berlin whose platform speaks Russian. */
async function russianRunner(name: string): Promise<Actor> {
  const a = h.person(name, { locale: 'ru' });
  for (const [command, text] of [
    ['set-location', 'Berlin, DE'],
    ['set-activities', 'running'],
    ['set-level', 'intermediate'],
    ['set-radius', '15'],
  ] as const) {
    const out = await a.run(command, text);
    expect(out.outcome, a.text()).toBe('ok');
  }
  return a;
}

describe('buddies across languages', () => {
  it('GIVEN an English speaker and a Russian speaker WHEN Ana asks Boris to be her buddy THEN each reads their own language', async () => {
    const ana = await runner(h, 'Ana');
    const boris = await russianRunner('Boris');

    await ana.run('match');
    await ana.press(ana.button(/^Connect with #1 Boris/));
    expect(ana.text()).toMatch(/Buddy request sent to \*\*Boris\*\*\./);

    // Boris reads the request, its buttons and Ana's activities in Russian.
    const request = boris.lastInbox();
    expect(request.title).toBe('Новый запрос на партнёрство');
    expect(request.text).toMatch(/\*\*Ana\*\*.*хочет тренироваться с вами/s);
    expect(request.buttons?.flat().map((b) => b.label)).toContain('Принять');

    // Not buddies yet: his message is refused in Russian.
    await boris.run('msg', `person: ${await ana.id()} text: Привет!`);
    expect(boris.text()).toMatch(/Писать можно только партнёрам/);

    // His list is Russian too, and his answer reaches Ana in English.
    await boris.run('buddies');
    expect(boris.last?.replies[0]?.title).toBe('Ваши партнёры');
    expect(boris.text()).toMatch(/Хотят стать вашими партнёрами/);
    await boris.press(boris.button('Принять', [request]));
    expect(boris.text()).toMatch(/Вы и \*\*Ana\*\* теперь партнёры/);
    expect(ana.lastInbox().title).toBe('Buddy request accepted');
  });

  it('GIVEN a Russian speaker who hit the buddy-request limit THEN the refusal is one Russian sentence with the right plural forms', async () => {
    h = await Harness.create({ limits: { connect: { points: 2, windowMs: 86_400_000 } } });
    const boris = await russianRunner('Boris');
    for (const name of ['Ana', 'Ben', 'Cleo']) await runner(h, name);
    await boris.run('match');
    for (const n of ['1', '2', '3']) await boris.run('connect', n);
    expect(boris.last?.outcome).toBe('user-error');
    expect(boris.text()).toMatch(/Можно отправлять не больше 2 запросов на партнёрство в сутки, и вы достигли этого предела\. Следующий можно будет отправить примерно через 24 часа\./);
  });
});
