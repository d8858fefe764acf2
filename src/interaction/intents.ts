import type { Locale } from '../i18n/languages.js';

/**
 * What a person most likely wants when they write to Spotter in their own words outside any
 * question: "find a running buddy", "any sessions tomorrow?", "stop alerts", "help", "cancel".
 * Recognised by words, never by the text indexing anything: the words are data, the person's
 * text is only split and compared.
 */
export type Intent = 'match' | 'sessions' | 'stop-alerts' | 'help' | 'cancel' | 'setup';

/**
 * The words of each intent, per language, lowercased and without accents. A phrase of several
 * words matches those words in a row. Earlier intents win ("stop alerts" before anything about
 * sessions), and the person's own language is tried before English.
 */
const WORDS: ReadonlyMap<Locale, readonly (readonly [Intent, readonly string[]])[]> = new Map([
  [
    'en',
    [
      ['stop-alerts', ['stop alerts', 'no alerts', 'alerts off', 'turn off alerts', 'stop notifications', 'unsubscribe', 'mute']],
      ['cancel', ['cancel', 'never mind', 'nevermind', 'stop']],
      ['sessions', ['session', 'sessions', 'event', 'events', 'workout today', 'workouts', 'group run', 'meetup']],
      ['match', ['buddy', 'buddies', 'partner', 'partners', 'someone', 'people', 'match', 'matches', 'friend']],
      ['setup', ['profile', 'set up', 'setup', 'sign up', 'register', 'start']],
      ['help', ['help', 'what can you do', 'commands', 'menu']],
    ],
  ],
  [
    'de',
    [
      ['stop-alerts', ['keine benachrichtigungen', 'benachrichtigungen aus', 'keine hinweise', 'stummschalten', 'abmelden']],
      ['cancel', ['abbrechen', 'egal', 'vergiss es', 'stopp']],
      ['sessions', ['termin', 'termine', 'treffen', 'training heute', 'trainings', 'veranstaltung', 'lauftreff']],
      ['match', ['partner', 'partnerin', 'laufpartner', 'trainingspartner', 'jemanden', 'leute', 'mitstreiter', 'buddy']],
      ['setup', ['profil', 'einrichten', 'anmelden', 'registrieren']],
      ['help', ['hilfe', 'was kannst du', 'befehle', 'menu', 'menue']],
    ],
  ],
  [
    'es',
    [
      ['stop-alerts', ['sin alertas', 'quitar alertas', 'desactivar alertas', 'no mas avisos', 'silenciar']],
      ['cancel', ['cancelar', 'olvidalo', 'dejalo']],
      ['sessions', ['sesion', 'sesiones', 'evento', 'eventos', 'quedada', 'quedadas', 'entreno hoy', 'entrenamientos']],
      ['match', ['companero', 'companera', 'companeros', 'pareja', 'alguien', 'gente', 'amigo', 'buddy']],
      ['setup', ['perfil', 'configurar', 'registrarme', 'empezar']],
      ['help', ['ayuda', 'que puedes hacer', 'comandos', 'menu']],
    ],
  ],
  [
    'ru',
    [
      ['stop-alerts', ['без уведомлении', 'отключи уведомления', 'выключи уведомления', 'не присылаи', 'отписаться']],
      ['cancel', ['отмена', 'отменить', 'неважно', 'стоп']],
      ['sessions', ['тренировка', 'тренировки', 'тренировку', 'встреча', 'встречи', 'событие', 'пробежка сегодня']],
      ['match', ['партнер', 'партнера', 'напарник', 'напарника', 'кого-нибудь', 'кого то', 'людеи', 'компания', 'друга']],
      ['setup', ['профиль', 'настроить', 'регистрация', 'начать']],
      ['help', ['помощь', 'помоги', 'что ты умеешь', 'команды', 'меню']],
    ],
  ],
]);

/** Lowercase, accents and ё/й folded (so "Compañero", "sesión", "партнёр" match), words split apart. */
export function wordsOf(text: string): string[] {
  const folded = text
    .slice(0, 500)
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
  return folded.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)?/gu) ?? [];
}

/** The intent of a free text, trying the person's language first, then English. */
export function recogniseIntent(text: string, lang: Locale): Intent | null {
  const line = ` ${wordsOf(text).join(' ')} `;
  if (line.trim() === '') return null;
  const order: Locale[] = lang === 'en' || lang === 'en-XA' ? ['en'] : [lang, 'en'];
  for (const language of order) {
    for (const [intent, phrases] of WORDS.get(language) ?? []) {
      if (phrases.some((p) => line.includes(` ${wordsOf(p).join(' ')} `))) return intent;
    }
  }
  return null;
}
