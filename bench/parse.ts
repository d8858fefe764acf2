/**
 * Adversarial parsing: for every option of every command, inputs built to make a parser
 * backtrack or loop — long runs of spaces, digits and punctuation, alone and framed the way the
 * old coordinate pattern was stalled ("1" + spaces + "x!") — at exactly the option's maximum
 * length, each through the option's schema and then the parser the command hands it to. Prints
 * the slowest per option and the slowest overall (goal: under 5 ms).
 *
 * Usage: tsx bench/parse.ts
 */
import { performance } from 'node:perf_hooks';
import { parseAvailability } from '../src/core/parse/availability.js';
import { resolveLocation, warmGazetteer } from '../src/core/parse/location.js';
import { parseDurationMinutes, parseStartTime } from '../src/core/parse/when.js';
import { parseDay } from '../src/core/sessions-input.js';
import type { OptionSpec } from '../src/interaction/options.js';
import { loadCommands } from '../src/interaction/registry.js';
import { parseLeadTimes, parseQuietHours } from '../src/views/notification-prefs.js';

const GOAL_MS = 5;
const REPEATS = 5;
const ZONE = 'Europe/Berlin';
const NOW = new Date();

/** What each piece of text goes through after its schema, by option kind and (for text) name. */
function parserFor(name: string, spec: OptionSpec): ((text: string) => unknown) | null {
  if (spec.kind === 'place') return (t) => resolveLocation(t);
  if (spec.kind === 'when') return (t) => parseStartTime(t, ZONE, NOW);
  if (spec.kind !== 'text' && spec.kind !== 'long-text') return null;
  switch (name) {
    case 'availability':
    case 'when':
      return (t) => parseAvailability(t);
    case 'duration':
      return (t) => parseDurationMinutes(t);
    case 'quiet':
      return (t) => parseQuietHours(t);
    case 'reminders':
      return (t) => parseLeadTimes(t);
    case 'day':
      return (t) => parseDay(t, ZONE, NOW);
    default:
      return null;
  }
}

const PIECES = [' ', '1', '0', '.', ',', '-', ':', '/', '°', 'N', 'x', 'a', 'am', '1 ', '1.', '1,', '1-', 'mon ', 'to ', '\u202E', '\u200B', 'é', '👩‍💻'];
const FRAMES: readonly [string, string][] = [['', ''], ['1', 'x!'], ['52.5', ' N!'], ['mon ', '!'], ['http://x.test/?q=1', '!'], ['geo:1', '!']];

/** Every piece repeated to fill `length`, inside every frame. */
function* inputs(length: number): Generator<{ text: string; shape: string }> {
  for (const piece of PIECES) {
    for (const [before, after] of FRAMES) {
      const room = length - before.length - after.length;
      if (room < 1) continue;
      const text = before + piece.repeat(Math.ceil(room / piece.length)).slice(0, room) + after;
      yield { text, shape: `${JSON.stringify(before)} + ${JSON.stringify(piece)}×${room} + ${JSON.stringify(after)}` };
    }
  }
}

function timeOf(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < REPEATS; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

async function main(): Promise<void> {
  warmGazetteer();
  const registry = await loadCommands(new URL('../commands', import.meta.url).pathname);
  const rows: { option: string; max: number; ms: number; shape: string }[] = [];
  for (const command of registry.list) {
    for (const [name, spec] of Object.entries(command.options) as [string, OptionSpec][]) {
      const max = spec.maxLength ?? (spec.kind === 'place' ? 200 : spec.kind === 'when' ? 100 : 40);
      const parse = parserFor(name, spec);
      let worst = { ms: 0, shape: '' };
      for (const { text, shape } of inputs(max)) {
        const ms = timeOf(() => {
          const checked = spec.schema.safeParse(text);
          if (checked.success && parse && typeof checked.data === 'string') parse(checked.data);
        });
        if (ms > worst.ms) worst = { ms, shape };
      }
      rows.push({ option: `/${command.name} ${name}`, max, ...worst });
    }
  }
  rows.sort((a, b) => b.ms - a.ms);
  console.log(`${'option'.padEnd(32)} ${'max'.padStart(5)} ${'slowest ms'.padStart(10)}  input`);
  for (const r of rows.slice(0, 15)) console.log(`${r.option.padEnd(32)} ${String(r.max).padStart(5)} ${r.ms.toFixed(3).padStart(10)}  ${r.shape.slice(0, 70)}`);
  console.log(`… ${rows.length} options in all, ${PIECES.length * FRAMES.length} inputs each`);
  const top = rows[0]!;
  console.log(`slowest adversarial parse at each option's maximum: ${top.ms.toFixed(2)} ms (${top.option}, ${top.max} chars; goal < ${GOAL_MS} ms)`);
  if (top.ms >= GOAL_MS) process.exitCode = 1;
}

await main();
