import type { Reply } from '../../src/interaction/reply.js';
import { formatTimeTags, stripBold } from '../../src/interaction/render-text.js';

/** What a numbered choice on screen does when its number is typed. */
export type Choice = { readonly label: string; readonly action: string; readonly value?: string };

/** A reply as terminal text; buttons and select options become numbered choices. */
export function renderReply(reply: Reply, now: Date, choices: Choice[]): string {
  const fmt = (s: string) => stripBold(formatTimeTags(s, reply.zone, now, reply.lang));
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
  if (reply.file) lines.push(`  (file ${reply.file.name}, ${reply.file.content.length} bytes — saved as ./${reply.file.name})`);
  if (reply.prompt?.kind === 'location') lines.push('  (type a place, "lat, lng", or a map link)');
  return lines.join('\n');
}
