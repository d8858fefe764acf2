/**
 * `npm start`: the compiled build (`npm run build`) when it is at least as new as every source
 * file, else the sources through tsx. Loading the compiled module graph takes about half the
 * time tsx needs (issue #16: ready within a second), and a source edited since the last build is
 * never left out: it is run as written. Checking costs one directory walk (a few ms).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const built = new URL('dist/main.js', root);
const SOURCES = ['src', 'bots', 'commands', 'jobs'];
const CONFIG = ['package.json', 'tsconfig.json', 'tsconfig.build.json'];

/** The latest modification time of any file under `dir` (0 when there is none). */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function buildIsCurrent() {
  if (!existsSync(built)) return false;
  const builtAt = statSync(built).mtimeMs;
  const base = fileURLToPath(root);
  return SOURCES.every((d) => newest(`${base}${d}`) <= builtAt) && CONFIG.every((f) => !existsSync(`${base}${f}`) || statSync(`${base}${f}`).mtimeMs <= builtAt);
}

if (buildIsCurrent()) await import(built.href);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('src/main.ts', root).href);
}
