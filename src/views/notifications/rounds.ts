import type { RoundNotification, RoundPartner } from '../../domain/notifications/rounds.js';
import { at } from '../../domain/phrase.js';
import type { Translator } from '../../i18n/translator.js';
import type { Reply } from '../../interaction/reply.js';
import { reasonsLine } from '../matches.js';
import { personLine } from '../words.js';
import type { Viewer } from './viewer.js';

type Of<K extends RoundNotification['kind']> = Extract<RoundNotification, { kind: K }>;

const partnerLines = (t: Translator, partners: readonly RoundPartner[]): string =>
  partners.map((p) => `${personLine(t, p.person)}\n${reasonsLine(t, p.reasons)}`).join('\n\n');

/** One "Find a time with Ana" button per partner, each opening /plan with them. */
const findTimeButtons = (t: Translator, partners: readonly RoundPartner[]): Reply['buttons'] =>
  partners.map((p) => [{ label: t.t('rounds-button-find-time', { name: p.person.displayName || t.t('match-someone') }), action: p.findTime, style: 'primary' as const }]);

export const ROUND_PRESENTERS = {
  'round-intro': (n: Of<'round-intro'>, { t }: Viewer): Reply => ({
    visibility: 'private',
    title: t.t('rounds-intro-title', { community: n.community, trio: n.partners.length > 1 ? 'yes' : 'no' }),
    text: t.t('rounds-intro-text', { partners: partnerLines(t, n.partners), ends: at(n.endsAt, 'F'), trio: n.partners.length > 1 ? 'yes' : 'no' }),
    buttons: findTimeButtons(t, n.partners),
    tone: 'success',
  }),
  'round-nudge': (n: Of<'round-nudge'>, { t }: Viewer): Reply => ({
    visibility: 'private',
    title: t.t('rounds-nudge-title'),
    text: t.t('rounds-nudge-text', {
      names: n.partners.map((p) => p.person.displayName || t.t('match-someone')).join(' & '),
      community: n.community,
      ends: at(n.endsAt, 'R'),
    }),
    buttons: findTimeButtons(t, n.partners),
    tone: 'info',
  }),
};
