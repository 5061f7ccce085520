// Category labels are wrapped here rather than by recharts' <Text width>: that measures every word (every
// character of Chinese text) with a DOM span and a forced layout each time, a tenth of a second of the
// dashboard's first render. A canvas measures the same text without laying out the page.

const ELLIPSIS = '…';

let context: OffscreenCanvasRenderingContext2D | null | undefined;
let contextFont = '';
let fontFamily: string | undefined;

// The charts' font (charts.css: var(--font-sans)), read once.
const chartFontFamily = (): string =>
  (fontFamily ??=
    getComputedStyle(document.documentElement).getPropertyValue('--font-sans').trim() || 'sans-serif');

// Width in px of `text` at `fontSize` px; an estimate where there is no canvas (jsdom).
export const textWidth = (text: string, fontSize: number): number => {
  context ??= typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
  if (!context) return text.length * fontSize;
  const font = `${fontSize}px ${chartFontFamily()}`;
  if (font !== contextFont) {
    context.font = font;
    contextFont = font;
  }
  return context.measureText(text).width;
};

// Greedy line breaking: text with spaces breaks between words, text without (Chinese) between any two
// characters. A word wider than `width` keeps a line of its own.
const breakLines = (text: string, width: number, measure: (text: string) => number): string[] => {
  const byWord = /\s/.test(text);
  const units = byWord ? text.trim().split(/\s+/) : Array.from(text);
  const gap = byWord ? ' ' : '';
  const lines: string[] = [];
  let line = '';
  for (const unit of units) {
    const longer = line ? `${line}${gap}${unit}` : unit;
    if (line && measure(longer) > width) {
      lines.push(line);
      line = unit;
    } else {
      line = longer;
    }
  }
  if (line) lines.push(line);
  return lines;
};

// Lines of at most `width` px, at most `maxLines` of them; text that does not fit is cut short with an
// ellipsis, at the longest prefix that fits (recharts' <Text maxLines> does the same).
export const wrapText = (
  text: string,
  width: number,
  maxLines: number,
  measure: (text: string) => number,
): string[] => {
  const fits = (lines: string[]) => lines.length <= maxLines && lines.every((l) => measure(l) <= width);
  const whole = breakLines(text, width, measure);
  if (fits(whole)) return whole;

  const chars = Array.from(text);
  let best = [ELLIPSIS];
  let low = 1;
  let high = chars.length - 1;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    const lines = breakLines(`${chars.slice(0, middle).join('').trimEnd()}${ELLIPSIS}`, width, measure);
    if (fits(lines)) {
      best = lines;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return best;
};
