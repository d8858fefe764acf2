import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Picture } from '../../src/render/pictures.js';
import { PngPool } from '../../src/render/pool.js';
import { communityWeeksPicture } from '../../src/views/images/community-weeks.js';
import { PICTURE_SCALE } from '../../src/views/images/theme.js';
import { trainingCalendarPicture } from '../../src/views/images/training-calendar.js';
import { busyCommunity, busyYear, emptyYear, quietCommunity, streakYear } from './samples.js';

/**
 * Golden images: fixed data rendered through the real worker pool and compared, pixel by pixel,
 * with the reference PNGs checked in under tests/render/golden/. A small tolerance absorbs
 * anti-aliasing differences between machines; a layout or colour change fails. A missing
 * reference is written and the test fails once, so a new picture is looked at before it counts
 * (delete a reference to accept a deliberate change).
 */
const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url));
const OUT = fileURLToPath(new URL('../../.golden-out/', import.meta.url));
/** Share of pixels allowed to differ (beyond pixelmatch's per-pixel colour threshold). */
const TOLERANCE = 0.002;

const pool = new PngPool({ size: 1 });
afterAll(() => pool.close());

async function render(picture: Picture): Promise<PNG> {
  const out = await pool.render(picture.svg, picture.scale);
  if (!out.ok) throw new Error(`render failed: ${JSON.stringify(out.error)}`);
  return PNG.sync.read(Buffer.from(out.value.bytes));
}

async function expectGolden(file: string, picture: Picture): Promise<PNG> {
  const actual = await render(picture);
  const path = `${GOLDEN}${file}`;
  if (!existsSync(path)) {
    writeFileSync(path, PNG.sync.write(actual));
    throw new Error(`no reference for ${file}: written to ${path}; look at it, then run again`);
  }
  const expected = PNG.sync.read(readFileSync(path));
  expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
  const diff = new PNG({ width: actual.width, height: actual.height });
  const differing = pixelmatch(actual.data, expected.data, diff.data, actual.width, actual.height, { threshold: 0.1 });
  if (differing > actual.width * actual.height * TOLERANCE) {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(`${OUT}${file}`, PNG.sync.write(actual));
    writeFileSync(`${OUT}diff-${file}`, PNG.sync.write(diff));
  }
  expect(differing, `${file}: ${differing} pixels differ (see .golden-out/)`).toBeLessThanOrEqual(actual.width * actual.height * TOLERANCE);
  return actual;
}

/** The RGB colour at SVG coordinates (x, y) of a picture rendered at `scale`. */
const colourAt = (png: PNG, x: number, y: number, scale = PICTURE_SCALE) => {
  const i = (Math.round(y * scale) * png.width + Math.round(x * scale)) * 4;
  return `#${[0, 1, 2].map((k) => png.data[i + k]!.toString(16).padStart(2, '0')).join('')}`;
};

describe('progress pictures match their references', () => {
  it('GIVEN a busy year with buddy streaks WHEN the training calendar is drawn THEN it matches the reference, on an opaque card one line taller', async () => {
    const png = await expectGolden('calendar-busy.png', trainingCalendarPicture('Alexandra', busyYear()));
    expect([png.width, png.height]).toEqual([1410, 621]);
    // Opaque everywhere, corners included: readable on light and dark chat themes alike.
    for (let i = 3; i < png.data.length; i += 4) if (png.data[i] !== 255) throw new Error(`transparent pixel at ${(i - 3) / 4}`);
  });

  it('GIVEN nobody has trained yet WHEN the calendar is drawn THEN every day is an empty cell and it says how to start', async () => {
    const png = await expectGolden('calendar-empty.png', trainingCalendarPicture('Ben', emptyYear()));
    // First cell (Monday of the first week) is the "no sessions" grey.
    expect(colourAt(png, 62 + 6, 112 + 6)).toBe('#ebedf0');
  });

  it('GIVEN a 365-day streak WHEN the calendar is drawn THEN every day of the year is green', async () => {
    const png = await expectGolden('calendar-streak.png', trainingCalendarPicture('Chris', streakYear()));
    // Today (Sunday of the last column) is the one-session green.
    expect(colourAt(png, 62 + 52 * 16 + 6, 112 + 6 * 16 + 6)).toBe('#9be9a8');
  });

  it('GIVEN twelve weeks of a community WHEN its charts are drawn THEN they match the reference', async () => {
    await expectGolden('community-busy.png', communityWeeksPicture('Berlin Runners', busyCommunity()));
  });

  it('GIVEN a community with no sessions WHEN its charts are drawn THEN they show empty weeks, not an error', async () => {
    await expectGolden('community-quiet.png', communityWeeksPicture('Quiet Club', quietCommunity()));
  });
});
