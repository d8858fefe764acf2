/**
 * A community's last weeks as small multiples for moderators, two by two: sessions held, people
 * active, show-up rate and met rate, one bar per week (Monday first, in the moderator's zone),
 * each bar labelled with its value. The same series are in the /community-stats reply's text.
 */
import { type CommunityHistory, metRate, showUpRate } from '../../core/progress.js';
import type { Picture } from '../../render/pictures.js';
import { fitText, rect, type SvgNode, svgDocument, text } from '../../render/svg.js';
import { communityAlt, communityWords } from '../progress.js';
import { type Translator, translator } from '../../i18n/translator.js';
import { type PictureStrings, pictureStrings } from './strings.js';
import { card, PICTURE_SCALE, THEME } from './theme.js';

const W = 940;
/** Two rows of two panels: four in a row would leave a phone's screen too little per bar. */
const COLUMNS = 2;
const ROW_H = 212;
const H = 312 + ROW_H;
const GAP = 32;
const PANEL_W = (W - 2 * card.pad - (COLUMNS - 1) * GAP) / COLUMNS;
/** Where the first row's bars stand; the second row's stand `ROW_H` lower. */
const BASELINE = 262;
const PLOT_H = 100;
const BAR_W = 20;

interface Series {
  readonly title: string;
  readonly summary: string;
  /** Heights as shares of the panel's scale (0–1), null for "no data that week". */
  readonly shares: readonly (number | null)[];
  readonly labels: readonly string[];
}

function panel(x0: number, y0: number, s: Series, firstWeek: string, t: PictureStrings): SvgNode[] {
  const step = PANEL_W / s.shares.length;
  const baseline = BASELINE + y0;
  const nodes: SvgNode[] = [
    text(x0, 110 + y0, fitText(s.title, PANEL_W, 15, true), { size: 15, fill: THEME.ink, weight: 'bold' }),
    text(x0, 130 + y0, fitText(s.summary, PANEL_W, 12), { size: 12, fill: THEME.muted }),
    rect(x0, baseline, PANEL_W, 1, THEME.rule),
  ];
  s.shares.forEach((share, i) => {
    const cx = x0 + i * step + step / 2;
    const h = share === null ? 0 : Math.max(share > 0 ? 2 : 0, share * PLOT_H);
    if (h > 0) nodes.push(rect(cx - BAR_W / 2, baseline - h, BAR_W, h, i === s.shares.length - 1 ? THEME.barMuted : THEME.bar, { rx: 2 }));
    nodes.push(text(cx, baseline - h - 5, s.labels[i] ?? '', { size: 10, fill: THEME.muted, anchor: 'middle' }));
  });
  nodes.push(
    text(x0, baseline + 18, t.dayMonth(firstWeek), { size: 10, fill: THEME.muted }),
    text(x0 + PANEL_W, baseline + 18, t.thisWeek, { size: 10, fill: THEME.muted, anchor: 'end' }),
  );
  return nodes;
}

export function communityWeeksPicture(name: string, h: CommunityHistory, tr: Translator = translator('en')): Picture {
  const t = pictureStrings(tr);
  const words = communityWords(name, h, t);
  const held = h.weeks.map((w) => w.sessions);
  const people = h.weeks.map((w) => w.people);
  const rates = h.weeks.map(showUpRate);
  const met = h.weeks.map(metRate);
  const percentLabels = (xs: (number | null)[]) => xs.map((r) => (r === null ? t.noAnswers : String(Math.round(r * 100))));
  const scale = (xs: number[]) => {
    const max = Math.max(1, ...xs);
    return xs.map((x) => x / max);
  };
  const series: Series[] = [
    { title: t.sessionsHeld, summary: words.heldTotal, shares: scale(held), labels: held.map(String) },
    { title: t.peopleActive, summary: words.peopleTotal, shares: scale(people), labels: people.map(String) },
    { title: t.showUpPercent, summary: words.showUpOverall, shares: rates, labels: percentLabels(rates) },
    { title: t.metPercent, summary: words.metOverall, shares: met, labels: percentLabels(met) },
  ];
  const firstWeek = h.weeks[0]?.start ?? '';
  const svg = svgDocument(
    W,
    H,
    rect(0, 0, W, H, THEME.card),
    rect(1, 1, W - 2, H - 2, 'none', { stroke: THEME.border, 'stroke-width': 2, rx: 10 }),
    text(card.pad, 46, fitText(words.title, W - 2 * card.pad, 22, true), { size: 22, fill: THEME.ink, weight: 'bold' }),
    text(card.pad, 70, words.range.charAt(0).toUpperCase() + words.range.slice(1), { size: 13, fill: THEME.muted }),
    ...series.flatMap((s, i) => panel(card.pad + (i % COLUMNS) * (PANEL_W + GAP), Math.floor(i / COLUMNS) * ROW_H, s, firstWeek, t)),
  );
  return { name: 'community-stats.png', svg, scale: PICTURE_SCALE, alt: communityAlt(name, h, t) };
}
