import type { ActionId } from '../domain/ids.js';

/**
 * What a command answers, in no platform's terms. Adapters render it: Discord as embeds and
 * components, Telegram as HTML text and inline keyboards, the terminal as numbered choices.
 *
 * Text conventions every adapter understands:
 * - `**bold**` for emphasis (nothing else of Markdown);
 * - `<t:UNIX:F>` / `<t:UNIX:R>` for instants (Discord renders them natively in each member's
 *   zone; other adapters format them in `Reply.zone`, the viewer's zone);
 * - `<#ID>` / `<@&ID>` for a community's channel and role (Discord shows their names, and pings
 *   nobody: replies allow no mentions; other adapters write `#ID` / `@ID`).
 */
export interface Reply {
  /** `private`: only the person who acted sees it (ephemeral / DM). `public`: the channel. */
  readonly visibility: 'private' | 'public';
  readonly title?: string;
  readonly text: string;
  readonly fields?: readonly Field[];
  /** Rows of buttons; each row at most 5. */
  readonly buttons?: readonly (readonly Button[])[];
  readonly select?: Select;
  readonly file?: Attachment;
  /** A picture shown with the text (Discord: in the embed; Telegram: a photo; terminal: a file). */
  readonly image?: Image;
  /** What the conversation waits for next, so adapters can offer the right input. */
  readonly prompt?: Prompt;
  /** The viewer's IANA zone, for adapters that format `<t:…>` themselves. */
  readonly zone?: string;
  /** The viewer's language (src/i18n), for adapters that format `<t:…>` themselves. */
  readonly lang?: string;
  /** The tone of the message, for adapters that colour it. */
  readonly tone?: 'info' | 'success' | 'warning' | 'error';
}

export interface Field {
  readonly name: string;
  readonly value: string;
  readonly inline?: boolean;
}

export type ButtonStyle = 'primary' | 'secondary' | 'success' | 'danger';

/** A button carries only a stored action id: what it does is looked up server-side. */
export interface Button {
  readonly label: string;
  readonly action: ActionId;
  readonly style: ButtonStyle;
  /**
   * Pressing it needs one text first (a Reply button needs the reply): Discord opens a box for it
   * at once, and on Telegram replying to the message with text presses it with that text.
   */
  readonly form?: ButtonForm;
  /**
   * Its answer takes the place of the private message it is on, which is redrawn rather than
   * followed by a new one (the host's attendance sheet, toggled row by row). Never on public posts.
   */
  readonly inPlace?: true;
}

/** The text a button asks for: which option of its command it fills, and that option's limit. */
export interface ButtonForm {
  readonly option: string;
  readonly label: string;
  readonly max: number;
}

export interface Select {
  readonly placeholder: string;
  readonly action: ActionId;
  /** At most 25 (Discord's limit). */
  readonly options: readonly { readonly value: string; readonly label: string; readonly description?: string }[];
}

export interface Attachment {
  readonly name: string;
  readonly mime: 'text/calendar' | 'application/json';
  readonly content: string;
}

/**
 * A rendered PNG. Everything it shows is also in the reply's text, and `alt` says it in words
 * (Discord's attachment description; the terminal prints it).
 */
export interface Image {
  /** Ends in `.png`. */
  readonly name: string;
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
  readonly alt: string;
}

export type Prompt =
  | { readonly kind: 'text'; readonly long: boolean; readonly label: string; readonly placeholder?: string; readonly max?: number }
  | { readonly kind: 'location'; readonly label: string }
  | { readonly kind: 'choice'; readonly label: string };

export const privateReply = (text: string, extra: Omit<Reply, 'visibility' | 'text'> = {}): Reply => ({
  visibility: 'private',
  text,
  ...extra,
});

export const errorReply = (text: string): Reply => ({ visibility: 'private', text, tone: 'error' });

/** `<t:UNIX:STYLE>`: F = full date and time, R = relative ("in 2 hours"), f = short. */
/**
 * A sentence's end after a name or title: the full stop is left out when it already ends with
 * one ("You'll appear as **Hana K.**", not "Hana K..").
 */
export const endSentence = (text: string): string => (/[.!?…](\*\*)?$/.test(text) ? text : `${text}.`);

export const timeTag = (at: Date, style: 'F' | 'R' | 'f' = 'F'): string => `<t:${Math.floor(at.getTime() / 1000)}:${style}>`;

export const TIME_TAG = /<t:(-?\d+):([FRf])>/g;
/** A channel (`<#ID>`) or role (`<@&ID>`) mention. */
export const MENTION_TAG = /<(#|@&)(\d{1,25})>/g;
export const channelTag = (id: string): string => `<#${id}>`;
export const roleTag = (id: string): string => `<@&${id}>`;
