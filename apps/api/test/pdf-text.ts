import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

// pdf-parse (pdf.js) loads its worker with a dynamic import, which jest's CommonJS runtime refuses; a
// plain node child reads the PDF instead.
const SCRIPT = `
const { PDFParse } = require('pdf-parse');
const data = new Uint8Array(require('node:fs').readFileSync(process.argv[1]));
(async () => {
  const parser = new PDFParse({ data });
  const text = await parser.getText();
  const info = await parser.getInfo();
  await parser.destroy();
  process.stdout.write(JSON.stringify({ text: text.text, pages: text.total, info: info.info }));
})().catch((e) => { console.error(e); process.exit(1); });
`;

export type PdfText = { text: string; pages: number; info: Record<string, unknown> };

export async function pdfText(pdf: Buffer): Promise<PdfText> {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-text-'));
  try {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, pdf);
    const { stdout } = await promisify(execFile)(process.execPath, ['-e', SCRIPT, file], {
      cwd: resolve(__dirname, '..'),
      maxBuffer: 64 * 1024 * 1024,
    });
    return JSON.parse(stdout) as PdfText;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
