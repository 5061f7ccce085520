import { existsSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { chartSvg, fitText, niceMax, renderChart, rgbPng, type ChartSpec } from './charts';
import { DEFAULT_CJK_FONT_CANDIDATES, locateCjkFonts } from './cjk-font';

const stacked: ChartSpec = {
  kind: 'stacked',
  categories: ['强化政策引导与扶持', '构建多层次人才培养体系'],
  series: [
    { key: 'completed', label: '已完成', color: '#1d4ed8', values: [3, 0] },
    { key: 'overdue', label: '逾期', color: '#dc2626', values: [1, 4] },
  ],
};
const ranked: ChartSpec = {
  kind: 'ranked',
  unit: '%',
  color: '#c2410c',
  items: [
    { label: '新疆维吾尔自治区', value: 55.6 },
    { label: 'A&B <省>', value: 0 },
  ],
};
const line: ChartSpec = {
  kind: 'line',
  unit: '%',
  labels: ['2025-12', '2026-01', '2026-02'],
  series: [
    { key: 'expected', label: '序时进度（计划）', color: '#64748b', values: [10, 20, 30], dashed: true },
    { key: 'actual', label: '实际进度', color: '#1d4e89', values: [8, 15, 31] },
  ],
};

describe(chartSvg.name, () => {
  it('draws labels, totals and a legend, with text escaped', () => {
    const { svg, width, height } = chartSvg(stacked, 'Noto Sans CJK SC');
    expect(width).toBe(800);
    expect(height).toBeGreaterThan(100);
    expect(svg).toContain('强化政策引导与扶持');
    expect(svg).toContain('>4</text>'); // the second measure's total
    expect(svg).toContain('已完成');
    expect(svg).toContain('font-family="Noto Sans CJK SC, sans-serif"');
    const r = chartSvg(ranked, 'X').svg;
    expect(r).toContain('2. A&amp;B &lt;省&gt;');
    expect(r).toContain('55.6%');
    expect(r).not.toContain('<省>');
  });

  it('marks the year under the first month and each January of a trend', () => {
    const { svg } = chartSvg(line, 'X');
    expect(svg).toContain('>2025年<');
    expect(svg).toContain('>2026年<');
    expect(svg).toContain('>12月<');
    expect(svg).toContain('stroke-dasharray="8 5"');
    expect(svg).toContain('31%');
  });
});

describe('chart helpers', () => {
  it('ends axes on round numbers', () => {
    expect([0, 1, 7, 12, 26, 32, 49, 140].map(niceMax)).toEqual([1, 1, 10, 20, 30, 40, 50, 200]);
  });

  it('shortens labels that do not fit with an ellipsis', () => {
    expect(fitText('构建多层次人才培养体系', 60, 15)).toBe('构建多…');
    expect(fitText('短', 60, 15)).toBe('短');
  });

  it('encodes opaque RGB PNGs', async () => {
    const rgba = Buffer.from([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 9, 9, 9, 255]);
    const png = await rgbPng(rgba, 2, 2);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]]).toEqual([2, 2, 8, 2]);
    const idat = png.indexOf('IDAT');
    const raw = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
    expect([...raw]).toEqual([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 9, 9, 9]);
  });
});

const font = DEFAULT_CJK_FONT_CANDIDATES.find(existsSync);
(font ? describe : describe.skip)(renderChart.name, () => {
  it('renders every chart to a PNG twice the drawing size with the CJK font', async () => {
    const fonts = locateCjkFonts(undefined, DEFAULT_CJK_FONT_CANDIDATES);
    for (const spec of [stacked, ranked, line]) {
      const img = await renderChart(spec, fonts.sans);
      expect(img.png.toString('latin1', 1, 4)).toBe('PNG');
      expect(img.png.readUInt32BE(16)).toBe(img.width * 2);
      expect(img.png.readUInt32BE(20)).toBe(img.height * 2);
    }
    // the same chart again comes from the cache
    const a = await renderChart(line, fonts.sans);
    expect(await renderChart(line, fonts.sans)).toBe(a);
  });
});
