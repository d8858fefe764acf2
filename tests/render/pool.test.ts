import { afterAll, describe, expect, it } from 'vitest';
import { PngPool } from '../../src/render/pool.js';
import { el, svgDocument, text } from '../../src/render/svg.js';
import { expectPng } from '../support/png.js';

const pool = new PngPool({ size: 1, maxQueue: 3 });
afterAll(() => pool.close());

describe('the PNG worker pool', () => {
  it('GIVEN text with markup characters WHEN it is written into SVG and rendered THEN it is escaped and the PNG is the document size times the scale', async () => {
    const svg = svgDocument(200, 50, text(5, 30, `<script>"&'</script>`, { size: 12, fill: '#000' }), el('rect', { x: 0, y: 0, width: 1, height: 1, fill: '"/><x' }));
    expect(svg).toContain('&lt;script&gt;&quot;&amp;&#39;&lt;/script&gt;');
    expect(svg).not.toContain('<script>');
    const out = await pool.render(svg, 2);
    expect(out.ok).toBe(true);
    if (out.ok) expect(expectPng(out.value.bytes)).toEqual({ width: 400, height: 100 });
  });

  it('GIVEN something that is not SVG WHEN rendered THEN the job fails with the reason and the next job still renders', async () => {
    const bad = await pool.render('this is not svg', 1);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.kind).toBe('failed');
    expect((await pool.render(svgDocument(10, 10), 1)).ok).toBe(true);
  });

  it('GIVEN more jobs than the queue holds WHEN they arrive at once THEN the extra ones are refused as busy, the rest render', async () => {
    const svg = svgDocument(300, 300, text(10, 20, 'busy', { size: 12, fill: '#000' }));
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => pool.render(svg, 1)));
    const busy = outcomes.filter((o) => !o.ok && o.error.kind === 'busy').length;
    expect(busy).toBeGreaterThan(0);
    expect(outcomes.filter((o) => o.ok).length).toBe(8 - busy);
  });

  it('GIVEN a closed pool WHEN asked to render THEN it answers closed at once', async () => {
    const closed = new PngPool({ size: 1 });
    await closed.close();
    expect(await closed.render(svgDocument(10, 10))).toEqual({ ok: false, error: { kind: 'closed' } });
  });
});
