/**
 * How a session that is happening reads: its mark in /my-sessions ("happening now", "ended 2
 * hours ago · checked in") and its line in a choice between several.
 */
import type { CurrentSession } from '../core/sessions-live.js';
import { at } from '../domain/phrase.js';
import { endsAt } from '../domain/session.js';
import type { Translator } from '../i18n/translator.js';
import type { Select } from '../interaction/reply.js';
import { activityName } from './words.js';

/** The longest text a select option shows (Discord's limit). */
const OPTION_TEXT = 100;

/** "happening now", "starts <t:R>", "ended <t:R>", with "· checked in" once I answered. */
export function liveNote(t: Translator, c: CurrentSession): string {
  const when =
    c.phase === 'now' ? t.t('live-note-now') : c.phase === 'soon' ? t.t('live-note-soon', { relative: at(c.session.startsAt, 'R') }) : t.t('live-note-ended', { relative: at(endsAt(c.session), 'R') });
  return c.answered ? `${when} · ${t.t('live-note-answered')}` : when;
}

/** One option per session: its title, and what it is with when it is (without `<t:…>`: selects show plain text). */
export const liveChoices = (t: Translator, current: readonly CurrentSession[]): Select['options'] =>
  current.map((c) => ({
    value: c.session.id,
    label: c.session.title.slice(0, OPTION_TEXT),
    description: `${activityName(t, c.session.activity)} · ${t.t(c.phase === 'now' ? 'live-choice-now' : c.phase === 'soon' ? 'live-choice-soon' : 'live-choice-ended')} · ${c.session.place.label}`.slice(0, OPTION_TEXT),
  }));
