import { allComponents, type Component, type Embed, type FakeAttachment } from './state.js';

/**
 * The checks Discord makes on what a bot sends, so that a payload the real API would refuse
 * fails here too (HTTP 400, code 50035 "Invalid Form Body", or 50006 for an empty message).
 */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

const invalid = (problem: string) => new ApiError(400, 50035, 'Invalid Form Body', { errors: { _errors: [{ code: 'BASE_TYPE_INVALID', message: problem }] } });

function check(ok: boolean, problem: string): void {
  if (!ok) throw invalid(problem);
}

export interface MessageInput {
  content?: string;
  embeds?: Embed[];
  components?: Component[];
  flags?: number;
  attachments?: { id: number | string; filename?: string }[];
}

/** Discord's upload limit for a bot's message without boosts (10 MiB), and its attachment count. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS = 10;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Files as Discord takes them: at most 10, within the upload limit (413, code 40005 beyond it),
 * alt text ≤ 1024; what claims to be a PNG must be one (the fake is stricter than Discord here,
 * so a broken picture fails a test instead of showing a broken image).
 */
export function validateAttachments(files: readonly FakeAttachment[], embeds: readonly Embed[]): void {
  check(files.length <= MAX_ATTACHMENTS, `attachments: must be ${MAX_ATTACHMENTS} or fewer (${files.length})`);
  const total = files.reduce((n, f) => n + f.data.length, 0);
  if (total > MAX_UPLOAD_BYTES) throw new ApiError(413, 40005, 'Request entity too large');
  for (const [i, f] of files.entries()) {
    check((f.description ?? '').length <= 1024, `attachments.${i}.description: must be 1024 or fewer in length`);
    if (f.contentType === 'image/png' || f.filename.toLowerCase().endsWith('.png'))
      check(f.data.length > 24 && f.data.subarray(0, 8).equals(PNG_SIGNATURE), `attachments.${i}: ${f.filename} is not a PNG image`);
  }
  for (const [i, e] of embeds.entries()) {
    const url = e.image?.url;
    if (url === undefined) continue;
    const name = /^attachment:\/\/(.+)$/.exec(url)?.[1];
    if (name !== undefined) check(files.some((f) => f.filename === name), `embeds.${i}.image.url: no attachment named ${name}`);
    else check(/^https?:\/\//.test(url), `embeds.${i}.image.url: not a URL`);
  }
}

/** A message as created or after an edit: throws the error Discord would answer. */
export function validateMessage(m: MessageInput, hasFiles: boolean, files: readonly FakeAttachment[] = []): void {
  validateAttachments(files, m.embeds ?? []);
  const content = m.content ?? '';
  check(content.length <= 2000, `content: must be 2000 or fewer in length (${content.length})`);
  const embeds = m.embeds ?? [];
  check(embeds.length <= 10, `embeds: must be 10 or fewer (${embeds.length})`);
  let total = 0;
  for (const [i, e] of embeds.entries()) {
    check((e.title ?? '').length <= 256, `embeds.${i}.title: must be 256 or fewer in length`);
    check((e.description ?? '').length <= 4096, `embeds.${i}.description: must be 4096 or fewer in length`);
    const fields = e.fields ?? [];
    check(fields.length <= 25, `embeds.${i}.fields: must be 25 or fewer`);
    for (const [j, f] of fields.entries()) {
      check(f.name.length >= 1 && f.name.length <= 256, `embeds.${i}.fields.${j}.name: must be 1–256 in length`);
      check(f.value.length >= 1 && f.value.length <= 1024, `embeds.${i}.fields.${j}.value: must be 1–1024 in length`);
      total += f.name.length + f.value.length;
    }
    check(Boolean(e.title || e.description || fields.length || e.image), `embeds.${i}: empty embed`);
    total += (e.title ?? '').length + (e.description ?? '').length;
  }
  check(total <= 6000, `embeds: total size must be 6000 or fewer (${total})`);
  validateRows(m.components ?? []);
  const empty = !content && embeds.length === 0 && (m.components ?? []).length === 0 && !hasFiles;
  if (empty) throw new ApiError(400, 50006, 'Cannot send an empty message');
}

function validateRows(rows: Component[]): void {
  check(rows.length <= 5, `components: must be 5 or fewer rows (${rows.length})`);
  const ids = new Set<string>();
  for (const [r, row] of rows.entries()) {
    check(row.type === 1, `components.${r}: must be an action row`);
    const items = row.components ?? [];
    check(items.length >= 1, `components.${r}.components: must have at least 1`);
    const selects = items.filter((c) => c.type === 3).length;
    check(selects === 0 || items.length === 1, `components.${r}: a select must be alone in its row`);
    check(items.length <= 5, `components.${r}.components: must be 5 or fewer`);
    for (const [k, c] of items.entries()) {
      const at = `components.${r}.components.${k}`;
      check(c.type === 2 || c.type === 3, `${at}.type: unsupported component ${c.type}`);
      check(typeof c.custom_id === 'string' && c.custom_id.length >= 1 && c.custom_id.length <= 100, `${at}.custom_id: must be 1–100 in length`);
      check(!ids.has(c.custom_id!), `${at}.custom_id: duplicate custom_id "${c.custom_id}"`);
      ids.add(c.custom_id!);
      if (c.type === 2) {
        check([1, 2, 3, 4].includes(c.style ?? 0), `${at}.style: invalid`);
        check((c.label ?? '').length >= 1 && (c.label ?? '').length <= 80, `${at}.label: must be 1–80 in length`);
      } else {
        const options = c.options ?? [];
        check(options.length >= 1 && options.length <= 25, `${at}.options: must be 1–25`);
        check((c.placeholder ?? '').length <= 150, `${at}.placeholder: must be 150 or fewer in length`);
        const values = new Set<string>();
        for (const o of options) {
          check(o.label.length >= 1 && o.label.length <= 100, `${at}.options.label: must be 1–100 in length`);
          check(o.value.length >= 1 && o.value.length <= 100, `${at}.options.value: must be 1–100 in length`);
          check((o.description ?? '').length <= 100, `${at}.options.description: must be 100 or fewer in length`);
          check(!values.has(o.value), `${at}.options.value: duplicate "${o.value}"`);
          values.add(o.value);
        }
      }
    }
  }
}

export interface ModalInput {
  custom_id?: string;
  title?: string;
  components?: Component[];
}

export function validateModal(m: ModalInput): void {
  check(typeof m.custom_id === 'string' && m.custom_id.length >= 1 && m.custom_id.length <= 100, 'data.custom_id: must be 1–100 in length');
  check(typeof m.title === 'string' && m.title.length >= 1 && m.title.length <= 45, `data.title: must be 1–45 in length (${m.title?.length})`);
  const top = m.components ?? [];
  check(top.length >= 1 && top.length <= 5, `data.components: must be 1–5 (${top.length})`);
  for (const [i, c] of top.entries()) {
    if (c.type === 18) {
      const label = (c as { label?: string }).label ?? '';
      check(label.length >= 1 && label.length <= 45, `data.components.${i}.label: must be 1–45 in length (${label.length})`);
      check(((c as { description?: string }).description ?? '').length <= 100, `data.components.${i}.description: must be 100 or fewer in length`);
      check(c.component?.type === 4, `data.components.${i}.component: must be a text input`);
    } else check(c.type === 1 && (c.components ?? []).length === 1, `data.components.${i}: must be a label or an action row`);
  }
  for (const input of allComponents(top)) {
    const t = input as Component & { max_length?: number; min_length?: number };
    check(input.type === 4, 'data.components: only text inputs are supported here');
    check(typeof input.custom_id === 'string' && input.custom_id.length >= 1 && input.custom_id.length <= 100, 'text input custom_id: must be 1–100 in length');
    check(t.max_length === undefined || (t.max_length >= 1 && t.max_length <= 4000), 'text input max_length: must be 1–4000');
  }
}

export function validateChoices(choices: { name: string; value: unknown }[]): void {
  check(choices.length <= 25, `choices: must be 25 or fewer (${choices.length})`);
  for (const c of choices) {
    check(c.name.length >= 1 && c.name.length <= 100, 'choices.name: must be 1–100 in length');
    check(String(c.value).length <= 100, 'choices.value: must be 100 or fewer in length');
  }
}

type Localizations = Record<string, string> | null;

interface ChoiceJson {
  name: string;
  name_localizations?: Localizations;
  value: unknown;
}

interface CommandOptionJson {
  type: number;
  name: string;
  name_localizations?: Localizations;
  description: string;
  description_localizations?: Localizations;
  required?: boolean;
  choices?: ChoiceJson[];
  autocomplete?: boolean;
  options?: CommandOptionJson[];
  max_length?: number;
}

export interface CommandJson {
  name: string;
  name_localizations?: Localizations;
  description: string;
  description_localizations?: Localizations;
  type?: number;
  options?: CommandOptionJson[];
  contexts?: number[];
  default_member_permissions?: string | null;
}

/** Discord's locales (developer docs, Reference → Locales): a localization under any other key is refused. */
export const DISCORD_LOCALES: ReadonlySet<string> = new Set([
  'id', 'da', 'de', 'en-GB', 'en-US', 'es-ES', 'es-419', 'fr', 'hr', 'it', 'lt', 'hu', 'nl', 'no', 'pl', 'pt-BR',
  'ro', 'fi', 'sv-SE', 'vi', 'tr', 'cs', 'el', 'bg', 'ru', 'uk', 'hi', 'th', 'zh-CN', 'ja', 'zh-TW', 'ko',
]);

/**
 * Chat input command and option names (docs: Application Command Naming): this pattern with the
 * unicode flag, and lowercase wherever a letter has a lowercase form.
 */
const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const validName = (name: string): boolean => NAME.test(name) && name === name.toLowerCase();

/** Slash commands: name, description and value of the command, its options and choices together (docs: Slash Commands). */
export const MAX_COMMAND_CHARACTERS = 8000;

/** A localization dictionary: known locales only, each value valid by the field's own rule. */
function checkLocalizations(at: string, map: Localizations | undefined, valid: (text: string) => boolean, rule: string): void {
  if (!map) return;
  for (const [locale, text] of Object.entries(map)) {
    check(DISCORD_LOCALES.has(locale), `${at}: "${locale}" is not a valid locale`);
    check(typeof text === 'string' && valid(text), `${at}.${locale}: ${rule}`);
  }
}

const describes = (text: string): boolean => text.length >= 1 && text.length <= 100;

/** A field's size for the command limit: its longest localization, the default included. */
const longest = (text: string, map: Localizations | undefined): number => Math.max(text.length, ...Object.values(map ?? {}).map((t) => t.length));

function commandSize(c: CommandJson): number {
  const options = (list: CommandOptionJson[]): number =>
    list.reduce(
      (n, o) =>
        n +
        longest(o.name, o.name_localizations) +
        longest(o.description, o.description_localizations) +
        (o.choices ?? []).reduce((m, ch) => m + longest(ch.name, ch.name_localizations) + String(ch.value).length, 0) +
        options(o.options ?? []),
      0,
    );
  return longest(c.name, c.name_localizations) + longest(c.description, c.description_localizations) + options(c.options ?? []);
}

/** A bulk overwrite of application commands (PUT …/commands). */
export function validateCommands(commands: CommandJson[]): void {
  check(commands.length <= 100, `at most 100 chat input commands (${commands.length})`);
  const names = new Set<string>();
  for (const c of commands) {
    check(validName(c.name), `${c.name}: invalid command name`);
    check(!names.has(c.name), `${c.name}: duplicate command name`);
    names.add(c.name);
    checkLocalizations(`${c.name}.name_localizations`, c.name_localizations, validName, 'invalid command name');
    check(describes(c.description), `${c.name}: description must be 1–100 in length`);
    checkLocalizations(`${c.name}.description_localizations`, c.description_localizations, describes, 'must be 1–100 in length');
    validateOptions(c.name, c.options ?? [], 0);
    const size = commandSize(c);
    check(size <= MAX_COMMAND_CHARACTERS, `${c.name}: ${size} characters of names, descriptions and values; at most ${MAX_COMMAND_CHARACTERS}`);
  }
}

function validateOptions(at: string, options: CommandOptionJson[], depth: number): void {
  check(options.length <= 25, `${at}: at most 25 options`);
  const names = new Set<string>();
  // Localized option names must differ from every default name and from each other within a locale.
  const localizedNames = new Map<string, Set<string>>();
  let optionalSeen = false;
  for (const o of options) {
    const here = `${at}.${o.name}`;
    check(validName(o.name), `${here}: invalid option name`);
    check(!names.has(o.name), `${here}: duplicate option name`);
    names.add(o.name);
    checkLocalizations(`${here}.name_localizations`, o.name_localizations, validName, 'invalid option name');
    for (const [locale, name] of Object.entries(o.name_localizations ?? {})) {
      const taken = localizedNames.get(locale) ?? new Set<string>();
      check(!taken.has(name), `${here}.name_localizations.${locale}: duplicate option name`);
      taken.add(name);
      localizedNames.set(locale, taken);
    }
    check(describes(o.description), `${here}: description must be 1–100 in length`);
    checkLocalizations(`${here}.description_localizations`, o.description_localizations, describes, 'must be 1–100 in length');
    if (o.type === 1 || o.type === 2) {
      check(depth < 2, `${here}: nested too deep`);
      validateOptions(here, o.options ?? [], depth + 1);
      continue;
    }
    check(!(o.required && optionalSeen), `${here}: required options must be placed before non-required options`);
    if (!o.required) optionalSeen = true;
    check(!(o.autocomplete && o.choices), `${here}: autocomplete and choices can't both be set`);
    check((o.choices ?? []).length <= 25, `${here}: at most 25 choices`);
    for (const ch of o.choices ?? []) {
      check(describes(ch.name), `${here}.choices.name: must be 1–100 in length`);
      checkLocalizations(`${here}.choices.${String(ch.value)}.name_localizations`, ch.name_localizations, describes, 'must be 1–100 in length');
      check(String(ch.value).length >= 1 && String(ch.value).length <= 100, `${here}.choices.value: must be 1–100 in length`);
    }
    check(o.max_length === undefined || (o.max_length >= 1 && o.max_length <= 6000), `${here}: max_length must be 1–6000`);
    // channel_types narrows a channel option only; each must be a channel type Discord has.
    const types = (o as { channel_types?: number[] }).channel_types;
    check(types === undefined || o.type === 7, `${here}: channel_types is only for channel options`);
    check((types ?? []).every((t) => [0, 1, 2, 3, 4, 5, 10, 11, 12, 13, 14, 15, 16].includes(t)), `${here}: channel_types has an unknown channel type`);
    check(!((o.type === 7 || o.type === 8) && (o.choices || o.autocomplete)), `${here}: a channel or role option has no choices or autocomplete`);
  }
  for (const [locale, taken] of localizedNames) for (const name of taken) check(!names.has(name) || options.some((o) => o.name === name && o.name_localizations?.[locale] === name), `${at}: localized option name "${name}" (${locale}) is another option's name`);
}
