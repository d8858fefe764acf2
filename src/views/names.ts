/** Names told apart in a list: the logic has no words of its own, so it lives in the domain. */
export { distinctNames, type Nameable } from '../domain/names.js';
