import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userKey } from '../../../src/domain/platform.js';
import { CHOSEN_LANGUAGE_TTL_MS } from '../../../src/core/chosen-languages.js';
import { Harness } from '../../support/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => vi.restoreAllMocks());

/**
 * The language a platform adapter says its own words in (an apology, a form's labels): the
 * person's /language choice, else their platform's. Asked on many updates, so it must not cost a
 * store read while nothing changed.
 */
describe('the language of an adapter\'s own words', () => {
  it('GIVEN Ana, whose app says English, chose German WHEN an adapter asks again and again THEN German, without reading the store', async () => {
    const ana = h.person('Ana', { locale: 'en' });
    const key = userKey('console', ana.userId);
    await ana.run('language', 'de');
    const reads = vi.spyOn(h.store.people, 'findByIdentity');
    for (let i = 0; i < 20; i++) expect(await h.dispatcher.adapterLocale(key, 'en')).toBe('de');
    expect(h.dispatcher.adapterLocaleNow(key, 'en')).toBe('de');
    expect(reads).not.toHaveBeenCalled();

    // WHEN she goes back to following her app THEN the next question already hears it, still without a read.
    await ana.run('language', 'auto');
    reads.mockClear();
    expect(await h.dispatcher.adapterLocale(key, 'en')).toBe('en');
    expect(await h.dispatcher.adapterLocale(key, 'ru')).toBe('ru');
    expect(reads).not.toHaveBeenCalled();
  });

  it('GIVEN a remembered choice grown old WHEN asked THEN the store is read once and the answer is remembered again', async () => {
    const ben = h.person('Ben', { locale: 'en' });
    const key = userKey('console', ben.userId);
    await ben.run('language', 'es');
    h.advance(CHOSEN_LANGUAGE_TTL_MS + 1);
    const reads = vi.spyOn(h.store.people, 'findByIdentity');
    expect(await h.dispatcher.adapterLocale(key, 'en')).toBe('es');
    expect(await h.dispatcher.adapterLocale(key, 'en')).toBe('es');
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('GIVEN someone never seen WHEN asked, or asked while the store fails THEN their platform\'s language', async () => {
    const stranger = userKey('console', 'nobody-yet');
    expect(h.dispatcher.adapterLocaleNow(stranger, 'ru')).toBe('ru');
    expect(await h.dispatcher.adapterLocale(stranger, 'de')).toBe('de');

    const cleo = h.person('Cleo', { locale: 'en' });
    await cleo.run('language', 'ru');
    h.advance(CHOSEN_LANGUAGE_TTL_MS + 1);
    vi.spyOn(h.store.people, 'findByIdentity').mockRejectedValue(new Error('store down'));
    // An apology is said because something failed, often the store: it still goes out, in the platform's words.
    expect(await h.dispatcher.adapterLocale(userKey('console', cleo.userId), 'es')).toBe('es');
  });
});
