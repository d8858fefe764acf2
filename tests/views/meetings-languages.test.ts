import { describe, expect, it } from 'vitest';
import type { ActionId, PersonId } from '../../src/domain/ids.js';
import { translator } from '../../src/i18n/translator.js';
import type { Locale } from '../../src/i18n/languages.js';
import { present } from '../../src/views/notifications/index.js';
import type { MeetingNotification } from '../../src/domain/notifications/meetings.js';

const card = (name: string) => ({ id: name as PersonId, displayName: name, area: null, activities: [], level: null });
const question = (withNames: string[], ask = 1): MeetingNotification => ({
  kind: 'meeting-question',
  with: withNames.map(card),
  source: withNames.length > 1 ? 'round' : 'connection',
  ask,
  yes: 'y' as ActionId,
  notYet: 'n' as ActionId,
  no: 'x' as ActionId,
});
const say = (lang: Locale, n: MeetingNotification) => present(n, { t: translator(lang), lang, zone: 'UTC' });

describe('"did you two train together?" in every language', () => {
  it.each([
    ['en', 'Did you two train together?', ['Yes', 'Not yet', "It didn't work out"]],
    ['de', 'Habt ihr zwei zusammen trainiert?', ['Ja', 'Noch nicht', 'Hat nicht geklappt']],
    ['es', '¿Entrenasteis juntos los dos?', ['Sí', 'Todavía no', 'No funcionó']],
    ['ru', 'Вы тренировались вдвоём?', ['Да', 'Пока нет', 'Не сложилось']],
  ] as const)('GIVEN a pair WHEN said in %s THEN the title and the three buttons are its own', (lang, title, buttons) => {
    const reply = say(lang, question(['Ben']));
    expect(reply.title).toBe(title);
    expect((reply.buttons ?? []).flat().map((b) => b.label)).toEqual(buttons);
    expect(reply.text).toContain('**Ben**');
  });

  it('GIVEN a trio asked the second time WHEN said in German THEN it names both others and says it is the last time', () => {
    const reply = say('de', question(['Ben', 'Cy'], 2));
    expect(reply.title).toBe('Habt ihr drei zusammen trainiert?');
    expect(reply.text).toMatch(/\*\*Ben\*\* und \*\*Cy\*\*/);
    expect(reply.text).toMatch(/das letzte Mal/);
  });

  it.each([
    [1, '1 неделя подряд'],
    [3, '3 недели подряд'],
    [5, '5 недель подряд'],
    [21, '21 неделя подряд'],
  ])('GIVEN a buddy streak of %i weeks WHEN said in Russian THEN the plural is right: "%s"', (current, words) => {
    expect(translator('ru').t('meeting-streak', { current, best: 21 })).toBe(`🔥 ${words} (рекорд: 21)`);
  });

  it('GIVEN "not yet" WHEN the reply is said in Russian THEN seven days read "7 дней"', () => {
    expect(translator('ru').t('meeting-answered-not-yet-again', { days: 7 })).toBe('Ничего страшного. Спрошу ещё раз через 7 дней.');
  });
});
