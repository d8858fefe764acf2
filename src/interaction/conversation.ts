import type { ConversationState } from '../domain/conversation.js';
import type { PersonId } from '../domain/ids.js';
import type { Profile } from '../domain/profile.js';
import type { Actions } from '../core/actions.js';
import type { Store } from '../store/port.js';
import { LocalePolicy } from '../i18n/locale-policy.js';
import { type Translator, translator } from '../i18n/translator.js';
import { optionOf, type RawValues } from './arguments.js';
import type { AnswerCheck, CommandDefinition, FlowChoice, FlowOffer } from './command.js';
import { isUserError } from '../result.js';
import { choiceLabel, labelArg, optionDescription, optionIssue } from './options.js';
import { choiceByName } from './choice-names.js';
import { type Button, type ButtonStyle, errorReply, type Reply } from './reply.js';

/**
 * The conversation engine: asks for a command's options one at a time and keeps where the person
 * is in the store, so a restart in the middle resumes at the same question. It knows nothing of
 * any platform. State written by an older version of the engine is dropped, never replayed.
 */

export const FORM_FLOW = 'form';
export const FORM_VERSION = 2;
/** The hidden command behind the answer buttons of a question. */
export const FORM_ANSWER = 'form-answer';
const TTL_MS = 24 * 3_600_000;

/** "cancel" and "skip" in every language Spotter speaks: the buttons say them in the person's. */
const CANCEL_WORDS: ReadonlySet<string> = new Set(['cancel', '/cancel', 'abbrechen', 'cancelar', 'отмена', 'отменить']);
const SKIP_WORDS: ReadonlySet<string> = new Set(['skip', 'überspringen', 'omitir', 'saltar', 'пропустить']);

/**
 * The person's language when the caller has no translator for them: their choice, else what their
 * platform said last (stored when they were identified for this very event).
 */
const ownTranslator = (me: Profile): Translator => translator(new LocalePolicy().recipient(me));
interface FormData {
  readonly command: string;
  readonly given: RawValues;
  readonly pending: readonly string[];
  /** Choices an answer to the current question turned out to mean (a place named several things). */
  readonly choose?: readonly FlowChoice[];
  /** The person chose "Somewhere else": the current question now takes words, not its choices. */
  readonly free?: boolean;
}

/** What the pressed "Somewhere else" answers: no word anybody types. */
const OTHER_ANSWER = '\u0000other';

export type FormStep =
  | { readonly kind: 'ask'; readonly reply: Reply }
  | { readonly kind: 'complete'; readonly command: string; readonly values: RawValues }
  | { readonly kind: 'done'; readonly reply: Reply };

/** The command's part in its flow (`CommandDefinition.flow`), bound to the person answering. */
export interface FlowHooks {
  offer(command: CommandDefinition, option: string, given: RawValues): Promise<FlowOffer | null>;
  answered(command: CommandDefinition, option: string, value: unknown, given: RawValues): Promise<AnswerCheck>;
}

const NO_HOOKS: FlowHooks = { offer: async () => null, answered: async () => null };

export class ConversationEngine {
  constructor(
    private readonly store: Store,
    private readonly actions: Actions,
    private readonly commands: ReadonlyMap<string, CommandDefinition>,
  ) {}

  async active(me: Profile, now: Date): Promise<ConversationState | null> {
    return this.store.conversations.get(me.id, now);
  }

  /** Begins asking for `pending` options of `command`, having `given` already; `intro` comes before the first question. */
  async start(
    me: Profile,
    command: CommandDefinition,
    given: RawValues,
    pending: readonly string[],
    now: Date,
    t: Translator = ownTranslator(me),
    hooks: FlowHooks = NO_HOOKS,
    intro?: string,
  ): Promise<Reply> {
    const data: FormData = { command: command.name, given, pending };
    await this.save(me, data, now);
    const first = await this.question(t, me, command, data, hooks);
    return intro ? { ...first, text: `${intro}\n\n${first.text}` } : first;
  }

  async cancel(me: Profile): Promise<void> {
    await this.store.conversations.delete(me.id);
  }

  /**
   * Takes the person's answer to the current question. An answer that can't be used asks the same
   * question again with the reason; the flow goes on only once it is answered or skipped.
   */
  async answer(me: Profile, text: string, now: Date, t: Translator = ownTranslator(me), hooks: FlowHooks = NO_HOOKS): Promise<FormStep | null> {
    const state = await this.store.conversations.get(me.id, now);
    if (!state) return null;
    const command = this.commands.get((state.data as Partial<FormData>).command ?? '');
    if (state.flow !== FORM_FLOW || state.version !== FORM_VERSION || !command) {
      await this.store.conversations.delete(me.id);
      return { kind: 'done', reply: errorReply(t.t('flow-outdated')) };
    }
    const data = state.data as unknown as FormData;
    const option = data.pending[0];
    const spec = option === undefined ? undefined : optionOf(command, option);
    if (option === undefined || !spec) {
      // State naming an option the command no longer has: drop it rather than guess.
      await this.store.conversations.delete(me.id);
      return { kind: 'done', reply: errorReply(t.t('flow-outdated')) };
    }
    const word = text.trim().toLowerCase();
    if (CANCEL_WORDS.has(word)) {
      await this.store.conversations.delete(me.id);
      return { kind: 'done', reply: { visibility: 'private', text: t.t('flow-cancelled', { command: command.name }) } };
    }
    if (text === OTHER_ANSWER) {
      const free: FormData = { command: data.command, given: data.given, pending: data.pending, free: true };
      await this.save(me, free, now);
      return { kind: 'ask', reply: await this.question(t, me, command, free, hooks) };
    }
    let given = data.given;
    if (SKIP_WORDS.has(word) && !spec.required) {
      // Skipped: left out.
    } else {
      const parsed = spec.schema.safeParse(choiceByName(t, command, option, spec, text));
      if (!parsed.success) return { kind: 'ask', reply: await this.again(t, me, command, data, hooks, t.say(optionIssue(command, option, spec, parsed.error.issues[0]?.message, labelArg('That')))) };
      const check = await hooks.answered(command, option, parsed.data, given);
      if (check !== null) {
        if (isUserError(check)) return { kind: 'ask', reply: await this.again(t, me, command, data, hooks, t.say(check.message)) };
        const choosing: FormData = { command: data.command, given: data.given, pending: data.pending, choose: check.choices };
        await this.save(me, choosing, now);
        // Not a mistake: the answer means several things, and the person picks one.
        const which = await this.question(t, me, command, choosing, hooks);
        return { kind: 'ask', reply: { ...which, text: `${check.problem}\n\n${which.text}` } };
      }
      given = { ...given, [option]: text };
    }
    const pending = data.pending.slice(1);
    if (pending.length === 0) {
      await this.store.conversations.delete(me.id);
      return { kind: 'complete', command: command.name, values: given };
    }
    const next: FormData = { command: command.name, given, pending };
    await this.save(me, next, now);
    return { kind: 'ask', reply: await this.question(t, me, command, next, hooks) };
  }

  /** The same question again, after what was wrong with the answer. */
  private async again(t: Translator, me: Profile, command: CommandDefinition, data: FormData, hooks: FlowHooks, problem: string): Promise<Reply> {
    const again = await this.question(t, me, command, data, hooks);
    return { ...again, text: `${problem}\n\n${again.text}`, tone: 'error' };
  }

  private async save(me: Profile, data: FormData, now: Date): Promise<void> {
    await this.store.conversations.put({
      personId: me.id,
      flow: FORM_FLOW,
      version: FORM_VERSION,
      step: data.pending[0]!,
      data: data as unknown as Record<string, unknown>,
      updatedAt: now,
      expiresAt: new Date(now.getTime() + TTL_MS),
    });
  }

  /** An answer button of a question: pressing it answers, for a day. */
  private async button(actorId: PersonId, label: string, args: Record<string, unknown>, style: ButtonStyle): Promise<Button> {
    return { label, style, action: await this.actions.create(actorId, FORM_ANSWER, args, 24) };
  }

  private async question(t: Translator, me: Profile, command: CommandDefinition, data: FormData, hooks: FlowHooks): Promise<Reply> {
    const option = data.pending[0]!;
    const left = data.pending.length;
    const spec = optionOf(command, option);
    if (!spec) throw new Error(`/${command.name} has no option "${option}" to ask for`);
    const offer = await hooks.offer(command, option, data.given);
    const own: FlowChoice[] =
      spec.kind === 'boolean'
        ? [
            { value: 'yes', label: t.t('flow-yes') },
            { value: 'no', label: t.t('flow-no') },
          ]
        : (spec.choices ?? []).map((c) => ({ value: c.value, label: spec.kind === 'level' ? t.t(`flow-level-${c.value}`) : choiceLabel(t, command, option, c) }));
    const choices = data.choose ?? (data.free ? [] : [...own, ...(offer?.choices ?? [])]);
    const other = Boolean(offer?.other) && !data.free && !data.choose;
    const buttons: Button[] = [];
    // Up to five choices are buttons; more are one select, so that none is left out.
    const asSelect = choices.length > 5;
    if (!asSelect) for (const c of choices) buttons.push(await this.button(me.id, c.label.slice(0, 80), { value: c.value }, 'primary'));
    if (other) buttons.push(await this.button(me.id, t.t('guided-other'), { value: OTHER_ANSWER }, 'secondary'));
    if (!spec.required) buttons.push(await this.button(me.id, t.t('flow-skip'), { value: 'skip' }, 'secondary'));
    buttons.push(await this.button(me.id, t.t('flow-cancel'), { value: 'cancel' }, 'danger'));
    const asked = (data.free ? offer?.other : undefined) ?? optionDescription(t, command, option, spec);
    const keeps = offer?.keeps ? `\n${t.t('guided-keeps', { value: offer.keeps })}` : '';
    const prompt: Reply['prompt'] =
      choices.length
        ? { kind: 'choice', label: asked.slice(0, 100) }
        : spec.kind === 'place'
          ? { kind: 'location', label: asked }
          : { kind: 'text', long: spec.kind === 'long-text', label: asked.slice(0, 45), ...(spec.maxLength ? { max: spec.maxLength } : {}) };
    return {
      visibility: 'private',
      title: left > 1 ? t.t('flow-title-left', { command: command.name, left }) : `/${command.name}`,
      text: (spec.required ? asked : t.t('flow-question-optional', { question: asked })) + keeps,
      buttons: rows(buttons),
      ...(asSelect
        ? { select: { placeholder: t.t('guided-choose'), options: choices.slice(0, 25).map((c) => ({ value: c.value, label: c.label.slice(0, 100) })), action: await this.actions.create(me.id, FORM_ANSWER, {}, 24) } }
        : {}),
      prompt,
    };
  }
}

const rows = (buttons: Button[]): Button[][] => {
  const out: Button[][] = [];
  for (let i = 0; i < buttons.length; i += 5) out.push(buttons.slice(i, i + 5));
  return out;
};
