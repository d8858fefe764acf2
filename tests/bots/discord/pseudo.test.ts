import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PSEUDO } from '../../../src/i18n/languages.js';
import { translator } from '../../../src/i18n/translator.js';
import { defineCommand } from '../../../src/interaction/command.js';
import { buildRegistry } from '../../../src/interaction/registry.js';
import { messageText } from '../../fakes/discord/index.js';
import { testRegistry } from '../../support/harness.js';
import { DiscordWorld } from './world.js';

/**
 * The pseudo-locale run of the adapter's own words: with every message in accented English, what
 * the Discord adapter says by itself (an apology, a form's labels, the answer button and its modal)
 * comes from the catalogues too, so a German or Russian member never reads English there.
 */

const boom = defineCommand({
  name: 'boom',
  description: 'Fails with an unexpected error',
  requires: [{ kind: 'anyone' }],
  category: 'more',
  options: {},
  async execute(): Promise<never> {
    throw new Error('kaboom');
  },
});

const pseudo = translator(PSEUDO);

let w: DiscordWorld;
beforeAll(async () => {
  w = await DiscordWorld.start({ locale: PSEUDO, registry: buildRegistry([...(await testRegistry()).list, boom]) });
});
afterAll(async () => {
  await w?.stop();
});

describe('the Discord adapter’s own words in the pseudo-locale', () => {
  it('GIVEN a member whose Discord is English WHEN a command crashes THEN the apology is the catalogue’s, in the pseudo-locale', async () => {
    const ed = w.person('Ed', { locale: 'en-US' });
    const ix = await w.slash(ed.here, 'boom');
    expect(w.text(ix)).toBe(pseudo.t('error-internal'));
    expect(w.text(ix)).not.toMatch(/Sorry/);
  });

  it('GIVEN Discord refuses the answer WHEN a member runs a command THEN the responder’s apology is in the pseudo-locale too', async () => {
    const fay = w.person('Fay', { locale: 'en-US' });
    w.fake.fail('POST', /^\/interactions\/\d+\/[^/]+\/callback$/, { status: 400, code: 50035, message: 'Invalid Form Body' });
    const ix = await w.slash(fay.here, 'help');
    expect(w.text(ix)).toBe(pseudo.t('discord-apology'));
  });

  it('GIVEN /set-bio without its text WHEN the form modal opens THEN its field label is the pseudo-locale’s', async () => {
    const lena = w.person('Lena', { locale: 'en-US' });
    const opened = await w.slash(lena.here, 'set-bio');
    const label = (opened.modal?.components?.[0] as { label?: string } | undefined)?.label;
    expect(label).toBe(pseudo.t('cmd-set-bio-bio').slice(0, 45));
    expect(label).not.toMatch(/A short bio/);
  });

  it('GIVEN /setup run bare WHEN the question asks for typed text THEN the Answer button and its modal title are the pseudo-locale’s', async () => {
    const mia = w.person('Mia', { locale: 'en-US' });
    const first = await w.slash(mia.here, 'setup');
    const question = w.lastShown(first);
    expect(messageText(question)).not.toMatch(/\bWhere\b/);
    const labels = question.components.flatMap((row) => row.components ?? []).map((c) => c.label);
    expect(labels).toContain(pseudo.t('discord-answer-button'));
    const opened = await w.click(mia.here, question, pseudo.t('discord-answer-button'));
    expect(opened.modal?.title).toBe(pseudo.t('discord-answer-title'));
  });
});
