import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppException } from '../../common/app.exception';
import { DEFAULT_CJK_FONT_CANDIDATES, locateCjkFonts, pickFace, readFontFaces } from './cjk-font';

// A minimal sfnt with only a name table holding the family (1) and PostScript name (6), UTF-16BE.
function sfnt(family: string, ps: string, base = 0): Buffer {
  const names = [
    [1, family],
    [6, ps],
  ] as const;
  const strings = names.map(([, s]) => Buffer.from(s, 'utf16le').swap16());
  const table = Buffer.alloc(6 + 12 * names.length + strings.reduce((a, s) => a + s.length, 0));
  table.writeUInt16BE(0, 0);
  table.writeUInt16BE(names.length, 2);
  table.writeUInt16BE(6 + 12 * names.length, 4);
  let off = 0;
  names.forEach(([id], i) => {
    const r = 6 + 12 * i;
    [3, 1, 0x409, id, strings[i].length, off].forEach((v, k) => table.writeUInt16BE(v, r + 2 * k));
    strings[i].copy(table, 6 + 12 * names.length + off);
    off += strings[i].length;
  });
  const head = Buffer.alloc(12 + 16);
  head.writeUInt32BE(0x4f54544f, 0); // OTTO
  head.writeUInt16BE(1, 4);
  head.write('name', 12, 'latin1');
  head.writeUInt32BE(base + 28, 20);
  head.writeUInt32BE(table.length, 24);
  return Buffer.concat([head, table]);
}

function ttc(faces: [string, string][]): Buffer {
  const header = Buffer.alloc(12 + 4 * faces.length);
  header.write('ttcf', 0, 'latin1');
  header.writeUInt32BE(0x00010000, 4);
  header.writeUInt32BE(faces.length, 8);
  const parts: Buffer[] = [header];
  let at = header.length;
  faces.forEach(([family, ps], i) => {
    const face = sfnt(family, ps, at);
    header.writeUInt32BE(at, 12 + 4 * i);
    parts.push(face);
    at += face.length;
  });
  return Buffer.concat(parts);
}

const reader = (buf: Buffer) => (offset: number, length: number) => buf.subarray(offset, offset + length);
const tmp = () => mkdtempSync(join(tmpdir(), 'cjk-font-'));

describe(readFontFaces.name, () => {
  it('reads the names of a single font', () => {
    expect(readFontFaces(reader(sfnt('WenQuanYi Micro Hei', 'WenQuanYiMicroHei')))).toEqual({
      collection: false,
      faces: [{ family: 'WenQuanYi Micro Hei', postscriptName: 'WenQuanYiMicroHei' }],
    });
  });

  it('reads every face of a collection and picks the simplified Chinese one', () => {
    const faces = readFontFaces(
      reader(
        ttc([
          ['Noto Sans CJK JP', 'NotoSansCJKjp-Regular'],
          ['Noto Sans CJK KR', 'NotoSansCJKkr-Regular'],
          ['Noto Sans CJK SC', 'NotoSansCJKsc-Regular'],
          ['Noto Sans Mono CJK SC', 'NotoSansMonoCJKsc-Regular'],
        ]),
      ),
    );
    expect(faces.collection).toBe(true);
    expect(faces.faces).toHaveLength(4);
    expect(pickFace(faces.faces)?.postscriptName).toBe('NotoSansCJKsc-Regular');
  });

  it('finds no face in bytes that are not a font', () => {
    expect(readFontFaces(reader(Buffer.from('not a font at all, just text')))).toEqual({
      collection: false,
      faces: [],
    });
  });
});

describe(pickFace.name, () => {
  it('prefers a proportional face when none is marked simplified Chinese', () => {
    expect(
      pickFace([
        { family: 'WenQuanYi Micro Hei Mono', postscriptName: 'WenQuanYiMicroHeiMono' },
        { family: 'WenQuanYi Micro Hei', postscriptName: 'WenQuanYiMicroHei' },
      ])?.postscriptName,
    ).toBe('WenQuanYiMicroHei');
  });
});

describe(locateCjkFonts.name, () => {
  it('answers FONT_UNAVAILABLE naming the fix when nothing is found', () => {
    const missing = join(tmp(), 'missing.ttc');
    let err: unknown;
    try {
      locateCjkFonts(missing, []);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppException);
    const e = err as AppException;
    expect(e.code).toBe('FONT_UNAVAILABLE');
    expect(e.localized.en).toContain('apt-get install fonts-noto-cjk');
    expect(e.localized.en).toContain(`CJK_FONT_PATH=${missing}`);
    expect(e.localized.zh).toContain('CJK_FONT_PATH');
  });

  it('skips files that are not fonts and uses the next candidate', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.ttf'), 'garbage');
    writeFileSync(join(dir, 'good.ttc'), ttc([['My Hei SC', 'MyHei-SC']]));
    const fonts = locateCjkFonts(join(dir, 'bad.ttf'), [join(dir, 'nope.ttc'), join(dir, 'good.ttc')]);
    expect(fonts.serif).toEqual({
      path: join(dir, 'good.ttc'),
      postscriptName: 'MyHei-SC',
      family: 'My Hei SC',
    });
    // a font that is not one of the Noto CJK files is used for every role
    expect(new Set(Object.values(fonts).map((f) => f.path)).size).toBe(1);
  });

  it('takes CJK_FONT_PATH first; a single font needs no PostScript name', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'mine.otf'), sfnt('Mine', 'Mine-Regular'));
    writeFileSync(join(dir, 'other.ttc'), ttc([['Other SC', 'Other-SC']]));
    expect(locateCjkFonts(join(dir, 'mine.otf'), [join(dir, 'other.ttc')]).sans).toEqual({
      path: join(dir, 'mine.otf'),
      postscriptName: null,
      family: 'Mine',
    });
  });

  const noto = DEFAULT_CJK_FONT_CANDIDATES[0];
  (existsSync(noto) ? it : it.skip)('gives each role its Noto CJK face when installed', () => {
    const fonts = locateCjkFonts(undefined, DEFAULT_CJK_FONT_CANDIDATES);
    expect(fonts.sans).toMatchObject({
      path: noto,
      postscriptName: 'NotoSansCJKsc-Regular',
      family: 'Noto Sans CJK SC',
    });
    expect(fonts.serif.postscriptName).toMatch(/^NotoSerifCJKsc-Regular$|^NotoSansCJKsc-Regular$/);
  });
});
