/** The hooks are the core's port (src/core/hooks.ts); the scheduler implements them. */
export * from '../core/hooks.js';
