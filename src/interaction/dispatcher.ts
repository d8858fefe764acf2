import type { Community } from '../domain/community.js';
import type { Notice, StoredAction } from '../domain/conversation.js';
import type { OfferedAction } from '../domain/offered-action.js';
import type { CommunityKey, UserKey } from '../domain/platform.js';
import { hasCompleteProfile, type Profile } from '../domain/profile.js';
import { cleanText } from '../domain/text.js';
import type { Core } from '../core/core.js';
import { isModerator } from '../core/permissions.js';
import type { Logger } from '../logger.js';
import { type Metrics, noMetrics } from '../ops/metrics.js';
import { type Pictures, TEXT_ONLY } from './pictures.js';
import { isUserError, UserErrorException } from '../result.js';
import type { Locale } from '../i18n/languages.js';
import { LocalePolicy } from '../i18n/locale-policy.js';
import { type Translator, translator } from '../i18n/translator.js';
import { optionOf, parseLine, type RawValues, validateValues } from './arguments.js';
import { type CommandContext, type CommandDefinition, type Invocation, positionalOrder } from './command.js';
import { inputLang } from '../domain/language.js';
import { ConversationEngine, FORM_ANSWER, type FlowHooks } from './conversation.js';
import { recogniseIntent } from './intents.js';
import type { CommandRegistry } from './registry.js';
import { errorReply, type Reply } from './reply.js';
import { resolveRefs } from './refs.js';
import { firstRefusal, type Standing } from './preconditions.js';
import { choicesByName } from './choice-names.js';

/** What an adapter hands in: a command, a pressed button, or a message in a conversation. */
export type Inbound =
  /** A command typed as a line ("/set-location Berlin"). */
  | { readonly kind: 'line'; readonly command: string; readonly text: string }
  /** A command with structured values (Discord slash options, modal fields). */
  | { readonly kind: 'options'; readonly command: string; readonly values: RawValues }
  /**
   * A button or select: the stored action's id, and the chosen value for a select. `option`: the
   * text a form button asked for goes to this option (only one the stored action leaves open).
   */
  | { readonly kind: 'action'; readonly id: string; readonly value?: string; readonly option?: string }
  /** Free text in a private chat: the answer to the current question, if any. */
  | { readonly kind: 'text'; readonly text: string }
  /** A shared GPS location or venue. */
  | { readonly kind: 'location'; readonly lat: number; readonly lng: number }
  /** The person opened the bot (Telegram's /start without an action): a short welcome. */
  | { readonly kind: 'welcome' };

export type OutcomeKind = 'ok' | 'user-error' | 'error' | 'ignored';

export interface Outcome {
  readonly replies: readonly Reply[];
  /** The command that ran, for logs and metrics (null when nothing did). */
  readonly command: string | null;
  readonly outcome: OutcomeKind;
}

/**
 * The one entry point of every adapter, and its error boundary: expected failures become a
 * specific private message, anything else is logged and answered with an apology. Permission is
 * decided here, by each command's declared preconditions, and in the core, from stored roles and
 * platform facts, never from a button.
 */
export class Dispatcher {
  private readonly engine: ConversationEngine;

  constructor(
    readonly registry: CommandRegistry,
    private readonly core: Core,
    private readonly log: Logger,
    private readonly metrics: Metrics = noMetrics,
    /** Without one, commands that draw (/stats) answer in text only. */
    private readonly pictures: Pictures = TEXT_ONLY,
    /** Whose language each answer is in; adapters say their own words by it too. */
    readonly locales: LocalePolicy = new LocalePolicy(),
  ) {
    this.engine = new ConversationEngine(core.deps.store, core.actions, registry.byName);
  }

  async handle(invocation: Invocation, inbound: Inbound): Promise<Outcome> {
    const started = Date.now();
    let command: string | null = inbound.kind === 'line' || inbound.kind === 'options' ? inbound.command : null;
    // Until the person is known, their platform's word on their language is all there is.
    let t = translator(this.locales.invoker({ language: null, platformLanguage: null }, invocation.locale, null));
    try {
      const { me, community, notices, firstContact } = await this.core.people.identify(invocation);
      t = translator(this.locales.invoker(me, invocation.locale, community));
      const result = await this.route(invocation, inbound, me, community, firstContact, t);
      command = result.command ?? command;
      const replies = [...noticeReplies(notices, t), ...result.replies].map((r) => ({ zone: me.timeZone, lang: t.lang, ...r }));
      this.record(invocation, command, result.outcome, started);
      return { replies, command, outcome: result.outcome };
    } catch (error) {
      if (error instanceof UserErrorException) {
        this.record(invocation, command, 'user-error', started);
        return { replies: [{ ...errorReply(t.say(error.userError.message)), lang: t.lang }], command, outcome: 'user-error' };
      }
      this.record(invocation, command, 'error', started);
      this.log.error({ platform: invocation.platform, command, err: (error as Error).message, stack: (error as Error).stack }, 'command failed');
      return { replies: [{ ...errorReply(t.t('error-internal')), lang: t.lang }], command, outcome: 'error' };
    }
  }

  /** One log line and one metric per handled event: never message bodies, tokens or coordinates. */
  private record(invocation: Invocation, command: string | null, outcome: OutcomeKind, started: number): void {
    const ms = Date.now() - started;
    // A typed name that is no command is someone's words: it never reaches a log line or a label.
    const name = command === null ? '-' : (this.registry.get(command)?.name ?? 'unknown');
    this.log.info({ platform: invocation.platform, command: name, outcome, ms }, 'handled');
    this.metrics.commandHandled(invocation.platform, name, outcome, ms / 1000);
  }

  /**
   * The language an adapter says its own words in to this account (an apology, "these choices
   * expired"): the one they chose with /language, else the one their platform reports in this
   * event (`tag`). Remembered by the core, so it costs no store read while unchanged; a store
   * that fails (the apology's usual cause) leaves the platform's word.
   */
  async adapterLocale(user: UserKey, tag: string | null | undefined): Promise<Locale> {
    const chosen = await this.core.people.languages.of(user).catch(() => null);
    return this.locales.adapter(chosen, tag);
  }

  /** The same for words that must go out before any read (a modal): what is remembered now, else the platform's. */
  adapterLocaleNow(user: UserKey, tag: string | null | undefined): Locale {
    return this.locales.adapter(this.core.people.languages.peek(user), tag);
  }

  /** The bot was added to a group: its community, registered when new (for the welcome in its language). */
  async communityJoined(key: CommunityKey, title: string): Promise<Community> {
    return this.core.communities.joined(key, title);
  }

  /** A platform gave a community a new id (a Telegram group became a supergroup): the core moves it. */
  async communityMoved(from: CommunityKey, to: CommunityKey): Promise<Community | null> {
    return this.core.communities.moved(from, to);
  }

  /** Suggestions while typing an option (Discord autocomplete): at most 25. */
  async autocomplete(invocation: Invocation, commandName: string, option: string, partial: string): Promise<{ value: string; label: string }[]> {
    const command = this.registry.get(commandName);
    const spec = command ? optionOf(command, option) : undefined;
    if (!command || !spec) return [];
    const { me, community } = await this.core.people.identify(invocation);
    return (await this.core.suggest(spec.kind, partial, me, community, isModerator(this.core.deps.settings, community, invocation))).slice(0, 25);
  }

  private async route(
    invocation: Invocation,
    inbound: Inbound,
    me: Profile,
    community: Community | null,
    firstContact: boolean,
    t: Translator,
  ): Promise<{ replies: Reply[]; command: string | null; outcome: OutcomeKind }> {
    const now = this.core.deps.clock();
    const userError = (command: string | null, message: string) => ({ replies: [errorReply(message)], command, outcome: 'user-error' as const });
    switch (inbound.kind) {
      case 'line':
      case 'options': {
        const command = this.registry.get(inbound.command);
        // Hidden commands (confirmations, answers) are reachable only through their buttons.
        if (!command || command.hidden) return userError(null, t.t('error-unknown-command', { command: inbound.command.slice(0, 32) }));
        // A new command ends any question left open.
        if (await this.engine.active(me, now)) await this.engine.cancel(me);
        let raw: RawValues;
        if (inbound.kind === 'line') {
          const parsed = parseLine(command, inbound.text, inputLang(me));
          if (!parsed.ok) return userError(command.name, t.say(parsed.message));
          raw = parsed.values;
        } else raw = inbound.values;
        return this.run(invocation, me, community, command, raw, t, firstContact);
      }
      case 'welcome': {
        // The welcome is /help's first page; a deployment without /help has nothing to say.
        const help = this.registry.get('help');
        if (!help) return { replies: [], command: null, outcome: 'ignored' as const };
        if (await this.engine.active(me, now)) await this.engine.cancel(me);
        return this.run(invocation, me, community, help, {}, t, true);
      }
      case 'action': {
        const action = await this.core.actions.get(inbound.id);
        if (!action) return userError(null, t.t((await this.core.actions.spent(inbound.id)) ? 'error-button-used' : 'error-button-expired'));
        if (action.actorId !== null && action.actorId !== me.id) return userError(null, t.t('error-button-not-yours'));
        // A question's button carries its answer; a question's select, the chosen value.
        if (action.command === FORM_ANSWER) return this.answer(invocation, me, community, String(inbound.value ?? action.args.value ?? ''), t);
        const command = this.registry.get(action.command);
        if (!command) return userError(null, t.t('error-button-dead'));
        const raw: RawValues = { ...action.args };
        if (inbound.option !== undefined) {
          // Typed text fills only a text option the action left open: never its person or its message.
          const spec = optionOf(command, inbound.option);
          if (!spec || Object.hasOwn(action.args, inbound.option) || (spec.kind !== 'text' && spec.kind !== 'long-text')) return userError(null, t.t('error-button-dead'));
          raw[inbound.option] = inbound.value ?? '';
        } else if (inbound.value !== undefined) raw[String(action.args.__option ?? 'value')] = inbound.value;
        delete raw.__option;
        delete raw.__once;
        const question = onceQuestion(action);
        if (question === null) return this.run(invocation, me, community, command, raw, t);
        // A confirmation answers once: the second of two presses (or its Cancel after) is told so.
        if (!(await this.core.actions.spend(question, action.expiresAt))) return userError(command.name, t.t('error-button-used'));
        let done = false;
        try {
          const result = await this.run(invocation, me, community, command, raw, t);
          done = result.outcome === 'ok';
          return result;
        } finally {
          // A refused answer (a limit, a rule) leaves the question open to be answered again.
          if (!done) await this.core.actions.unspend(question);
        }
      }
      case 'text':
        // Conversation answers are kept in the conversation state: cleaned before anything else.
        return this.answer(invocation, me, community, cleanText(inbound.text), t);
      case 'location':
        return this.answer(invocation, me, community, `${inbound.lat}, ${inbound.lng}`, t, { lat: inbound.lat, lng: inbound.lng });
    }
  }

  private async answer(invocation: Invocation, me: Profile, community: Community | null, text: string, t: Translator, gps?: { lat: number; lng: number }) {
    const now = this.core.deps.clock();
    const step = await this.engine.answer(me, text, now, t, this.hooks(invocation, me, community, t));
    if (!step) {
      if (gps) {
        const set = this.registry.get('set-location');
        if (set) return this.run(invocation, me, community, set, { place: text }, t);
      }
      // In a group, chatter is not for the bot; in a private chat nobody is left without an answer.
      if (invocation.community) return { replies: [], command: null, outcome: 'ignored' as const };
      return { replies: [await this.freeText(me, text, t)], command: null, outcome: 'ok' as const };
    }
    if (step.kind === 'ask') return { replies: [step.reply], command: null, outcome: step.reply.tone === 'error' ? ('user-error' as const) : ('ok' as const) };
    if (step.kind === 'done') return { replies: [step.reply], command: null, outcome: 'ok' as const };
    const command = this.registry.get(step.command)!;
    if (command.flow?.keepsAnswers) {
      // The flow saved each answer as it came: the command only says how it all stands now.
      const fresh = (await this.core.people.get(me.id)) ?? me;
      const refused = await firstRefusal(command, { invocation, me: fresh, community, core: this.core }, t, null);
      if (refused !== null) return { replies: [errorReply(refused)], command: command.name, outcome: 'user-error' as const };
      return this.execute(command, this.context(invocation, fresh, community, false, t), {});
    }
    return this.run(invocation, me, community, command, step.values, t);
  }

  /**
   * Words outside any question: what they most likely want, one line and a button that does it;
   * otherwise a short hint and the first steps. A question lost (expired, or forgotten in a restart)
   * is covered by the same hint: the person is told to start over.
   */
  private async freeText(me: Profile, text: string, t: Translator): Promise<Reply> {
    const intent = recogniseIntent(text, t.lang);
    // A deployment without the command offers no button for it.
    const offer = async (label: string, action: OfferedAction) =>
      this.registry.get(action.kind) ? [{ label, style: 'primary' as const, action: await this.core.actions.offer(me.id, action) }] : [];
    const profileDone = hasCompleteProfile(me);
    switch (intent) {
      case 'match':
        return { visibility: 'private', text: t.t('freetext-match'), buttons: [await offer(t.t('freetext-button-match'), { kind: profileDone ? 'match' : 'setup' })] };
      case 'sessions':
        return { visibility: 'private', text: t.t('freetext-sessions'), buttons: [await offer(t.t('freetext-button-sessions'), { kind: profileDone ? 'sessions' : 'setup' })] };
      case 'stop-alerts':
        return { visibility: 'private', text: t.t('freetext-stop-alerts'), buttons: [await offer(t.t('freetext-button-stop-alerts'), { kind: 'notifications', alerts: false })] };
      case 'cancel':
        return { visibility: 'private', text: t.t('freetext-cancel'), buttons: [await offer(t.t('freetext-button-my-sessions'), { kind: 'my-sessions' })] };
      case 'help':
        return { visibility: 'private', text: t.t('freetext-help'), buttons: [await offer(t.t('freetext-button-help'), { kind: 'help' })] };
      case 'setup':
        return { visibility: 'private', text: t.t('freetext-setup'), buttons: [await offer(t.t('freetext-button-setup'), { kind: 'setup' })] };
      case null: {
        const first = [
          ...(profileDone ? [] : await offer(t.t('freetext-button-setup'), { kind: 'setup' })),
          ...(await offer(t.t('freetext-button-match'), { kind: 'match' })),
          ...(await offer(t.t('freetext-button-sessions'), { kind: 'sessions' })),
          ...(profileDone ? await offer(t.t('freetext-button-help'), { kind: 'help' }) : []),
        ];
        return { visibility: 'private', text: t.t('freetext-hint'), buttons: [first] };
      }
    }
  }

  private async run(
    invocation: Invocation,
    me: Profile,
    community: Community | null,
    command: CommandDefinition,
    raw: RawValues,
    t: Translator,
    welcome = false,
  ): Promise<{ replies: Reply[]; command: string | null; outcome: OutcomeKind }> {
    const settings = this.core.deps.settings;
    const userError = (message: string) => ({ replies: [errorReply(message)], command: command.name, outcome: 'user-error' as const });
    const standing: Standing = { invocation, me, community, core: this.core };
    // Who and where first: nobody is asked a question for a command they may not run here.
    const refused = await firstRefusal(command, standing, t, null);
    if (refused !== null) return userError(refused);

    const checked = validateValues(command, choicesByName(t, command, raw));
    if (!checked.ok) return userError(t.say(checked.message));
    // A guided command given nothing (or only its first positional option) walks through its questions.
    const bare = Object.keys(checked.values).every((k) => k === positionalOrder(command)[0]);
    const guide = bare && command.guided ? command.guided.filter((o) => !Object.hasOwn(checked.values, o)) : [];
    if (checked.missing.length > 0 || guide.length > 0) {
      // Missing answers are asked for one by one; a guided flow may begin where it was left.
      let asks: readonly string[] = guide.length > 0 ? guide : checked.missing;
      let intro: string | undefined;
      if (guide.length > 0 && command.flow?.begin) {
        const begun = await command.flow.begin(this.context(invocation, me, community, welcome, t), guide);
        if (begun.kind === 'instead') return { replies: [begun.reply], command: command.name, outcome: 'ok' };
        if (begun.steps.length > 0) asks = begun.steps;
        intro = begun.intro;
      }
      const hooks = this.hooks(invocation, me, community, t);
      const reply = await this.engine.start(me, command, stringValues(raw), asks, this.core.deps.clock(), t, hooks, intro);
      return { replies: [reply], command: command.name, outcome: 'ok' };
    }

    // Numbers and names become the ids of what they name (or an answer: not found, which one?).
    const named = await resolveRefs(this.core, { me, community, moderator: isModerator(settings, community, invocation) }, command, checked.values, t);
    if (!named.ok) return { replies: [named.reply], command: command.name, outcome: named.reply.tone === 'error' ? ('user-error' as const) : ('ok' as const) };
    // Then what the options name: the host of the session, before the command does anything.
    const refusedNamed = await firstRefusal(command, standing, t, named.values);
    if (refusedNamed !== null) return userError(refusedNamed);
    return this.execute(command, this.context(invocation, me, community, welcome, t), named.values);
  }

  /** The command itself, with its values checked and named: its replies, or its user error said. */
  private async execute(command: CommandDefinition, ctx: CommandContext, values: RawValues): Promise<{ replies: Reply[]; command: string | null; outcome: OutcomeKind }> {
    const out = await command.execute(ctx, values);
    if (isUserError(out)) return { replies: [errorReply(ctx.t.say(out.message))], command: command.name, outcome: 'user-error' };
    const replies = Array.isArray(out) ? [...(out as Reply[])] : [out as Reply];
    return { replies, command: command.name, outcome: replies.some((r) => r.tone === 'error') ? 'user-error' : 'ok' };
  }

  /** The command's part in its guided flow, for the engine, with this person's context. */
  private hooks(invocation: Invocation, me: Profile, community: Community | null, t: Translator): FlowHooks {
    const ctx = () => this.context(invocation, me, community, false, t);
    return {
      offer: async (command, option, given) => (command.flow?.offer ? command.flow.offer(ctx(), option, given) : null),
      answered: async (command, option, value, given) => (command.flow?.answered ? command.flow.answered(ctx(), option, value, given) : null),
    };
  }

  private context(invocation: Invocation, me: Profile, community: Community | null, welcome: boolean, t: Translator): CommandContext {
    const core = this.core;
    return {
      invocation,
      me,
      community,
      welcome,
      core,
      t,
      now: core.deps.clock(),
      commands: this.registry,
      pictures: this.pictures,
      button: async (label, command, args, options = {}) => ({
        label,
        style: options.style ?? 'secondary',
        action: await core.actions.create(options.actor === undefined ? me.id : options.actor, command.name, options.once ? { ...args, __once: options.once } : args, options.ttlHours),
      }),
      select: async (placeholder, command, option, args, choices) => ({
        placeholder,
        options: choices.slice(0, 25),
        action: await core.actions.create(me.id, command.name, { ...args, __option: option }),
      }),
      rememberList: (kind, ids) => core.actions.rememberList(me.id, kind, ids),
    };
  }
}

/** The question a single-use button belongs to (its own id, or the id it names), else null. */
function onceQuestion(action: StoredAction): string | null {
  const once = action.args.__once;
  if (once === true) return action.id;
  return typeof once === 'string' && once.length > 0 ? once : null;
}

const stringValues = (raw: RawValues): RawValues =>
  Object.fromEntries(Object.entries(raw).filter(([k, v]) => v !== undefined && !k.startsWith('__')).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]));

function noticeReplies(notices: readonly Notice[], t: Translator): Reply[] {
  if (notices.length === 0) return [];
  return [
    {
      visibility: 'private',
      title: t.t('notices-while-away', { count: notices.length }),
      text: notices.map((n) => `• ${n.text}`).join('\n\n').slice(0, 3500),
      tone: 'info',
    },
  ];
}
