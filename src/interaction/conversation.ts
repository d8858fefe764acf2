import type { ConversationState } from '../domain/conversation.js';
import type { PersonId } from '../domain/ids.js';
import type { Profile } from '../domain/profile.js';
import type { Actions } from '../core/actions.js';
import type { Store } from '../store/port.js';
import { LocalePolicy } from '../i18n/locale-policy.js';
import { type Translator, translator } from '../i18n/translator.js';
import { optionOf, type RawValues } from './arguments.js';
import type { CommandDefinition } from './command.js';
import { choiceLabel, issuePhrase, labelArg, optionDescription } from './options.js';
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
}

export type FormStep =
  | { readonly kind: 'ask'; readonly reply: Reply }
  | { readonly kind: 'complete'; readonly command: string; readonly values: RawValues }
  | { readonly kind: 'done'; readonly reply: Reply };

export class ConversationEngine {
  constructor(
    private readonly store: Store,
    private readonly actions: Actions,
    private readonly commands: ReadonlyMap<string, CommandDefinition>,
  ) {}

  async active(me: Profile, now: Date): Promise<ConversationState | null> {
    return this.store.conversations.get(me.id, now);
  }

  /** Begins asking for `pending` options of `command`, having `given` already. */
  async start(me: Profile, command: CommandDefinition, given: RawValues, pending: readonly string[], now: Date, t: Translator = ownTranslator(me)): Promise<Reply> {
    const data: FormData = { command: command.name, given, pending };
    await this.save(me, data, now);
    return this.question(t, me, command, pending[0]!, pending.length);
  }

  async cancel(me: Profile): Promise<void> {
    await this.store.conversations.delete(me.id);
  }

  /** Takes the person's answer to the current question. */
  async answer(me: Profile, text: string, now: Date, t: Translator = ownTranslator(me)): Promise<FormStep | null> {
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
    let given = data.given;
    if (SKIP_WORDS.has(word) && !spec.required) {
      // Skipped: left out.
    } else {
      const parsed = spec.schema.safeParse(text);
      if (!parsed.success) {
        const again = await this.question(t, me, command, option, data.pending.length);
        const problem = t.say(issuePhrase(parsed.error.issues[0]?.message, labelArg('That')));
        return { kind: 'ask', reply: { ...again, text: `${problem}\n\n${again.text}`, tone: 'error' } };
      }
      given = { ...given, [option]: text };
    }
    const pending = data.pending.slice(1);
    if (pending.length === 0) {
      await this.store.conversations.delete(me.id);
      return { kind: 'complete', command: command.name, values: given };
    }
    await this.save(me, { command: command.name, given, pending }, now);
    return { kind: 'ask', reply: await this.question(t, me, command, pending[0]!, pending.length) };
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

  private async question(t: Translator, me: Profile, command: CommandDefinition, option: string, left: number): Promise<Reply> {
    const spec = optionOf(command, option);
    if (!spec) throw new Error(`/${command.name} has no option "${option}" to ask for`);
    const buttons: Button[] = [];
    const choices =
      spec.kind === 'boolean'
        ? [
            { value: 'yes', label: t.t('flow-yes') },
            { value: 'no', label: t.t('flow-no') },
          ]
        : (spec.choices ?? []).map((c) => ({ value: c.value, label: spec.kind === 'level' ? t.t(`flow-level-${c.value}`) : choiceLabel(t, command, option, c) }));
    for (const c of choices.slice(0, 5)) buttons.push(await this.button(me.id, c.label, { value: c.value }, 'primary'));
    if (!spec.required) buttons.push(await this.button(me.id, t.t('flow-skip'), { value: 'skip' }, 'secondary'));
    buttons.push(await this.button(me.id, t.t('flow-cancel'), { value: 'cancel' }, 'danger'));
    const question = optionDescription(t, command, option, spec);
    const prompt: Reply['prompt'] =
      spec.kind === 'place'
        ? { kind: 'location', label: question }
        : choices.length
          ? { kind: 'choice', label: question }
          : { kind: 'text', long: spec.kind === 'long-text', label: question.slice(0, 45), ...(spec.maxLength ? { max: spec.maxLength } : {}) };
    return {
      visibility: 'private',
      title: left > 1 ? t.t('flow-title-left', { command: command.name, left }) : `/${command.name}`,
      text: spec.required ? question : t.t('flow-question-optional', { question }),
      buttons: rows(buttons),
      prompt,
    };
  }
}

const rows = (buttons: Button[]): Button[][] => {
  const out: Button[][] = [];
  for (let i = 0; i < buttons.length; i += 5) out.push(buttons.slice(i, i + 5));
  return out;
};
