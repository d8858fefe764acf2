/** How the scenario benches print: min / median / max over runs, and one machine-readable SUMMARY line. */

export interface Column {
  readonly name: string;
  readonly unit: 'ms' | '×' | '%' | 'MB' | 'msg/s' | '';
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

export const format = (v: number, unit: Column['unit']) =>
  unit === '×'
    ? `${v.toFixed(1)}×`
    : unit === '%'
      ? `${v.toFixed(1)}%`
      : Math.abs(v) >= 100 || (unit === '' && Number.isInteger(v))
        ? v.toFixed(0)
        : v.toFixed(unit === 'ms' ? 2 : 1);

/** One line per figure: min, median and max over the runs. */
export function printRuns(columns: readonly Column[], runs: readonly Record<string, number>[]): void {
  const rows = columns.map((c) => {
    const xs = runs.map((r) => r[c.name]!);
    return [c.name, format(Math.min(...xs), c.unit), format(median(xs), c.unit), format(Math.max(...xs), c.unit)];
  });
  const head = ['figure', 'min', 'median', 'max'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  process.stdout.write(`${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}\n`);
}

/** `SUMMARY <json>`: the medians, for bench/index.ts's closing table. */
export function summary(scenario: string, columns: readonly Column[], runs: readonly Record<string, number>[]): void {
  const medians = Object.fromEntries(columns.map((c) => [c.name, format(median(runs.map((r) => r[c.name]!)), c.unit)]));
  process.stdout.write(`SUMMARY ${JSON.stringify({ scenario, runs: runs.length, medians })}\n`);
}
