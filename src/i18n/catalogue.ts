import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { LANGUAGES, type Lang, type Locale, PSEUDO } from './languages.js';
import { pseudoText } from './pseudo.js';

/**
 * One Fluent catalogue per language: every `.ftl` file in `locales/<lang>/`, loaded once. Fluent
 * (not i18next): its syntax carries plurals, selectors and placeholders in the translation itself,
 * so a translator can give Russian its three plural forms without code changing.
 */
export class Catalogues {
  private readonly bundles = new Map<Locale, FluentBundle>();

  constructor(private readonly sources: ReadonlyMap<Lang, readonly string[]>) {
    for (const lang of LANGUAGES) this.bundles.set(lang, bundleOf(lang, sources.get(lang) ?? []));
    this.bundles.set(PSEUDO, bundleOf('en', sources.get('en') ?? [], pseudoText));
  }

  bundle(locale: Locale): FluentBundle {
    return this.bundles.get(locale)!;
  }

  /** Every message id of a language, attributes as `id.attr` — for the parity test. */
  ids(locale: Locale): string[] {
    const out: string[] = [];
    for (const source of this.sources.get(locale === PSEUDO ? 'en' : locale) ?? [])
      for (const entry of new FluentResource(source).body) {
        // Terms (`-brand`) are for other messages to use, never asked for by code.
        if (entry.id.startsWith('-')) continue;
        if (entry.value) out.push(entry.id);
        for (const attr of Object.keys(entry.attributes)) out.push(`${entry.id}.${attr}`);
      }
    return out;
  }
}

function bundleOf(locale: string, sources: readonly string[], transform?: (text: string) => string): FluentBundle {
  // No Unicode isolation marks around values: chat clients show them as stray characters.
  const bundle = new FluentBundle(locale, { useIsolating: false, ...(transform ? { transform } : {}) });
  for (const source of sources) {
    const errors = bundle.addResource(new FluentResource(source));
    if (errors.length > 0) throw new Error(`locales/${locale}: ${errors.map((e) => e.message).join('; ')}`);
  }
  return bundle;
}

/** The `locales/` folder: beside `src/` when run from source, beside `dist/` when built. */
export function localesDir(from = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from, i = 0; i < 6; i++, dir = dirname(dir)) {
    const candidate = join(dir, 'locales');
    if (existsSync(join(candidate, 'en'))) return candidate;
  }
  throw new Error('locales/ not found next to the program');
}

/** Reads every catalogue file, sorted by name so a merge order never changes which message wins. */
export function readCatalogueSources(dir = localesDir()): Map<Lang, string[]> {
  const out = new Map<Lang, string[]>();
  for (const lang of LANGUAGES) {
    const folder = join(dir, lang);
    const files = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.ftl')).sort() : [];
    out.set(lang, files.map((f) => readFileSync(join(folder, f), 'utf8')));
  }
  return out;
}

let loaded: Catalogues | null = null;

/** The program's catalogues, read from disk the first time they are needed. */
export function catalogues(): Catalogues {
  loaded ??= new Catalogues(readCatalogueSources());
  return loaded;
}
