/** The limits port and its facts live in the domain (the store implements them); the core uses them from here too. */
export * from '../domain/limits.js';
