import type { z } from 'zod';
import type { AdapterDeps, PlatformAdapter } from './adapter.js';

/**
 * A platform, as its folder under `bots/` offers it: adding a platform is one folder and one line
 * in `bots/index.ts`. Nothing in `src/` names a platform; the composition root takes them from
 * that list.
 */
export interface PlatformSpec<C> {
  /** Its name: the prefix of its people's and communities' keys (`<name>:<id>`). */
  readonly name: string;
  /**
   * Reads its own variables from the environment the configuration module read (never
   * the process environment itself): its settings, or null when it is not configured. Issues are reported
   * under the variable's name, with every other bad variable, in one message.
   */
  readonly configSchema: z.ZodType<C | null>;
  /** A stand-in for when no other platform is configured (the terminal's offline chat): started by `main` only then. */
  readonly offline?: boolean;
  /** The adapter, loading its client library only now (a deployment without it never loads it). */
  create(settings: C, deps: AdapterDeps): Promise<PlatformAdapter>;
}

/** A platform whose variables are set: ready to be created with the service's dependencies. */
export interface ConfiguredPlatform {
  readonly name: string;
  readonly offline: boolean;
  /** Its settings as its plug-in read them (for logs and tests; `create` has them already). */
  readonly settings: unknown;
  create(deps: AdapterDeps): Promise<PlatformAdapter>;
}

/** A registered plug-in: its name and its configuration fragment, which yields it configured. */
export interface PlatformPlugin {
  readonly name: string;
  readonly configSchema: z.ZodType<ConfiguredPlatform | null>;
}

/** A plug-in from its spec: its settings are bound into `create` once read, so nothing downstream casts them. */
export function definePlatform<C>(spec: PlatformSpec<C>): PlatformPlugin {
  const offline = spec.offline ?? false;
  return {
    name: spec.name,
    configSchema: spec.configSchema.transform((settings): ConfiguredPlatform | null =>
      settings === null ? null : { name: spec.name, offline, settings, create: (deps) => spec.create(settings, deps) },
    ),
  };
}
