import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSession, notification } from '../sessions/helpers.js';
import { Harness, runner, textOf } from '../../support/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => h.assertNoCoordinatesLeaked());

describe('/language: the person’s choice, else their platform’s, else English', () => {
  it('GIVEN Ana, whose platform names no language WHEN she sets German THEN the answer and her next replies are German', async () => {
    const ana = h.person('Ana');
    await ana.run('profile');
    expect(ana.text()).toMatch(/Your profile: Ana/);
    await ana.run('language', 'de');
    expect(ana.text()).toMatch(/Spotter spricht ab jetzt Deutsch mit dir/);
    expect((await ana.profile()).language).toBe('de');
    await ana.run('profile');
    expect(ana.text()).toMatch(/Dein Profil: Ana/);
    expect(ana.text()).toMatch(/Aktivitäten/);
    await ana.run('set-radius', '12');
    expect(ana.text()).toMatch(/im Umkreis von \*\*12 km\*\*/);
    await ana.run('notifications', 'alerts: aus quiet: 22-7 reminders: standard');
    expect(ana.text()).toMatch(/Match-Hinweise aus · Ruhezeit 22:00–07:00 · Erinnerungen Standard/);
  });

  it('GIVEN Ivan, whose app is in Russian WHEN he runs commands without /language THEN the replies are Russian', async () => {
    const ivan = h.person('Ivan', { locale: 'ru' });
    await ivan.run('profile');
    expect(ivan.text()).toMatch(/Ваш профиль: Ivan/);
    await ivan.run('language');
    expect(ivan.text()).toMatch(/Русский, как указано в терминале/);
    await ivan.run('set-timezone', 'Mars/Olympus');
    expect(ivan.text()).toMatch(/ни место, ни часовой пояс/);
  });

  it('GIVEN Ivan’s app is in Russian WHEN he chooses Deutsch THEN German beats the platform, until /language auto returns to Russian', async () => {
    const ivan = h.person('Ivan', { locale: 'ru-RU' });
    await ivan.run('language', 'Deutsch');
    expect(ivan.text()).toMatch(/Erledigt/);
    await ivan.run('language');
    expect(ivan.text()).toMatch(/Deutsch, deine Wahl/);
    await ivan.run('pause');
    expect(ivan.text()).toMatch(/Pausiert/);

    await ivan.run('language', 'auto');
    expect(ivan.text()).toMatch(/Готово: Spotter снова следует языку вашего приложения/);
    expect((await ivan.profile()).language).toBeNull();
    await ivan.run('resume');
    expect(ivan.text()).toMatch(/С возвращением/);
  });

  it('GIVEN the list of languages WHEN Ana presses Español THEN Spotter speaks Spanish, and an unknown language is refused in it', async () => {
    const ana = h.person('Ana');
    await ana.run('language');
    expect(ana.text()).toMatch(/English: neither you nor your app named a language Spotter speaks/);
    const labels = (ana.last?.replies[0]?.buttons ?? []).flat().map((b) => b.label);
    expect(labels).toEqual(['English', 'Deutsch', 'Español', 'Русский']);
    await ana.press(ana.button('Español'));
    expect(ana.text()).toMatch(/a partir de ahora Spotter te habla en Español/);
    await ana.run('language', 'klingon');
    expect(ana.last?.outcome).toBe('user-error');
    expect(ana.text()).toMatch(/Spotter no habla «klingon»/);
    await ana.run('language', 'русский');
    expect((await ana.profile()).language).toBe('ru');
  });
});

describe('guided flows and option checks in the person’s language', () => {
  it('GIVEN a German-speaking newcomer WHEN /setup asks and she answers wrongly THEN buttons and the problem are German', async () => {
    const ana = h.person('Ana', { locale: 'de' });
    await ana.run('setup');
    const labels = (ana.last?.replies[0]?.buttons ?? []).flat().map((b) => b.label);
    expect(labels).toEqual(['Überspringen', 'Abbrechen']);
    await ana.say('rowing, yoga, chess');
    expect(ana.text()).toMatch(/Die Aktivität „chess“ kenne ich nicht/);
    await ana.say('running, yoga');
    await ana.press(ana.button('Fortgeschritten'));
    await ana.say('Berlin, DE');
    await ana.say('0');
    expect(ana.text()).toMatch(/Der Umkreis muss mindestens 1 km sein\./);
    expect(ana.text()).toMatch(/noch 3 Fragen/);
    await ana.say('15');
    await ana.say('überspringen');
    await ana.say('abbrechen');
    expect(ana.text()).toMatch(/\/setup abgebrochen/);
  });

  it('GIVEN a Russian speaker WHEN he types an option the command lacks THEN he is told in Russian', async () => {
    const ivan = h.person('Ivan', { locale: 'ru' });
    await ivan.run('notifications', 'colour: red');
    expect(ivan.text()).toMatch(/Пишите параметры как имя: значение, например \/notifications alerts: …/);
    await ivan.send({ kind: 'options', command: 'notifications', values: { colour: 'red' } });
    expect(ivan.text()).toMatch(/У \/notifications нет параметра «colour»/);
    await ivan.run('notifications', 'quiet: later');
    expect(ivan.text()).toMatch(/«later» не подходит/);
  });
});

describe('/help and /delete-me in the person’s language', () => {
  it('GIVEN a Spanish speaker WHEN she asks for help THEN sections and explanations are Spanish', async () => {
    const eva = h.person('Eva', { locale: 'es-419' });
    await eva.run('help');
    await eva.run('help');
    expect(eva.text()).toMatch(/Spotter — encuentra compañeros de entrenamiento cerca/);
    expect(eva.text()).toMatch(/Perfil/);
    expect(eva.text()).toMatch(/\/language/);
    await eva.run('help', 'set-radius');
    expect(eva.text()).toMatch(/Opciones \(escríbelas como nombre: valor, o en este orden: \/set-radius km\)/);
  });

  it('GIVEN Ivan reads Russian and is in Ann’s session WHEN Ann, who speaks English, deletes herself THEN Ivan is told in Russian', async () => {
    const C = 'berlin-runners';
    const mia = h.person('Mia', { community: C, admin: true });
    await mia.run('mod-settings');
    const ann = await runner(h, 'Ann', { community: C });
    const ivan = await runner(h, 'Ivan', { community: C });
    await h.store.people.update(await ivan.id(), { language: 'ru' }, h.now);
    const s = await createSession(h, ann, 'activity: running when: tomorrow 7am place: Berlin, DE capacity: 3');
    await ivan.run('join', s.id);
    await ann.press(ann.button(/Accept/, [ann.lastInbox()]));
    const dm = ann.in(null);
    await dm.run('delete-me');
    await dm.press(dm.button('Yes, delete everything'));
    expect(dm.text()).toMatch(/1 person was told/);
    const told = textOf(notification(ivan, /отменена/));
    expect(told).toMatch(/Тренировка \*\*.+\*\* \(<t:\d+:F>\) отменена: организатор покинул Spotter\./);
  });
});
