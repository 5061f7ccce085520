import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';
import { renderAsync } from '@resvg/resvg-js';
import { textEm } from './briefing-content';
import type { FontFace } from './cjk-font';

export type ChartSeries = { key: string; label: string; color: string; values: number[]; dashed?: boolean };

export type ChartSpec =
  | { kind: 'stacked'; categories: string[]; series: ChartSeries[] }
  | { kind: 'ranked'; items: { label: string; value: number }[]; unit: string; color: string }
  | { kind: 'line'; labels: string[]; series: ChartSeries[]; unit: string };

export type ChartSvg = { svg: string; width: number; height: number };
export type ChartImage = { png: Buffer; width: number; height: number };

// Drawn at 800 px wide and placed 16 cm wide in the documents; rendered at 2× for print.
const WIDTH = 800;
const SCALE = 2;
const FONT = 15;
const AXIS = '#94a3b8';
const GRID = '#e2e8f0';
const INK = '#1c2733';

const escapeXml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string,
  );

export const textWidth = (s: string, size = FONT): number => textEm(s) * size;

export function fitText(s: string, max: number, size = FONT): string {
  if (textWidth(s, size) <= max) return s;
  let out = '';
  for (const ch of s) {
    if (textWidth(`${out}${ch}…`, size) > max) break;
    out += ch;
  }
  return `${out}…`;
}

// The smallest round number (1, 2, 2.5, 3, 4, 5 × 10^n) at or above `n`, so an axis of five ticks ends
// on it without wasting half the width.
export function niceMax(n: number): number {
  if (n <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(n));
  for (const m of [1, 2, 2.5, 3, 4, 5, 10]) if (m * p >= n) return m * p;
  return 10 * p;
}

const fmt = (n: number) => (Number.isInteger(n) ? `${n}` : n.toFixed(1));

type Parts = { font: string; body: string[] };

const text = (
  p: Parts,
  x: number,
  y: number,
  s: string,
  opts: { anchor?: 'start' | 'middle' | 'end'; size?: number; fill?: string; weight?: 'bold' } = {},
) =>
  p.body.push(
    `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${opts.size ?? FONT}" fill="${opts.fill ?? INK}"` +
      ` text-anchor="${opts.anchor ?? 'start'}"${opts.weight ? ` font-weight="${opts.weight}"` : ''}>${escapeXml(s)}</text>`,
  );

// A row of colour keys, wrapped to the width; returns the y below it.
function legend(p: Parts, series: { label: string; color: string; dashed?: boolean }[], y: number): number {
  let x = 0;
  for (const s of series) {
    const w = 22 + textWidth(s.label) + 20;
    if (x + w > WIDTH && x > 0) {
      x = 0;
      y += 24;
    }
    if (s.dashed)
      p.body.push(
        `<line x1="${x}" y1="${y - 5}" x2="${x + 16}" y2="${y - 5}" stroke="${s.color}" stroke-width="3" stroke-dasharray="5 3"/>`,
      );
    else p.body.push(`<rect x="${x}" y="${y - 12}" width="14" height="14" rx="2" fill="${s.color}"/>`);
    text(p, x + 22, y, s.label);
    x += w;
  }
  return y + 18;
}

function xAxis(p: Parts, x0: number, x1: number, top: number, bottom: number, max: number, unit: string) {
  for (let i = 0; i <= 5; i++) {
    const v = (max * i) / 5;
    const x = x0 + ((x1 - x0) * i) / 5;
    p.body.push(`<line x1="${x}" y1="${top}" x2="${x}" y2="${bottom}" stroke="${i ? GRID : AXIS}"/>`);
    text(p, x, bottom + 18, `${fmt(v)}${unit}`, { anchor: 'middle', size: 13, fill: '#475569' });
  }
}

function stacked(p: Parts, spec: Extract<ChartSpec, { kind: 'stacked' }>): number {
  const shown = spec.series.filter((s) => s.values.some((v) => v > 0));
  let y = legend(p, shown.length ? shown : spec.series, 18) + 8;
  const labelW = Math.min(260, Math.max(80, ...spec.categories.map((c) => textWidth(c))) + 12);
  const x0 = labelW;
  const x1 = WIDTH - 56;
  const totals = spec.categories.map((_, i) => spec.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  // at least 5, so the five ticks are whole tasks
  const max = niceMax(Math.max(5, ...totals));
  const bar = 26;
  const gap = 14;
  const top = y;
  const bottom = top + spec.categories.length * (bar + gap);
  xAxis(p, x0, x1, top, bottom, max, '');
  spec.categories.forEach((c, i) => {
    const by = top + gap / 2 + i * (bar + gap);
    text(p, x0 - 8, by + bar / 2 + 5, fitText(c, labelW - 12), { anchor: 'end' });
    let x = x0;
    for (const s of spec.series) {
      const v = s.values[i] ?? 0;
      if (v <= 0) continue;
      const w = ((x1 - x0) * v) / max;
      // white gaps keep neighbouring segments apart in print; the counts are in the table above
      p.body.push(
        `<rect x="${x.toFixed(1)}" y="${by}" width="${w.toFixed(1)}" height="${bar}" fill="${s.color}" stroke="#ffffff" stroke-width="1"/>`,
      );
      x += w;
    }
    text(p, x + 6, by + bar / 2 + 5, `${totals[i]}`, { size: 13, weight: 'bold' });
  });
  y = bottom + 30;
  return y;
}

function ranked(p: Parts, spec: Extract<ChartSpec, { kind: 'ranked' }>): number {
  const label = (i: number) => `${i + 1}. ${spec.items[i].label}`;
  const labelW = Math.min(220, Math.max(60, ...spec.items.map((_, i) => textWidth(label(i), 14))) + 12);
  const x0 = labelW;
  const x1 = WIDTH - 70;
  const max = niceMax(Math.max(10, ...spec.items.map((i) => i.value)));
  const bar = 18;
  const gap = 8;
  const top = 8;
  const bottom = top + spec.items.length * (bar + gap);
  // each bar carries its value, so a baseline is all the axis needed
  p.body.push(`<line x1="${x0}" y1="${top}" x2="${x0}" y2="${bottom}" stroke="${AXIS}"/>`);
  spec.items.forEach((item, i) => {
    const by = top + gap / 2 + i * (bar + gap);
    text(p, x0 - 8, by + bar / 2 + 5, fitText(label(i), labelW - 12, 14), { anchor: 'end', size: 14 });
    const w = Math.max(0, ((x1 - x0) * item.value) / max);
    if (w > 0)
      p.body.push(`<rect x="${x0}" y="${by}" width="${w.toFixed(1)}" height="${bar}" fill="${spec.color}"/>`);
    text(p, x0 + w + 6, by + bar / 2 + 5, `${fmt(item.value)}${spec.unit}`, { size: 13 });
  });
  return bottom + 8;
}

function line(p: Parts, spec: Extract<ChartSpec, { kind: 'line' }>): number {
  const top = legend(p, spec.series, 18) + 14;
  const x0 = 52;
  const x1 = WIDTH - 60;
  const bottom = top + 250;
  const max = 100;
  for (let v = 0; v <= max; v += 20) {
    const y = bottom - ((bottom - top) * v) / max;
    p.body.push(`<line x1="${x0}" y1="${y}" x2="${x1}" y2="${y}" stroke="${v ? GRID : AXIS}"/>`);
    text(p, x0 - 8, y + 5, `${v}${spec.unit}`, { anchor: 'end', size: 13, fill: '#475569' });
  }
  const n = spec.labels.length;
  const xOf = (i: number) => (n <= 1 ? (x0 + x1) / 2 : x0 + 16 + ((x1 - x0 - 32) * i) / (n - 1));
  const yOf = (v: number) => bottom - ((bottom - top) * Math.min(max, Math.max(0, v))) / max;
  spec.labels.forEach((l, i) => {
    const [year, month] = l.split('-').map(Number);
    text(p, xOf(i), bottom + 20, `${month}月`, { anchor: 'middle', size: 13, fill: '#475569' });
    if (i === 0 || month === 1)
      text(p, xOf(i), bottom + 38, `${year}年`, { anchor: 'middle', size: 12, fill: '#475569' });
  });
  for (const s of spec.series) {
    const pts = s.values.map((v, i) => `${xOf(i).toFixed(1)},${yOf(v).toFixed(1)}`).join(' ');
    p.body.push(
      `<polyline points="${pts}" fill="none" stroke="${s.color}" stroke-width="3"${s.dashed ? ' stroke-dasharray="8 5"' : ''}/>`,
    );
    s.values.forEach((v, i) =>
      p.body.push(`<circle cx="${xOf(i).toFixed(1)}" cy="${yOf(v).toFixed(1)}" r="3.5" fill="${s.color}"/>`),
    );
  }
  // the latest values, where a reader looks first; the lower one below its point so they do not collide
  const last = spec.series.map((s) => s.values[s.values.length - 1] ?? 0);
  const lowest = last.indexOf(Math.min(...last));
  spec.series.forEach((s, k) => {
    const v = last[k];
    const dy = k === lowest && last.length > 1 ? 18 : -9;
    text(p, xOf(n - 1) + 6, yOf(v) + dy, `${fmt(v)}${spec.unit}`, {
      size: 13,
      weight: 'bold',
      fill: s.color,
    });
  });
  return bottom + 48;
}

// The chart as an SVG string. Text uses the given font family, which the renderer is handed as a file.
export function chartSvg(spec: ChartSpec, fontFamily: string): ChartSvg {
  const p: Parts = { font: fontFamily, body: [] };
  const height = Math.ceil(
    spec.kind === 'stacked' ? stacked(p, spec) : spec.kind === 'ranked' ? ranked(p, spec) : line(p, spec),
  );
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}"` +
    ` font-family="${escapeXml(fontFamily)}, sans-serif">` +
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>${p.body.join('')}</svg>`;
  return { svg, width: WIDTH, height };
}

const deflateAsync = promisify(deflate);

const chunk = (type: string, data: Buffer): Buffer => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
};

// An opaque RGB PNG from resvg's RGBA pixels (drawn on white). Without an alpha channel pdfkit embeds the
// image data as it is instead of decoding it to split the alpha out, and the files are smaller.
export async function rgbPng(rgba: Buffer, width: number, height: number): Promise<Buffer> {
  const stride = width * 3 + 1;
  const raw = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const row = y * stride; // filter byte 0 (none) starts each row
    for (let x = 0, i = y * width * 4, o = row + 1; x < width; x++, i += 4, o += 3) {
      raw[o] = rgba[i];
      raw[o + 1] = rgba[i + 1];
      raw[o + 2] = rgba[i + 2];
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit truecolour, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', await deflateAsync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// resvg reads the whole font file for every run of text (~15 ms with a 20 MB CJK collection), so
// charts keep text sparse and the PNGs are kept a while: the Word and the PDF briefing of the same
// figures, usually fetched one after the other, share them.
const CACHE_SIZE = 24;
const cache = new Map<string, ChartImage>();

// SVG → PNG with resvg and the CJK font file only (no system font scan, no browser). Runs on the libuv
// thread pool, so several charts render in parallel without blocking requests.
export async function renderChart(spec: ChartSpec, font: FontFace): Promise<ChartImage> {
  const { svg, width, height } = chartSvg(spec, font.family);
  const key = createHash('sha256').update(font.path).update('\0').update(svg).digest('hex');
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const image = await renderAsync(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: [font.path],
      defaultFontFamily: font.family,
      sansSerifFamily: font.family,
    },
    fitTo: { mode: 'zoom', value: SCALE },
    background: '#ffffff',
  });
  const out = { png: await rgbPng(image.pixels, image.width, image.height), width, height };
  cache.set(key, out);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return out;
}
