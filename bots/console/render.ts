import type { Translator } from '../../src/i18n/translator.js';
import type { Reply } from '../../src/interaction/reply.js';
import { formatMentionTags, formatTimeTags, stripBold } from '../../src/interaction/render-text.js';

/** What a numbered choice on screen does when its number is typed. */
export type Choice = { readonly label: string; readonly action: string; readonly value?: string };

/** A reply as terminal text; buttons and select options become numbered choices; `t` says the terminal's own words. */
export function renderReply(reply: Reply, now: Date, choices: Choice[], t: Translator): string {
  const fmt = (s: string) => stripBold(formatMentionTags(formatTimeTags(s, reply.zone, now, reply.lang)));
  const lines: string[] = [];
  const mark = reply.tone === 'error' ? '✖ ' : reply.tone === 'success' ? '✔ ' : reply.tone === 'warning' ? '⚠ ' : '';
  if (reply.title) lines.push(`${mark}${fmt(reply.title)}`);
  if (reply.text) lines.push(reply.title ? fmt(reply.text) : `${mark}${fmt(reply.text)}`);
  for (const f of reply.fields ?? []) lines.push(`  ${fmt(f.name)}: ${fmt(f.value).replace(/\n/g, '\n    ')}`);
  for (const row of reply.buttons ?? [])
    for (const b of row) {
      choices.push({ label: b.label, action: b.action });
      lines.push(`  [${choices.length}] ${b.label}`);
    }
  if (reply.select) {
    lines.push(`  ${reply.select.placeholder}:`);
    for (const o of reply.select.options) {
      choices.push({ label: o.label, action: reply.select.action, value: o.value });
      lines.push(`  [${choices.length}] ${o.label}${o.description ? ` — ${o.description}` : ''}`);
    }
  }
  // Sizes as plain digits (a number would be grouped "1,234" by the catalogue).
  if (reply.file) lines.push(`  ${t.t('console-file', { name: reply.file.name, bytes: String(reply.file.content.length) })}`);
  if (reply.prompt?.kind === 'location') lines.push(`  ${t.t('console-type-place')}`);
  return lines.join('\n');
}
