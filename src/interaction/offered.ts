import type { OfferedKind, OfferedValues } from '../domain/offered-action.js';
import type { ButtonArgs, CommandDefinition } from './command.js';
import type { OptionsShape } from './options.js';

/**
 * Which command carries out each kind of button the core offers (src/domain/offered-action.ts).
 * The map itself is written in commands/_offered.ts (src/ can't import commands); its type is
 * here, so that the typecheck fails when a kind has no command, when its command is renamed
 * (the kind is what stored buttons carry as the command's name), or when the kind's values are
 * not options of that command or not of their types.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type OfferedCommands = { readonly [K in OfferedKind]: CommandDefinition<any, K> };

type OptionsOf<C> = C extends { readonly options: infer O extends OptionsShape } ? O : never;

/** What the typecheck says where a kind's values don't fit its command. */
interface DoesNotTake<K extends OfferedKind, Why> {
  readonly kind: K;
  readonly problem: Why;
}

/** A command that takes every value a kind carries, each as the type its option gives; else a named problem. */
type Takes<K extends OfferedKind, C> = [Exclude<keyof OfferedValues<K>, keyof OptionsOf<C>>] extends [never]
  ? OfferedValues<K> extends ButtonArgs<OptionsOf<C>>
    ? C
    : DoesNotTake<K, 'a value is not of its option’s type'>
  : DoesNotTake<K, { readonly notAnOption: Exclude<keyof OfferedValues<K>, keyof OptionsOf<C>> }>;

/** Every kind mapped, each to a command named as the kind that takes its values. */
export type CheckedOfferedCommands<M extends OfferedCommands> = { readonly [K in OfferedKind]: Takes<K, M[K]> };

/** Declares the map, checked as `CheckedOfferedCommands` says: a wrong entry is a compile error at that entry. */
export function offeredCommands<const M extends OfferedCommands>(map: M & CheckedOfferedCommands<M>): M {
  return map;
}
