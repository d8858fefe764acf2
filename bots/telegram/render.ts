import type { InlineKeyboardButton, InlineKeyboardMarkup, ReplyKeyboardMarkup, ReplyKeyboardRemove } from 'telegraf/types';
import { formatMentionTags, formatTimeTags, stripBold } from '../../src/interaction/render-text.js';
import type { Reply } from '../../src/interaction/reply.js';
import { pickLocale } from '../../src/i18n/languages.js';
import { type Translator, translator } from '../../src/i18n/translator.js';
import { formData, inPlaceData, optionData } from './selects.js';

/** The adapter's own words in the reply's language (the reader's). */
const wordsOf = (reply: Pick<Reply, 'lang'>): Translator => translator(pickLocale(reply.lang));

/**
 * A neutral Reply as Telegram messages: HTML text (title, text, fields), an inline keyboard for
 * buttons and select options, a document for a file, and — for a question that wants a place, in
 * a private chat — the "share my location" reply keyboard.
 */

export type Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove;

export type Outgoing =
  | { readonly kind: 'message'; readonly text: string; readonly markup?: Markup }
  | { readonly kind: 'document'; readonly name: string; readonly content: string; readonly caption?: string }
  | { readonly kind: 'photo'; readonly name: string; readonly data: Uint8Array; readonly caption: string; readonly markup?: InlineKeyboardMarkup };

export interface RenderOptions {
  /** For `<t:…>` relative times ("in 2 hours"). */
  readonly now: Date;
  /** Offer the share-location keyboard for a place question (private chats only). */
  readonly locationKeyboard: boolean;
}

/** The share-location button's text in a language (`lang`: a reply's). */
export const shareLocation = (lang?: string): string => translator(pickLocale(lang)).t('telegram-share-location');
/** Telegram's limit is 4096 characters of text; leave room for tags. */
const MESSAGE_BUDGET = 4000;
/** Captions are limited to 1024 characters; counting the HTML keeps well inside that. */
export const CAPTION_BUDGET = 1000;

export const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `/set-location` → `/set_location`: Telegram makes only the latter a tappable command (both are accepted when typed). */
export const telegramCommands = (text: string): string =>
  text.replace(/(^|[\s(“"'])\/([a-z][a-z0-9]*(?:-[a-z0-9]+)+)(?![\w/-])/g, (_, before: string, name: string) => `${before}/${name.replace(/-/g, '_')}`);

/** `<t:…>` tags in the viewer's zone, commands made tappable, then escaped, then `**bold**` → `<b>`. */
export function formatText(text: string, zone: string | undefined, now: Date, lang?: string): string {
  return escapeHtml(telegramCommands(formatMentionTags(formatTimeTags(text, zone, now, lang)))).replace(/\*\*(.+?)\*\*/gs, '<b>$1</b>');
}

/** Formats `source`, cutting it (with "…") until the HTML fits in `budget`. */
function fit(source: string, budget: number, format: (s: string) => string): string {
  let html = format(source);
  let keep = Math.min(source.length, budget);
  while (html.length > budget && keep > 0) {
    keep = Math.floor(keep * 0.8);
    // Cut on whole characters, and never in the middle of a "**" pair's content.
    html = format(`${stripBold(Array.from(source).slice(0, keep).join(''))}…`);
  }
  return html;
}

export function renderHtml(reply: Reply, now: Date, budget = MESSAGE_BUDGET): string {
  const fmt = (s: string) => formatText(s, reply.zone, now, reply.lang);
  const icon = reply.tone === 'error' ? '⚠️ ' : '';
  const parts: string[] = [];
  if (reply.title) parts.push(`<b>${icon}${fit(stripBold(reply.title), 256, fmt)}</b>`);
  if (reply.text) parts.push(`${reply.title ? '' : icon}${fit(reply.text, budget - 300, fmt)}`);
  let used = parts.join('\n\n').length;
  const fields = reply.fields ?? [];
  for (const [i, f] of fields.entries()) {
    const part = `<b>${escapeHtml(stripBold(f.name).slice(0, 256))}</b>\n${fit(f.value, 1024, fmt)}`;
    if (used + part.length + 2 > budget - 40) {
      parts.push(`<i>${escapeHtml(wordsOf(reply).t('telegram-more-fields', { count: fields.length - i }))}</i>`);
      break;
    }
    parts.push(part);
    used += part.length + 2;
  }
  const html = parts.join('\n\n');
  return html.trim() ? html : '…';
}

/** Select options first (one button each: callback data = the select's action id and the option's index), then the buttons. */
export function inlineKeyboard(reply: Reply): InlineKeyboardMarkup | undefined {
  const rows: InlineKeyboardButton[][] = [];
  if (reply.select) for (const [i, o] of reply.select.options.entries()) rows.push([{ text: o.label.slice(0, 64), callback_data: optionData(reply.select, i) }]);
  for (const row of reply.buttons ?? []) if (row.length) rows.push(row.map((b) => ({ text: b.label.slice(0, 64), callback_data: b.form ? formData(b.action, b.form.option) : b.inPlace ? inPlaceData(b.action) : b.action })));
  return rows.length ? { inline_keyboard: rows } : undefined;
}

export const shareLocationKeyboard = (t: Translator): ReplyKeyboardMarkup => ({
  keyboard: [[{ text: t.t('telegram-share-location'), request_location: true }]],
  resize_keyboard: true,
  one_time_keyboard: true,
  input_field_placeholder: t.t('telegram-share-location-placeholder').slice(0, 64),
});

export const REMOVE_KEYBOARD: ReplyKeyboardRemove = { remove_keyboard: true };

/**
 * A reply with a picture: one photo whose caption is the whole text when it fits, else the photo
 * with its title as caption and the text right after it as a message (which then carries the
 * buttons, so they sit under the words they belong to).
 */
function withPhoto(reply: Reply, image: NonNullable<Reply['image']>, now: Date, keyboard: InlineKeyboardMarkup | undefined): Outgoing[] {
  const photo = { kind: 'photo' as const, name: image.name, data: image.png };
  // The whole text or none of it: a caption cut short would hide what the picture shows.
  const full = renderHtml(reply, now);
  if (full.length <= CAPTION_BUDGET) return [{ ...photo, caption: full, ...(keyboard ? { markup: keyboard } : {}) }];
  // The reader's zone and language come along: a title may hold a time.
  const short = renderHtml(
    { visibility: reply.visibility, text: '', title: reply.title ?? stripBold(reply.text).slice(0, 200), tone: reply.tone ?? 'info', ...(reply.zone ? { zone: reply.zone } : {}), ...(reply.lang ? { lang: reply.lang } : {}) },
    now,
    CAPTION_BUDGET,
  );
  return [
    { ...photo, caption: short },
    { kind: 'message', text: full, ...(keyboard ? { markup: keyboard } : {}) },
  ];
}

export function renderReply(reply: Reply, options: RenderOptions): Outgoing[] {
  const keyboard = inlineKeyboard(reply);
  if (reply.image) {
    const out = withPhoto(reply, reply.image, options.now, keyboard);
    return reply.file ? [...out, { kind: 'document', name: reply.file.name, content: reply.file.content }] : out;
  }
  const wantsLocation = options.locationKeyboard && reply.prompt?.kind === 'location';
  if (reply.file) {
    const document = { kind: 'document' as const, name: reply.file.name, content: reply.file.content };
    const caption = renderHtml(reply, options.now, CAPTION_BUDGET);
    if (!keyboard && caption.length <= CAPTION_BUDGET) return [{ ...document, caption }];
    return [{ kind: 'message', text: renderHtml(reply, options.now), ...(keyboard ? { markup: keyboard } : {}) }, document];
  }
  const text = renderHtml(reply, options.now);
  if (!wantsLocation) return [{ kind: 'message', text, ...(keyboard ? { markup: keyboard } : {}) }];
  // One message holds one keyboard: the question keeps its inline buttons (skip, cancel), and the
  // share-location button comes in a second message right under it.
  const t = wordsOf(reply);
  if (!keyboard) return [{ kind: 'message', text, markup: shareLocationKeyboard(t) }];
  // The catalogue's words carry their own <b> around the button's name (Telegram HTML).
  const below = t.t('telegram-share-location-below', { button: escapeHtml(t.t('telegram-share-location')) });
  return [
    { kind: 'message', text, markup: keyboard },
    { kind: 'message', text: below, markup: shareLocationKeyboard(t) },
  ];
}
