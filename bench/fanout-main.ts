/** The outbox fan-out benchmark on its own (see fanout.ts). */
import { fanout, printFanout } from './fanout.js';

const result = await fanout();
printFanout(result);
if (!result.ok) process.exitCode = 1;
