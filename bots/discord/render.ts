import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APIEmbedField,
  type APILabelComponent,
  type APIModalInteractionResponseCallbackData,
  type APIStringSelectComponent,
  ButtonStyle,
  ComponentType,
  TextInputStyle,
} from 'discord.js';
import type { CommandDefinition } from '../../src/interaction/command.js';
import type { OptionSpec } from '../../src/interaction/options.js';
import type { Button, Reply } from '../../src/interaction/reply.js';
import { type Locale, pickLocale } from '../../src/i18n/languages.js';
import { type Translator, translator } from '../../src/i18n/translator.js';
import { menuWords } from '../../src/interaction/registry.js';
import { ids } from './inbound.js';
import { clip, LIMIT } from './limits.js';

/**
 * A neutral `Reply` as a Discord message: title, text and fields as embeds, buttons and selects
 * as components, files as attachments. Everything is cut to Discord's limits here, so a long
 * answer is shortened rather than refused. `<t:…>` tags pass through: Discord shows them in each
 * member's own time zone.
 */

export type MessageRow = APIActionRowComponent<APIComponentInMessageActionRow>;

export interface RenderedMessage {
  readonly content?: string;
  readonly embeds: APIEmbed[];
  readonly components: MessageRow[];
  readonly files: RenderedFile[];
}

export interface RenderedFile {
  readonly name: string;
  readonly data: Buffer;
  readonly contentType: string;
  /** Alt text (Discord shows it to screen readers and on hover). */
  readonly description?: string;
}

const COLOURS: Record<NonNullable<Reply['tone']> | 'none', number> = {
  none: 0x5865f2,
  info: 0x5865f2,
  success: 0x57f287,
  warning: 0xfee75c,
  error: 0xed4245,
};

const STYLES: Record<Button['style'], ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success | ButtonStyle.Danger> = {
  primary: ButtonStyle.Primary,
  secondary: ButtonStyle.Secondary,
  success: ButtonStyle.Success,
  danger: ButtonStyle.Danger,
};

const BLANK = '\u200b';

export function renderReply(reply: Reply): RenderedMessage {
  const embeds = renderEmbeds(reply);
  const components = renderComponents(reply);
  const files: RenderedFile[] = reply.file ? [{ name: reply.file.name, data: Buffer.from(reply.file.content, 'utf8'), contentType: reply.file.mime }] : [];
  if (reply.image) {
    const { name, png, alt } = reply.image;
    files.push({ name, data: Buffer.from(png.buffer, png.byteOffset, png.byteLength), contentType: 'image/png', description: clip(alt, LIMIT.attachmentDescription) });
    // Shown inside the embed, under its text: the embed refers to the attached file by name.
    const last = embeds[embeds.length - 1];
    if (last) embeds[embeds.length - 1] = { ...last, image: { url: `attachment://${name}` } };
  }
  // Discord refuses a message with nothing in it.
  const empty = embeds.length === 0 && components.length === 0 && files.length === 0;
  return { ...(empty ? { content: '…' } : {}), embeds, components, files };
}

function renderEmbeds(reply: Reply): APIEmbed[] {
  const colour = COLOURS[reply.tone ?? 'none'];
  let budget: number = LIMIT.embedTotal;
  const embeds: APIEmbed[] = [];
  const title = reply.title ? clip(reply.title, LIMIT.title) : undefined;
  if (title) budget -= title.length;

  for (const chunk of split(reply.text.trim(), LIMIT.description)) {
    if (budget <= 1 || embeds.length === LIMIT.embeds) break;
    const description = clip(chunk, budget);
    budget -= description.length;
    embeds.push({ color: colour, description });
  }

  let current: APIEmbedField[] | null = null;
  for (const f of reply.fields ?? []) {
    const name = clip(f.name.trim() || BLANK, LIMIT.fieldName);
    const value = clip(f.value.trim() || BLANK, Math.min(LIMIT.fieldValue, Math.max(1, budget - name.length)));
    if (name.length + value.length > budget) break;
    if (!current || current.length === LIMIT.fields) {
      const last = embeds[embeds.length - 1];
      if (last && !last.fields) current = last.fields = [];
      else if (embeds.length < LIMIT.embeds) {
        current = [];
        embeds.push({ color: colour, fields: current });
      } else break;
    }
    current.push({ name, value, ...(f.inline ? { inline: true } : {}) });
    budget -= name.length + value.length;
  }

  if (title) {
    if (embeds[0]) embeds[0] = { title, ...embeds[0] };
    else embeds.push({ color: colour, title });
  }
  return embeds;
}

/** Pieces of at most `max` characters, cut at paragraph or line ends where possible. */
function split(text: string, max: number): string[] {
  if (!text) return [];
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let cut = Math.max(window.lastIndexOf('\n\n'), window.lastIndexOf('\n'));
    if (cut < max / 2) cut = window.lastIndexOf(' ');
    if (cut < max / 2) cut = max;
    out.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) out.push(rest);
  return out;
}

function renderComponents(reply: Reply): MessageRow[] {
  const rows: MessageRow[] = [];
  const used = new Set<string>();
  if (reply.select && reply.select.options.length > 0) {
    const options: APIStringSelectComponent['options'] = [];
    const values = new Set<string>();
    for (const o of reply.select.options.slice(0, LIMIT.selectOptions)) {
      const value = o.value.slice(0, LIMIT.optionText);
      if (values.has(value)) continue;
      values.add(value);
      options.push({ label: clip(o.label || o.value, LIMIT.optionText), value, ...(o.description ? { description: clip(o.description, LIMIT.optionText) } : {}) });
    }
    used.add(reply.select.action);
    rows.push({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.StringSelect,
          custom_id: reply.select.action,
          placeholder: clip(reply.select.placeholder, LIMIT.selectPlaceholder),
          options,
          min_values: 1,
          max_values: 1,
        },
      ],
    });
  }

  const buttons: APIButtonComponentWithCustomId[][] = (reply.buttons ?? []).map((row) =>
    row
      .filter((b) => !used.has(b.action) && used.add(b.action))
      .map((b) => ({
        type: ComponentType.Button,
        style: STYLES[b.style] ?? ButtonStyle.Secondary,
        label: clip(b.label || '…', LIMIT.buttonLabel),
        custom_id: b.form ? ids.formButton(b.action, b.form.option, b.form.max, clip(b.form.label, LIMIT.inputLabel)) : b.inPlace ? ids.inPlaceButton(b.action) : b.action,
      })),
  );
  // A question waiting for typed text gets an "Answer" button that opens a modal: in a server
  // channel the bot can't read what people type.
  const prompt = reply.prompt;
  if (prompt && (prompt.kind === 'text' || prompt.kind === 'location')) {
    const answer: APIButtonComponentWithCustomId = {
      type: ComponentType.Button,
      style: ButtonStyle.Primary,
      label: translator(pickLocale(reply.lang)).t('discord-answer-button'),
      custom_id: ids.answerButton(prompt.kind === 'text' && prompt.long, clip(prompt.label, LIMIT.inputLabel), prompt.kind === 'text' ? prompt.max : undefined),
    };
    const first = buttons[0];
    if (first && first.length < LIMIT.buttonsPerRow) first.unshift(answer);
    else buttons.unshift([answer]);
  }
  for (const row of buttons) {
    for (let i = 0; i < row.length; i += LIMIT.buttonsPerRow) {
      const components = row.slice(i, i + LIMIT.buttonsPerRow);
      if (components.length) rows.push({ type: ComponentType.ActionRow, components });
    }
  }
  return rows.slice(0, LIMIT.rows);
}

/** The modal behind an "Answer" button: one input, short or paragraph; `t` speaks the person's language. */
export function answerModal(long: boolean, label: string, t: Translator, max: number = LIMIT.inputLength, customId: string = ids.answerModal): APIModalInteractionResponseCallbackData {
  const title = t.t('discord-answer-title');
  return {
    custom_id: customId,
    title: clip(title, LIMIT.modalTitle),
    components: [
      {
        type: ComponentType.Label,
        label: clip(label.trim() || title, LIMIT.inputLabel),
        component: {
          type: ComponentType.TextInput,
          custom_id: ids.answerInput,
          style: long ? TextInputStyle.Paragraph : TextInputStyle.Short,
          required: true,
          // The option's own limit, so Discord stops the typing where Spotter would refuse it.
          max_length: Math.min(max, LIMIT.inputLength),
        },
      },
    ],
  };
}

/** A modal asking for a command's long-text options (at most five), labelled in the person's language. */
export function formModal(command: CommandDefinition, pendingId: string, options: readonly [string, OptionSpec][], lang: Locale = 'en'): APIModalInteractionResponseCallbackData {
  const words = menuWords(lang);
  const components: APILabelComponent[] = options.slice(0, LIMIT.modalInputs).map(([name, spec]) => ({
    type: ComponentType.Label,
    ...inputLabel(name, words.option(command, name, spec), lang),
    component: {
      type: ComponentType.TextInput,
      custom_id: name,
      style: TextInputStyle.Paragraph,
      required: spec.required,
      max_length: Math.min(spec.maxLength ?? LIMIT.inputLength, LIMIT.inputLength),
    },
  }));
  return { custom_id: ids.formModal(pendingId), title: clip(`/${command.name}`, LIMIT.modalTitle), components };
}

/** "Notizen für Mitmachende (bis 500 Zeichen)" → "Notizen für Mitmachende": a closing parenthesis dropped. */
function withoutParenthesis(text: string): string {
  const open = text.lastIndexOf('(');
  return text.trimEnd().endsWith(')') && open > 0 ? text.slice(0, open).trimEnd() : text;
}

/**
 * An input's label is the option's description when it fits (45 characters); a longer one is shown
 * under a short label instead: the option's name in English, the description without its
 * parenthesis (or cut) in other languages, where the English name would be a foreign word.
 */
function inputLabel(name: string, description: string, lang: Locale): { label: string; description?: string } {
  if (description.length <= LIMIT.inputLabel) return { label: description };
  const short = lang === 'en' ? name.charAt(0).toUpperCase() + name.slice(1).replace(/-/g, ' ') : withoutParenthesis(description);
  return { label: clip(short, LIMIT.inputLabel), description: clip(description, LIMIT.inputDescription) };
}
