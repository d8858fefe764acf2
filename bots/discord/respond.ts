import {
  type AttachmentPayload,
  type BaseMessageOptions,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type MessageComponentInteraction,
  MessageFlags,
  type ModalSubmitInteraction,
  type StringSelectMenuInteraction,
} from 'discord.js';
import type { Locale } from '../../src/i18n/languages.js';
import { translator } from '../../src/i18n/translator.js';
import type { Reply } from '../../src/interaction/reply.js';
import type { Logger } from '../../src/logger.js';
import { type RenderedMessage, renderReply } from './render.js';

/**
 * Answers one interaction within Discord's three seconds, whatever happens. It acknowledges first
 * (a deferral, before any command work, so a burst of interactions delays answers and never the
 * acknowledgements) and then edits in the answer; the first reply is the response, the rest
 * follow up. Rendering or API failures still end in an answer: a short apology.
 */

export type AnswerableInteraction = ChatInputCommandInteraction | ButtonInteraction | StringSelectMenuInteraction | ModalSubmitInteraction;

export interface ResponderOptions {
  /**
   * The interaction came from a component on an ephemeral message of ours: a private answer
   * replaces that message (the next question, the next page) instead of adding one.
   */
  readonly updatesMessage: boolean;
  readonly log: Logger;
  /** The language of the responder's own words (apology, "nothing more"): asked only when they are said. */
  readonly lang: () => Promise<Locale>;
}

type State = 'fresh' | 'deferred-reply' | 'deferred-update' | 'answered' | 'failed';

/** The apology after a failure, in the person's language (see `Dispatcher.adapterLocale`). */
export const apology = (lang: Locale): string => translator(lang).t('discord-apology');

export class Responder {
  private state: State = 'fresh';
  private pendingAck: Promise<void> | null = null;

  constructor(
    private readonly i: AnswerableInteraction,
    private readonly options: ResponderOptions,
  ) {}

  /**
   * Defers the interaction (once); false when Discord refused it and nothing more can be sent.
   * A refusal that leaves the interaction open (a bad request) is answered with the apology.
   */
  async acknowledge(): Promise<boolean> {
    this.pendingAck ??= this.defer();
    await this.pendingAck;
    return this.state !== 'failed' && this.state !== 'answered';
  }

  /** Sends the replies; never throws. */
  async send(replies: readonly Reply[]): Promise<void> {
    await this.settle();
    if (this.state === 'failed') return;
    try {
      await this.deliver(replies);
    } catch (error) {
      this.options.log.error({ interaction: this.i.id, err: (error as Error).message }, 'discord reply failed');
      await this.apologise();
    }
  }

  /** Answers with the apology (after an unexpected error); never throws. */
  async fail(): Promise<void> {
    await this.settle();
    await this.apologise();
  }

  private async settle(): Promise<void> {
    if (this.pendingAck) await this.pendingAck;
  }

  private async defer(): Promise<void> {
    const update = this.options.updatesMessage && 'deferUpdate' in this.i;
    try {
      if (update) await (this.i as MessageComponentInteraction).deferUpdate();
      else await this.i.deferReply({ flags: MessageFlags.Ephemeral });
      this.state = update ? 'deferred-update' : 'deferred-reply';
    } catch (error) {
      this.options.log.warn({ interaction: this.i.id, err: (error as Error).message }, 'discord defer failed');
      // Too late or Discord unreachable: the apology fails too and the interaction stays failed.
      this.state = 'fresh';
      await this.apologise();
      if (this.state === 'fresh') this.state = 'failed';
    }
  }

  private async deliver(replies: readonly Reply[]): Promise<void> {
    const [first, ...rest] = replies;
    if (!first) {
      // Nothing to say (a question that was already answered): acknowledge quietly.
      const content = translator(await this.options.lang()).t('discord-nothing-more');
      if (this.state === 'fresh') await this.i.reply({ content, flags: MessageFlags.Ephemeral });
      else if (this.state === 'deferred-reply') await this.i.editReply({ content });
      this.state = 'answered';
      return;
    }
    const message = renderReply(first);
    const isPrivate = first.visibility === 'private';
    const replaces = this.options.updatesMessage && isPrivate && first.tone !== 'error';
    switch (this.state) {
      case 'fresh':
        if (replaces && 'update' in this.i) await (this.i as MessageComponentInteraction).update(edit(message));
        else await this.i.reply(create(message, isPrivate));
        break;
      case 'deferred-update':
        if (replaces) await this.i.editReply(edit(message));
        else await this.i.followUp(create(message, isPrivate));
        break;
      case 'deferred-reply':
        if (isPrivate) await this.i.editReply(edit(message));
        else {
          // The deferral was private but this answer is for the channel.
          await this.i.deleteReply();
          await this.i.followUp(create(message, false));
        }
        break;
      case 'answered':
      case 'failed':
        return;
    }
    this.state = 'answered';
    for (const r of rest) await this.i.followUp(create(renderReply(r), r.visibility === 'private'));
  }

  private async apologise(): Promise<void> {
    try {
      const content = apology(await this.options.lang());
      if (this.state === 'fresh') await this.i.reply({ content, flags: MessageFlags.Ephemeral });
      else if (this.state !== 'failed') await this.i.followUp({ content, flags: MessageFlags.Ephemeral });
      this.state = 'answered';
    } catch (error) {
      this.options.log.warn({ interaction: this.i.id, err: (error as Error).message }, 'discord apology failed');
    }
  }
}

const attachments = (m: RenderedMessage): AttachmentPayload[] =>
  m.files.map((f) => ({ attachment: f.data, name: f.name, ...(f.description ? { description: f.description } : {}) }));

const base = (m: RenderedMessage): BaseMessageOptions => ({
  ...(m.content !== undefined ? { content: m.content } : {}),
  embeds: m.embeds,
  components: m.components,
  files: attachments(m),
  allowedMentions: { parse: [] },
});

/** A new message: ephemeral when private. */
const create = (m: RenderedMessage, ephemeral: boolean) => ({ ...base(m), ...(ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}) });

/** An edit of an existing message: everything replaced, old attachments dropped. */
const edit = (m: RenderedMessage) => ({ ...base(m), content: m.content ?? '', ...(m.files.length === 0 ? { attachments: [] } : {}) });
