import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import type { Button, Reply } from '../src/interaction/reply.js';
import { LocalePolicy } from '../src/i18n/locale-policy.js';
import { PSEUDO } from '../src/i18n/languages.js';
import { translator } from '../src/i18n/translator.js';
import { phrase } from '../src/domain/phrase.js';
import { userError } from '../src/result.js';
import { LANGUAGE_CHOICES, languageName, languageSource, parseLanguage, whyLanguage } from '../src/views/language.js';
import languageCommand from './language.js';

/** The person's language: their choice beats their platform's, which beats the community's default. */
export default defineCommand({
  name: 'language',
  description: 'The language Spotter speaks with you: en, de, es, ru, or auto to follow your app',
  requires: [{ kind: 'anyone' }],
  category: 'profile',
  options: { language: opt.text({ description: 'A language (de, Deutsch, german, ru, русский…) or "auto" to follow your app', max: 40, label: 'The language' }) },
  positional: 'language',
  async execute(ctx, { language }) {
    if (!language) {
      const { t } = ctx;
      const now = languageSource(ctx.me, ctx.invocation.locale, ctx.community);
      const buttons: Button[] = [];
      for (const { lang, name } of LANGUAGE_CHOICES)
        buttons.push(await ctx.button(name, languageCommand, { language: lang }, { style: lang === now.lang ? 'success' : 'secondary' }));
      const auto = ctx.me.language ? [[await ctx.button(t.t('lang-button-auto'), languageCommand, { language: 'auto' }, { style: 'primary' })]] : [];
      const reply: Reply = {
        visibility: 'private',
        title: t.t('lang-title'),
        text: t.t('lang-current', { why: whyLanguage(t, now.lang, now.source, ctx.invocation.platform) }),
        buttons: [buttons, ...auto],
      };
      return reply;
    }
    const wanted = parseLanguage(language);
    if (!wanted)
      return userError('invalid-input', phrase('lang-unknown', { text: language.slice(0, 40), known: LANGUAGE_CHOICES.map((c) => `${c.lang} (${c.name})`).join(', ') }));
    const me = await ctx.core.people.setLanguage(ctx.me, wanted === 'auto' ? null : wanted);
    // The answer is already in the new language; a test run in pseudo-English stays in it.
    const lang = new LocalePolicy(ctx.t.lang === PSEUDO ? PSEUDO : null).invoker(me, ctx.invocation.locale, ctx.community);
    const t = translator(lang);
    const now = languageSource(me, ctx.invocation.locale, ctx.community);
    const reply: Reply = {
      visibility: 'private',
      text: wanted === 'auto' ? t.t('lang-auto', { why: whyLanguage(t, now.lang, now.source, ctx.invocation.platform) }) : t.t('lang-set', { language: languageName(wanted) }),
      tone: 'success',
      lang,
    };
    return reply;
  },
});
