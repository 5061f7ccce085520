import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppException } from '../../common/app.exception';

// Injection token for the font search list, so a test can point it at nothing.
export const CJK_FONT_CANDIDATES = 'CJK_FONT_CANDIDATES';

// Where distributions put a CJK font; the first that exists wins (after CJK_FONT_PATH).
export const DEFAULT_CJK_FONT_CANDIDATES: readonly string[] = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', // Debian, Ubuntu: fonts-noto-cjk
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', // Arch
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', // Fedora
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', // fonts-wqy-microhei
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', // fonts-wqy-zenhei
];

// The Noto CJK family ships one file per style; found beside the main font, each gives a role its
// proper face (黑体-like sans for headings, 宋/仿宋-like serif for text). Missing ones fall back.
const SIBLINGS = {
  sans: 'NotoSansCJK-Regular.ttc',
  sansBold: 'NotoSansCJK-Bold.ttc',
  serif: 'NotoSerifCJK-Regular.ttc',
  serifBold: 'NotoSerifCJK-Bold.ttc',
} as const;

export type FontRole = keyof typeof SIBLINGS;

// One face of a font file: the PostScript name picks it out of a collection (.ttc) for pdfkit,
// the family name is what SVG text asks for.
export type FontFace = { path: string; postscriptName: string | null; family: string };

export type CjkFonts = Record<FontRole, FontFace>;

export type FaceNames = { postscriptName: string; family: string };

type Read = (offset: number, length: number) => Buffer;

const SFNT_VERSIONS = new Set([0x00010000, 0x4f54544f /* OTTO */, 0x74727565 /* true */]);

function decodeName(buf: Buffer, platform: number): string {
  if (platform === 0 || platform === 3) {
    let s = '';
    for (let i = 0; i + 1 < buf.length; i += 2) s += String.fromCharCode(buf.readUInt16BE(i));
    return s;
  }
  return buf.toString('latin1');
}

function faceNames(read: Read, offset: number): FaceNames | null {
  const head = read(offset, 12);
  if (!SFNT_VERSIONS.has(head.readUInt32BE(0))) return null;
  const numTables = head.readUInt16BE(4);
  const dir = read(offset + 12, numTables * 16);
  for (let i = 0; i < numTables; i++) {
    if (dir.toString('latin1', i * 16, i * 16 + 4) !== 'name') continue;
    const at = dir.readUInt32BE(i * 16 + 8);
    const table = read(at, dir.readUInt32BE(i * 16 + 12));
    const count = table.readUInt16BE(2);
    const strings = table.readUInt16BE(4);
    // nameID → [score, text]; Windows English names beat others.
    const best = new Map<number, [number, string]>();
    for (let r = 0; r < count; r++) {
      const rec = 6 + r * 12;
      const [platform, , language, nameId, length, off] = [0, 2, 4, 6, 8, 10].map((k) =>
        table.readUInt16BE(rec + k),
      );
      if (![1, 6, 16].includes(nameId) || ![0, 1, 3].includes(platform)) continue;
      const score = (platform === 3 ? 2 : 0) + (language === 0x409 || language === 0 ? 1 : 0);
      if ((best.get(nameId)?.[0] ?? -1) >= score) continue;
      const text = decodeName(table.subarray(strings + off, strings + off + length), platform);
      best.set(nameId, [score, text]);
    }
    const ps = best.get(6)?.[1];
    const family = best.get(16)?.[1] ?? best.get(1)?.[1];
    return ps && family ? { postscriptName: ps, family } : null;
  }
  return null;
}

// The faces of a TrueType/OpenType font or collection, read from its name tables; [] when the
// bytes are not a font. `collection` says whether pdfkit needs a PostScript name to pick a face.
export function readFontFaces(read: Read): { collection: boolean; faces: FaceNames[] } {
  const head = read(0, 12);
  if (head.length < 12) return { collection: false, faces: [] };
  if (head.toString('latin1', 0, 4) !== 'ttcf') {
    const one = faceNames(read, 0);
    return { collection: false, faces: one ? [one] : [] };
  }
  const n = Math.min(head.readUInt32BE(8), 64);
  const offsets = read(12, n * 4);
  const faces: FaceNames[] = [];
  for (let i = 0; i < n; i++) {
    const face = faceNames(read, offsets.readUInt32BE(i * 4));
    if (face) faces.push(face);
  }
  return { collection: true, faces };
}

// Simplified Chinese glyph forms first (Noto's "sc" face), then any non-monospaced face.
export function pickFace(faces: FaceNames[]): FaceNames | null {
  return (
    faces.find((f) => /CJKsc-|\bSC\b|CN\b|GB/.test(`${f.postscriptName} ${f.family}`)) ??
    faces.find((f) => !/mono/i.test(`${f.postscriptName} ${f.family}`)) ??
    faces[0] ??
    null
  );
}

const cache = new Map<string, { stamp: string; face: FontFace | null }>();

// The chosen face of a font file, or null when it is missing or not a font. Only the name tables are
// read (a few KB of a 20 MB collection), and the answer is kept while the file is unchanged.
export function loadFace(path: string): FontFace | null {
  let stamp: string;
  try {
    const st = statSync(path);
    if (!st.isFile()) return null;
    stamp = `${st.size}:${st.mtimeMs}`;
  } catch {
    return null;
  }
  const hit = cache.get(path);
  if (hit?.stamp === stamp) return hit.face;
  let face: FontFace | null = null;
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const handle = fd;
    const read: Read = (offset, length) => {
      const buf = Buffer.alloc(length);
      const got = readSync(handle, buf, 0, length, offset);
      if (got < length) throw new RangeError('truncated font file');
      return buf;
    };
    const { collection, faces } = readFontFaces(read);
    const chosen = pickFace(faces);
    if (chosen)
      face = { path, postscriptName: collection ? chosen.postscriptName : null, family: chosen.family };
  } catch {
    face = null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
  cache.set(path, { stamp, face });
  return face;
}

const unavailable = (detail: string) =>
  new AppException(
    'FONT_UNAVAILABLE',
    {
      zh: `服务器缺少中文字体，无法生成简报（${detail}）。请运维人员执行 apt-get install fonts-noto-cjk，或设置 CJK_FONT_PATH 指向中文字体文件（.ttf/.otf/.ttc）`,
      en: `No CJK font on the server, so the briefing cannot be produced (${detail}). Fix: apt-get install fonts-noto-cjk, or set CJK_FONT_PATH to a CJK font file (.ttf/.otf/.ttc)`,
    },
    { fix: 'apt-get install fonts-noto-cjk or set CJK_FONT_PATH' },
  );

// Looked up at the start of each request, so installing a font needs no restart and a missing one is
// a clear 503 rather than a broken document. CJK_FONT_PATH first, then the search list.
export function locateCjkFonts(envPath: string | undefined, candidates: readonly string[]): CjkFonts {
  const tried = [...(envPath ? [envPath] : []), ...candidates];
  let main: FontFace | null = null;
  for (const path of tried) {
    main = loadFace(path);
    if (main) break;
  }
  if (!main)
    throw unavailable(
      envPath
        ? `CJK_FONT_PATH=${envPath} is not a readable font; ${candidates.length} known paths tried`
        : `${tried.length} known paths tried`,
    );
  const primary = main;
  const dir = dirname(primary.path);
  const role = (r: FontRole): FontFace => {
    if (basename(primary.path) === SIBLINGS[r]) return primary;
    const sibling = join(dir, SIBLINGS[r]);
    return (existsSync(sibling) && loadFace(sibling)) || primary;
  };
  // A font named on purpose is used for everything, unless it is itself one of the Noto CJK files.
  const isNoto = Object.values(SIBLINGS).includes(basename(primary.path) as (typeof SIBLINGS)[FontRole]);
  if (!isNoto) return { sans: primary, sansBold: primary, serif: primary, serifBold: primary };
  return {
    sans: role('sans'),
    sansBold: role('sansBold'),
    serif: role('serif'),
    serifBold: role('serifBold'),
  };
}
