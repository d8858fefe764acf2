/**
 * A very small typed SVG writer: elements as values, attributes and text escaped once, here.
 * Templates (src/views/images) build trees of these; `svgDocument` turns one into the string the
 * PNG worker renders. Nothing a person typed can break out of an attribute or a text node.
 */

export type Attr = string | number | undefined;

export interface SvgElement {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, Attr>>;
  readonly children: readonly SvgNode[];
}

/** An element, a text node (escaped), or nothing (skipped: handy for optional parts). */
export type SvgNode = SvgElement | string | null | false;

const ENTITIES = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&#39;'],
]);

// Control characters other than tab/newline are not allowed in XML 1.0 at all.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export const escapeXml = (s: string): string => s.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES.get(c) ?? c);

export const el = (tag: string, attrs: Readonly<Record<string, Attr>> = {}, ...children: SvgNode[]): SvgElement => ({ tag, attrs, children });

/** Numbers as short, locale-free text (0.1 px is finer than anything we draw). */
const num = (n: number): string => String(Math.round(n * 10) / 10);

function serialize(node: SvgNode, out: string[]): void {
  if (node === null || node === false) return;
  if (typeof node === 'string') {
    out.push(escapeXml(node));
    return;
  }
  out.push('<', node.tag);
  for (const [name, value] of Object.entries(node.attrs)) {
    if (value === undefined) continue;
    out.push(' ', name, '="', typeof value === 'number' ? num(value) : escapeXml(value), '"');
  }
  if (node.children.length === 0) {
    out.push('/>');
    return;
  }
  out.push('>');
  for (const child of node.children) serialize(child, out);
  out.push('</', node.tag, '>');
}

export function svgDocument(width: number, height: number, ...children: SvgNode[]): string {
  const out: string[] = [];
  serialize(el('svg', { xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}` }, ...children), out);
  return out.join('');
}

// ---- shapes the templates use ----------------------------------------------------------------

export const rect = (x: number, y: number, width: number, height: number, fill: string, extra: Record<string, Attr> = {}): SvgElement =>
  el('rect', { x, y, width, height, fill, ...extra });

export interface TextStyle {
  readonly size: number;
  readonly fill: string;
  readonly weight?: 'normal' | 'bold';
  readonly anchor?: 'start' | 'middle' | 'end';
}

/** One line of text; the family is the one font the renderer loads. */
export const text = (x: number, y: number, content: string, style: TextStyle): SvgElement =>
  el(
    'text',
    {
      x,
      y,
      'font-family': 'DejaVu Sans',
      'font-size': style.size,
      'font-weight': style.weight === 'bold' ? 'bold' : undefined,
      'text-anchor': style.anchor && style.anchor !== 'start' ? style.anchor : undefined,
      fill: style.fill,
    },
    content,
  );

/**
 * Shortens text to about `maxWidth` pixels. DejaVu Sans averages ~0.5 em per character (bold
 * a little more); a rough cut is enough to keep a long name from running off the card.
 */
export function fitText(content: string, maxWidth: number, size: number, bold = false): string {
  const perChar = size * (bold ? 0.62 : 0.55);
  const max = Math.max(1, Math.floor(maxWidth / perChar));
  const chars = Array.from(content);
  return chars.length <= max ? content : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}
