/** `npm run bench`: every benchmark, one after the other, each printing its table. */
import { fanout, printFanout } from './fanout.js';

let failed = false;
const result = await fanout();
printFanout(result);
failed ||= !result.ok;

if (failed) process.exitCode = 1;
