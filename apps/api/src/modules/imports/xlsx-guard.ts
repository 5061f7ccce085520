// What a spreadsheet upload is, read from its ZIP central directory before anything unzips it: a real
// .xlsx names xl/workbook.xml, and the sizes it declares bound what unzipping can cost (zip bombs).
export const MAX_UNZIPPED_BYTES = 150 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 5000;

export type XlsxCheck = 'ok' | 'not_zip' | 'not_xlsx' | 'too_big';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function checkXlsx(buf: Buffer): XlsxCheck {
  if (buf.length < 22 || buf.readUInt32LE(0) !== LOCAL) return 'not_zip';
  // the end-of-central-directory record sits in the last 22 bytes plus at most a 64 KiB comment
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--)
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  if (eocd < 0) return 'not_zip';
  const entries = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  // ZIP64 markers: far beyond any spreadsheet we take
  if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) return 'too_big';
  if (entries > MAX_ZIP_ENTRIES) return 'too_big';
  if (offset + size > eocd) return 'not_zip';
  const names = new Set<string>();
  let total = 0;
  let p = offset;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== CENTRAL) return 'not_zip';
    const unzipped = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    if (unzipped === 0xffffffff) return 'too_big';
    total += unzipped;
    if (total > MAX_UNZIPPED_BYTES) return 'too_big';
    names.add(
      buf
        .toString('utf8', p + 46, p + 46 + nameLength)
        .replace(/^\/+/, '')
        .toLowerCase(),
    );
    p += 46 + nameLength + extraLength + commentLength;
  }
  return names.has('[content_types].xml') && names.has('xl/workbook.xml') ? 'ok' : 'not_xlsx';
}
