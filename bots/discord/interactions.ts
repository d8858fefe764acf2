import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  MessageFlags,
  type ModalSubmitInteraction,
  type StringSelectMenuInteraction,
} from 'discord.js';
import type { ActionId } from '../../src/domain/ids.js';
import { newId } from '../../src/domain/ids.js';
import type { AdapterDeps } from '../../src/interaction/adapter.js';
import { optionOf } from '../../src/interaction/arguments.js';
import type { CommandDefinition } from '../../src/interaction/command.js';
import type { Inbound } from '../../src/interaction/dispatcher.js';
import type { OptionSpec } from '../../src/interaction/options.js';
import type { WorkQueue } from '../../src/interaction/work-queue.js';
import { privateReply, type Reply } from '../../src/interaction/reply.js';
import type { CommandTable } from './commands.js';
import { ids, invocationOf, modalValues, parseAnswerButton, parseFormButton, parseFormButtonModal, parseFormModal, parseInPlaceButton, slashCall } from './inbound.js';
import { clip, LIMIT } from './limits.js';
import { answerModal, formModal } from './render.js';
import { type AnswerableInteraction, apology, Responder } from './respond.js';
import { type Translator, translator } from '../../src/i18n/translator.js';
import type { Locale } from '../../src/i18n/languages.js';
import { userKey } from '../../src/domain/platform.js';


/**
 * Routes every interaction to the dispatcher and answers it. No command has code here: slash
 * values, buttons, selects and modal fields become the core's `Inbound`s, and the replies are
 * rendered back.
 *
 * Acknowledge first: every interaction is deferred (or answered, or shown its modal) before any
 * command work or store read, and the work then waits its turn in `work`, a bounded queue. A
 * burst of hundreds delays the answers (which also wait for the 50/s REST limit) but never the
 * acknowledgements, which must reach Discord within three seconds.
 */

export interface HandlerContext extends AdapterDeps {
  readonly table: CommandTable;
  readonly work: WorkQueue;
  /**
   * A few acknowledgements per turn of the event loop: a burst arrives as one gateway read, and
   * starting hundreds of REST calls in one macrotask would hold everything else up meanwhile.
   */
  readonly acks: { take(): Promise<void> };
}

/** Autocomplete can't be deferred: its suggestions go ahead of queued command work. */
const AUTOCOMPLETE_PRIORITY = 1;

/** Values given in a slash command, kept while its modal is open (15 minutes). */
const PENDING_TTL_MS = 15 * 60_000;
const pendingKey = (id: string) => `modal:${id}`;

export function createInteractionHandler(ctx: HandlerContext): (i: Interaction) => Promise<void> {
  const { dispatcher, log } = ctx;
  /** The language of the adapter's own words for whoever acted: their /language choice, else their Discord's. */
  const langOf = (i: Interaction): Promise<Locale> => dispatcher.adapterLocale(userKey('discord', i.user.id), i.locale);
  /**
   * The same for what answers an interaction at once (a modal, a first reply), before any store
   * read: the choice as remembered now, else their Discord's.
   */
  const wordsNow = (i: Interaction): Translator => translator(dispatcher.adapterLocaleNow(userKey('discord', i.user.id), i.locale));

  /** Defers, then queues `work` (which yields what to dispatch, or replies to show as they are). */
  const acknowledged = async (i: AnswerableInteraction, updatesMessage: boolean, work: () => Promise<Inbound | { replies: Reply[] }>) => {
    const responder = new Responder(i, { updatesMessage, log, lang: () => langOf(i) });
    await ctx.acks.take();
    // A person who was shown "This interaction failed" must not have the work done behind their back.
    if (!(await responder.acknowledge())) return;
    try {
      const replies = await ctx.work.add(async () => {
        const started = Date.now();
        const next = await work();
        if ('replies' in next) return next.replies;
        const out = await dispatcher.handle(invocationOf(i), next);
        log.debug({ interaction: i.id, command: out.command, outcome: out.outcome, ms: Date.now() - started }, 'discord interaction handled');
        return out.replies;
      });
      await responder.send(replies);
    } catch (error) {
      log.error({ interaction: i.id, err: (error as Error).message, stack: (error as Error).stack }, 'discord interaction failed');
      await responder.fail();
    }
  };

  const run = (i: AnswerableInteraction, inbound: Inbound, updatesMessage: boolean) => acknowledged(i, updatesMessage, async () => inbound);

  const command = async (i: ChatInputCommandInteraction) => {
    const call = slashCall(i);
    const def = ctx.table.resolve(call.top, call.sub);
    if (!def) {
      await i.reply({ content: wordsNow(i).t('discord-command-gone'), flags: MessageFlags.Ephemeral });
      return;
    }
    const longTexts = (Object.entries(def.options) as [string, OptionSpec][]).filter(([name, s]) => s.kind === 'long-text' && !Object.hasOwn(call.values, name));
    const startsGuided = def.guided !== undefined && Object.keys(call.values).length === 0;
    if (!startsGuided && longTexts.some(([, s]) => s.required)) {
      await openForm(i, def, call.values, longTexts);
      return;
    }
    await run(i, { kind: 'options', command: def.name, values: call.values }, false);
  };

  /**
   * Asks for long free text in a modal, keeping what was already given in the store. The modal
   * (the acknowledgement) goes first; nobody can submit it before the values are stored.
   */
  const openForm = async (i: ChatInputCommandInteraction, def: CommandDefinition, given: Record<string, unknown>, longTexts: [string, OptionSpec][]) => {
    const now = ctx.clock();
    const id = newId<ActionId>();
    await i.showModal({ toJSON: () => formModal(def, id, longTexts, wordsNow(i).lang) });
    await ctx.kv.set(pendingKey(id), { command: def.name, userId: i.user.id, values: given }, new Date(now.getTime() + PENDING_TTL_MS));
  };

  const modal = async (i: ModalSubmitInteraction) => {
    const fields = modalValues(i);
    const updatesMessage = i.isFromMessage() && i.message.flags.has(MessageFlags.Ephemeral);
    if (i.customId === ids.answerModal) {
      await run(i, { kind: 'text', text: fields.answer ?? '' }, updatesMessage);
      return;
    }
    const pressed = parseFormButtonModal(i.customId);
    if (pressed) {
      await run(i, { kind: 'action', id: pressed.action, value: fields[ids.answerInput] ?? '', option: pressed.option }, updatesMessage);
      return;
    }
    await acknowledged(i, updatesMessage, async () => {
      const pendingId = parseFormModal(i.customId);
      const pending = pendingId ? await ctx.kv.get(pendingKey(pendingId), ctx.clock()) : null;
      const args = pending as { command?: string; userId?: string; values?: Record<string, unknown> } | null;
      const def = args?.command ? dispatcher.registry.get(args.command) : undefined;
      if (!pendingId || !args || args.userId !== i.user.id || !def) {
        const lang = await langOf(i);
        return { replies: [privateReply(translator(lang).t('discord-form-expired'), { tone: 'error', lang })] };
      }
      await ctx.kv.delete(pendingKey(pendingId));
      const values = { ...(args.values ?? {}), ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v.trim() !== '')) };
      return { kind: 'options', command: def.name, values };
    });
  };

  const button = async (i: ButtonInteraction) => {
    const answer = parseAnswerButton(i.customId);
    if (answer) {
      await i.showModal({ toJSON: () => answerModal(answer.long, answer.label, wordsNow(i), answer.max ?? undefined) });
      return;
    }
    // A Reply button: the box for the reply opens at once; the submitted text presses the button.
    const form = parseFormButton(i.customId);
    if (form) {
      await i.showModal({ toJSON: () => answerModal(true, form.label, wordsNow(i), form.max, ids.formButtonModal(form.action, form.option)) });
      return;
    }
    // An in-place button redraws its message, acknowledged as an update before any work; only on
    // a message nobody else sees (ephemeral, or in the person's DM with the bot).
    const inPlace = parseInPlaceButton(i.customId);
    const priv = i.message.flags.has(MessageFlags.Ephemeral) || i.guildId === null;
    await run(i, { kind: 'action', id: inPlace ?? i.customId }, i.message.flags.has(MessageFlags.Ephemeral) || (inPlace !== null && priv));
  };

  const select = async (i: StringSelectMenuInteraction) => {
    const value = i.values[0];
    await run(i, { kind: 'action', id: i.customId, ...(value !== undefined ? { value } : {}) }, i.message.flags.has(MessageFlags.Ephemeral));
  };

  const autocomplete = async (i: AutocompleteInteraction) => {
    const call = slashCall(i);
    const def = ctx.table.resolve(call.top, call.sub);
    const focused = call.focused ?? { name: i.options.getFocused(true).name, value: String(i.options.getFocused()) };
    let choices: { name: string; value: string }[] = [];
    if (def) {
      const spec = optionOf(def, focused.name);
      // For a list ("running, yo…") the suggestions complete the last item.
      const head = spec?.kind === 'activities' && focused.value.includes(',') ? `${focused.value.slice(0, focused.value.lastIndexOf(',') + 1).trim()} ` : '';
      const found = await ctx.work.add(() => dispatcher.autocomplete(invocationOf(i), def.name, focused.name, focused.value), { priority: AUTOCOMPLETE_PRIORITY });
      choices = found.slice(0, LIMIT.autocomplete).map((c) => ({ name: clip(head + c.label, LIMIT.optionText), value: (head + c.value).slice(0, LIMIT.optionText) }));
    }
    await i.respond(choices);
  };

  return async (i: Interaction) => {
    try {
      if (i.isChatInputCommand()) await command(i);
      else if (i.isAutocomplete()) await autocomplete(i);
      else if (i.isButton()) await button(i);
      else if (i.isStringSelectMenu()) await select(i);
      else if (i.isModalSubmit()) await modal(i);
      else if (i.isRepliable()) await i.reply({ content: wordsNow(i).t('discord-not-handled'), flags: MessageFlags.Ephemeral });
    } catch (error) {
      // Errors before a Responder took over (showing a modal, the store): still answer.
      log.error({ interaction: i.id, err: (error as Error).message, stack: (error as Error).stack }, 'discord interaction failed');
      if (i.isAutocomplete()) {
        if (!i.responded) await i.respond([]).catch(() => {});
      } else if (i.isRepliable() && !i.replied && !i.deferred) {
        await i.reply({ content: apology(wordsNow(i).lang), flags: MessageFlags.Ephemeral }).catch((e: Error) => log.warn({ interaction: i.id, err: e.message }, 'discord apology failed'));
      }
    }
  };
}
