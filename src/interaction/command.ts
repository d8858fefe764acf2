import type { Community } from '../domain/community.js';
import type { PersonId } from '../domain/ids.js';
import type { Profile } from '../domain/profile.js';
import type { ListKind } from '../domain/refs.js';
import type { Core } from '../core/core.js';
import type { Pictures } from './pictures.js';
import type { UserError } from '../result.js';
import type { Translator } from '../i18n/translator.js';
import type { OptionsShape, OptionValues } from './options.js';
import type { Requires } from './preconditions.js';
import type { Button, ButtonStyle, Reply, Select } from './reply.js';
import type { CommandRegistry } from './registry.js';

/**
 * A command, declared once in `commands/` and offered on every platform. Adapters never
 * contain per-command code: they read these declarations.
 */

/**
 * The sections of /help, in the order it shows them: every command declares its own, and the
 * catalogue titles each as `help-section-<category>`.
 */
export const HELP_CATEGORIES = ['profile', 'buddies', 'sessions', 'rounds', 'moderators', 'more'] as const;
export type HelpCategory = (typeof HELP_CATEGORIES)[number];

/**
 * Without type arguments: any command, whatever its options and name (the registry's view). With
 * them, its options and its name as written, so a button can name it and type its arguments.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface CommandDefinition<O extends OptionsShape = any, N extends string = string> {
  /** kebab-case, at most 32 characters: `session-create`. */
  readonly name: N;
  readonly description: string;
  /** Discord groups commands of one group as subcommands: `/session create`. */
  readonly group?: CommandGroup;
  /**
   * What must hold before it runs (src/interaction/preconditions.ts): `[{ kind: 'anyone' }]`, or
   * who and where (`in-community`, `moderator`, …) and what its options name (`host` of a session).
   */
  readonly requires: Requires<keyof O & string>;
  /** Where /help lists it. */
  readonly category: HelpCategory;
  readonly options: O;
  /**
   * What the text after the command means without `name:` pairs. One option: it takes the whole
   * text ("/set-location Berlin"). Several: the order a sentence gives them in ("/msg Ben see you
   * at 7": person, then text), placed by their kinds (src/interaction/sentence.ts).
   */
  readonly positional?: (keyof O & string) | readonly (keyof O & string)[];
  /**
   * Run without any options (or with only its positional one), the command asks for these
   * options one by one, in this order (a guided flow). Otherwise only missing required options
   * are asked for.
   */
  readonly guided?: readonly (keyof O & string)[];
  /** What the command adds to its guided flow: where it begins, what each question offers, each answer's check. */
  readonly flow?: GuidedFlow;
  /** Only reachable from buttons and lists (not published as a platform command). */
  readonly hidden?: boolean;
  /** May take longer than a second: Discord defers the reply. */
  readonly slow?: boolean;
  /** A reply (or several), or an expected failure the dispatcher says in the person's language. */
  execute(ctx: CommandContext, values: OptionValues<O>): Promise<Reply | readonly Reply[] | UserError>;
}

/** A choice a guided question offers: `value` is what choosing it answers. */
export interface FlowChoice {
  readonly value: string;
  readonly label: string;
}

/** What a command offers at one question of its guided flow, beyond its option's own choices. */
export interface FlowOffer {
  readonly choices: readonly FlowChoice[];
  /** A "Somewhere else" choice that asks for the answer in words instead, with this question. */
  readonly other?: string;
  /** What skipping this optional question keeps, said with it ("60 minutes", "one-off"). */
  readonly keeps?: string;
}

/**
 * What a command says of one answer its option's schema accepted: null to go on, a UserError to
 * ask the same question again with that reason, or choices when the answer means several things.
 */
export type AnswerCheck = null | UserError | { readonly kind: 'choose'; readonly problem: string; readonly choices: readonly FlowChoice[] };

/** Where a guided flow begins: the questions left and a line before the first, or a reply instead of any question. */
export type FlowStart = { readonly kind: 'ask'; readonly steps: readonly string[]; readonly intro?: string } | { readonly kind: 'instead'; readonly reply: Reply };

export interface GuidedFlow {
  /** Given the questions `guided` lists: which to ask now (a flow resumed where it was left). */
  begin?(ctx: CommandContext, steps: readonly string[]): Promise<FlowStart>;
  /** What the question for `option` offers, knowing the answers so far. */
  offer?(ctx: CommandContext, option: string, given: Readonly<Record<string, unknown>>): Promise<FlowOffer | null>;
  /** Each answer as it is given (saved here by flows that keep every answer). */
  answered?(ctx: CommandContext, option: string, value: unknown, given: Readonly<Record<string, unknown>>): Promise<AnswerCheck>;
  /**
   * `answered` saved every answer as it was given (a flow that keeps them has no positional option
   * given with the command): the last answer runs `execute` with no values, on the profile read
   * afresh, so nothing is saved twice.
   */
  readonly keepsAnswers?: true;
}

export interface CommandGroup {
  readonly name: string;
  readonly description: string;
}

export type { CommunityMembership, Invocation } from '../domain/invocation.js';
import type { Invocation } from '../domain/invocation.js';

export interface CommandContext {
  readonly invocation: Invocation;
  readonly me: Profile;
  readonly community: Community | null;
  readonly core: Core;
  readonly now: Date;
  /** Says catalogue messages in this person's language (their choice, else their platform's). */
  readonly t: Translator;
  /**
   * Greet rather than list: the person just opened the bot (Telegram's /start) or this is the
   * first event Spotter has from them.
   */
  readonly welcome: boolean;
  /** Every command, for help texts. */
  readonly commands: CommandRegistry;
  /** Renders pictures onto replies (or leaves them as text when it can't). */
  readonly pictures: Pictures;
  /**
   * A button that runs `command` (its imported definition) with `args` when pressed — by `actor`
   * only (default: me; null: anyone). `args` are that command's options, typed as its `execute`
   * receives them: a renamed or removed option, or a value of the wrong type, fails the typecheck.
   */
  button<O extends OptionsShape>(label: string, command: CommandDefinition<O>, args: NoInfer<ButtonArgs<O>>, options?: ButtonOptions): Promise<Button>;
  /** A select whose chosen value fills `option` (one of `command`'s options; `args` give the others). */
  select<O extends OptionsShape, K extends keyof O & string>(
    placeholder: string,
    command: CommandDefinition<O>,
    option: K,
    args: NoInfer<Omit<ButtonArgs<O>, K>>,
    choices: Select['options'],
  ): Promise<Select>;
  /** Numbers the items of a list shown to me, so typed commands can say "2". */
  rememberList(kind: ListKind, ids: readonly string[]): Promise<void>;
}

export interface ButtonOptions {
  readonly style?: ButtonStyle;
  readonly actor?: PersonId | null;
  readonly ttlHours?: number;
  /**
   * A confirmation's button: pressed once, it is spent, and a second press (a double click, a press
   * of its Cancel) is told the question was answered already. `true`: this button's own question;
   * another button's action id: the question that button asks (Cancel beside its Create).
   */
  readonly once?: true | string;
}

/**
 * What a button may carry for a command with options `O`: any of them, each as the command's
 * `execute` receives it. Stored with the button and checked again by the option's schema when
 * pressed (an option left out is asked for, as when typed without it).
 */
export type ButtonArgs<O extends OptionsShape> = { readonly [K in keyof O]?: OptionValues<O>[K] };

/**
 * The arguments without those left unset, typed as given: a button stores only what was chosen,
 * so pressing it runs the same request (an unset option stays unset rather than stored empty).
 */
export function onlyGiven<A extends object>(args: A): Partial<A> {
  const given: Partial<A> = {};
  for (const key of Object.keys(args) as (keyof A & string)[]) if (args[key] !== undefined) given[key] = args[key];
  return given;
}

/** Keeps the command's name as written (`'join'`, not `string`), for the actions the core offers. */
export function defineCommand<const O extends OptionsShape, const N extends string>(definition: CommandDefinition<O, N>): CommandDefinition<O, N> {
  return definition;
}

/** The options a command's sentence fills, in order (none, one, or several). */
export const positionalOrder = (c: Pick<CommandDefinition, 'positional'>): readonly string[] =>
  c.positional === undefined ? [] : typeof c.positional === 'string' ? [c.positional] : c.positional;
