/**
 * A person's training calendar as a picture: a GitHub-style grid of the last 53 weeks (one cell
 * a day, Monday first, in the person's zone, darker for more sessions attended), then streaks,
 * show-up rate, buddies, top activities and buddy streaks. Every figure is also in the /stats reply's text.
 */
import { DateTime } from 'luxon';
import { CALENDAR_WEEKS } from '../../core/progress.js';
import type { Picture } from '../../render/pictures.js';
import { el, fitText, rect, type SvgNode, svgDocument, text } from '../../render/svg.js';
import { type SessionStats, trainingAlt, trainingWords } from '../progress.js';
import { type Translator, translator } from '../../i18n/translator.js';
import { pictureStrings } from './strings.js';
import { card, PICTURE_SCALE, THEME } from './theme.js';

const W = 940;
const H = 388;
/** Room for the buddy streaks line, drawn only when there are any (the card grows by it). */
const STREAKS_H = 26;
const CELL = 13;
const STEP = 16;
const GRID_X = card.pad + 34;
const GRID_Y = 112;
const RIGHT = W - card.pad;

const fillFor = (sessions: number): string => (sessions <= 0 ? THEME.empty : THEME.levels[Math.min(sessions, THEME.levels.length) - 1]!);

export function trainingCalendarPicture(name: string, st: SessionStats, tr: Translator = translator('en')): Picture {
  const t = pictureStrings(tr);
  const h = st.history;
  const words = trainingWords(st, t, tr);
  const counts = new Map(h.days.map((d) => [d.date, d.sessions] as const));
  const first = DateTime.fromISO(h.firstDay, { zone: 'UTC' });
  const today = h.today;

  const cells: SvgNode[] = [];
  const months: SvgNode[] = [];
  let lastLabelCol = -10;
  for (let col = 0; col < CALENDAR_WEEKS; col++) {
    const monday = first.plus({ weeks: col });
    // A month is named above the week its first day falls in (the first week only if the month starts there).
    const firstOfMonth = monday.day <= 7 && (col > 0 || monday.day === 1);
    if (firstOfMonth && col - lastLabelCol >= 3) {
      months.push(text(GRID_X + col * STEP, GRID_Y - 8, t.month(monday.endOf('week').toISODate() ?? ''), { size: 11, fill: THEME.muted }));
      lastLabelCol = col;
    }
    for (let row = 0; row < 7; row++) {
      const date = monday.plus({ days: row }).toISODate() ?? '';
      if (date > today) break;
      cells.push(rect(GRID_X + col * STEP, GRID_Y + row * STEP, CELL, CELL, fillFor(counts.get(date) ?? 0), { rx: 2 }));
    }
  }

  const weekdays = t.weekdays.map((label, row) => (label ? text(card.pad, GRID_Y + row * STEP + 10, label, { size: 11, fill: THEME.muted }) : null));

  // Legend: Less ■ ■ ■ ■ ■ More, right-aligned under the grid.
  const legendY = 246;
  const boxes = [THEME.empty, ...THEME.levels];
  const moreWidth = t.more.length * 6.6;
  const boxesRight = RIGHT - moreWidth - 6;
  const legend: SvgNode[] = [
    text(boxesRight - boxes.length * 14 - 4, legendY, t.less, { size: 11, fill: THEME.muted, anchor: 'end' }),
    ...boxes.map((fill, i) => rect(boxesRight - (boxes.length - i) * 14, legendY - 10, 11, 11, fill, { rx: 2 })),
    text(RIGHT, legendY, t.more, { size: 11, fill: THEME.muted, anchor: 'end' }),
  ];

  const a = st.attendance;
  const answered = a.attended + a.missed;
  const tileW = (RIGHT - card.pad) / 4;
  const tiles: [string, string][] = [
    [String(a.streak), t.currentStreak],
    [String(a.bestStreak), t.bestStreak],
    [answered ? t.percent(a.attended / answered) : '–', answered ? t.showUpTile(a.attended, answered) : t.showUpTileNone],
    [String(h.buddies), t.buddiesTile(h.buddies, h.sessionsWithBuddies)],
  ];
  const tileNodes = tiles.flatMap(([value, label], i) => [
    text(card.pad + i * tileW, 304, value, { size: 26, fill: THEME.ink, weight: 'bold' }),
    text(card.pad + i * tileW, 326, fitText(label, tileW - 12, 12), { size: 12, fill: THEME.muted }),
  ]);

  const height = words.streaks ? H + STREAKS_H : H;
  const streaksLine = words.streaks
    ? [text(card.pad, 362 + STREAKS_H, fitText(`${tr.t('meeting-streaks-title')}: ${words.streaks}`, RIGHT - card.pad, 13), { size: 13, fill: THEME.ink })]
    : [];
  const svg = svgDocument(
    W,
    height,
    rect(0, 0, W, height, THEME.card),
    rect(1, 1, W - 2, height - 2, 'none', { stroke: THEME.border, 'stroke-width': 2, rx: 10 }),
    text(card.pad, 46, fitText(t.calendarTitle(name), RIGHT - card.pad, 22, true), { size: 22, fill: THEME.ink, weight: 'bold' }),
    text(card.pad, 70, words.range, { size: 13, fill: THEME.muted }),
    ...months,
    ...weekdays,
    el('g', {}, ...cells),
    text(card.pad, legendY, fitText(words.total, boxesRight - 140 - card.pad, 13), { size: 13, fill: THEME.ink }),
    ...legend,
    rect(card.pad, 264, RIGHT - card.pad, 1, THEME.rule),
    ...tileNodes,
    text(card.pad, 362, fitText(t.topLine(words.top), RIGHT - card.pad, 13), { size: 13, fill: THEME.ink }),
    ...streaksLine,
  );
  return { name: 'stats.png', svg, scale: PICTURE_SCALE, alt: trainingAlt(name, st, t, tr) };
}
