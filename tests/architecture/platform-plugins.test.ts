import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORM_PLUGINS } from '../../bots/index.js';
import { PLATFORM_NAME } from '../../src/domain/platform.js';

/**
 * A platform is a plug-in: its folder under bots/ and one line in bots/index.ts. The domain and
 * the configuration module name none of them, so adding one touches neither.
 */

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every word of a file, lowercased: "Discord's" and "discord:" both hold the word "discord". */
const wordsOf = (text: string): Set<string> => new Set(text.toLowerCase().split(/[^a-z0-9]+/));

const names = PLATFORM_PLUGINS.map((p) => p.name);

describe('platforms as plug-ins', () => {
  it('GIVEN the registered plug-ins THEN each folder under bots/ is one of them, once, under its folder\'s name, spelled as a platform name', () => {
    const folders = readdirSync('bots').filter((name) => statSync(join('bots', name)).isDirectory());
    expect([...names].sort()).toEqual(folders.sort());
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(PLATFORM_NAME.test(name), name).toBe(true);
  });

  it('GIVEN src/domain and src/config.ts THEN neither names a platform, in code or in comments', () => {
    const files = [...sourceFiles('src/domain'), 'src/config.ts', 'src/config-parsers.ts'];
    const naming = files.flatMap((file) => {
      const words = wordsOf(readFileSync(file, 'utf8'));
      return names.filter((name) => words.has(name)).map((name) => `${file} names ${name}`);
    });
    expect(naming).toEqual([]);
  });

  it('GIVEN src/ THEN nothing outside the composition root reads process.env: plug-ins read their variables through the config module', () => {
    const readers = sourceFiles('src').filter((file) => readFileSync(file, 'utf8').includes('process.env'));
    expect(readers).toEqual(['src/config.ts']);
    const pluginReaders = sourceFiles('bots').filter((file) => readFileSync(file, 'utf8').includes('process.env'));
    expect(pluginReaders).toEqual([]);
  });

  it('GIVEN each plug-in WHEN its variables are not set THEN it is not configured, except an offline stand-in (the terminal)', () => {
    const configured = PLATFORM_PLUGINS.map((p) => ({ name: p.name, read: p.configSchema.safeParse({}) }));
    for (const { name, read } of configured) expect(read.success, name).toBe(true);
    const ready = configured.flatMap(({ read }) => (read.success && read.data ? [read.data] : []));
    expect(ready.every((p) => p.offline)).toBe(true);
  });
});
