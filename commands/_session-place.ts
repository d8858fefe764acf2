import type { AmbiguousPlace } from '../src/core/sessions-hosting.js';
import type { FarPlace } from '../src/core/sessions-reach.js';
import type { ButtonArgs, CommandContext, CommandDefinition } from '../src/interaction/command.js';
import type { OptionsShape } from '../src/interaction/options.js';
import type { Reply } from '../src/interaction/reply.js';

/**
 * The place questions /session-create and /session-edit both ask: which of several places was
 * meant, and whether a place far from where people train is really meant. The commands differ only
 * in their words and in the command each answer runs. (A file starting with "_" is no command.)
 */

/** Distances as a person says them: "about 30 km", "about 9,000 km" — never finer than the place deserves. */
export function roundKm(km: number): number {
  const step = km < 20 ? 1 : km < 200 ? 10 : km < 2000 ? 100 : 1000;
  return Math.max(1, Math.round(km / step) * step);
}

/** The catalogue keys of one command's far-place question: one text per kind of "far", and the Go button. */
export interface FarWords {
  readonly community: string;
  readonly members: string;
  readonly home: string;
  readonly go: string;
}

/** "Atlantis is about 9,000 km from Tiergarten gate, where this community meets. … anyway?" */
function farText(ctx: CommandContext, far: FarPlace, words: FarWords): string {
  const place = far.place.slice(0, 80);
  switch (far.from.kind) {
    case 'meeting-place':
      return ctx.t.t(words.community, { place, km: roundKm(far.from.km), from: far.from.name });
    case 'members':
      return ctx.t.t(words.members, { place });
    case 'home':
      return ctx.t.t(words.home, { place, km: roundKm(far.from.km), from: far.from.area, radius: far.from.radiusKm });
  }
}

/**
 * Go there, or cancel: one answer, like every confirmation. A second press of Go (a double click)
 * does nothing more, and Cancel withdraws Go. `args` are what each button carries: go, and for
 * Cancel the question it answers.
 */
export async function confirmFar<O extends OptionsShape>(
  ctx: CommandContext,
  far: FarPlace,
  words: FarWords,
  command: CommandDefinition<O>,
  args: (go: boolean, confirm: string | undefined) => NoInfer<ButtonArgs<O>>,
): Promise<Reply> {
  const go = await ctx.button(ctx.t.t(words.go), command, args(true, undefined), { style: 'primary', once: true });
  const cancel = await ctx.button(ctx.t.t('flow-cancel'), command, args(false, go.action), { style: 'danger', once: go.action });
  return { visibility: 'private', text: farText(ctx, far, words), buttons: [[go, cancel]], tone: 'warning' };
}

/** "Which Tiergarten?": the places found, numbered, and a select whose choice fills `option` of `command`. */
export async function whichPlace<O extends OptionsShape, K extends keyof O & string>(
  ctx: CommandContext,
  asked: string,
  ambiguous: AmbiguousPlace,
  command: CommandDefinition<O>,
  option: K,
  keep: NoInfer<Omit<ButtonArgs<O>, K>>,
): Promise<Reply> {
  return {
    visibility: 'private',
    text: [ctx.t.t('session-place-ambiguous', { name: asked.slice(0, 60) }), ...ambiguous.options.map((o, i) => `${i + 1}. ${o.label}`)].join('\n'),
    select: await ctx.select(ctx.t.t('session-place-choose'), command, option, keep, ambiguous.options),
  };
}
