import { fileNameFromDisposition } from './content-disposition';

describe(fileNameFromDisposition.name, () => {
  it('prefers the UTF-8 name over the ASCII stand-in', () => {
    const header =
      'attachment; filename="____+_______2026-11-29.xlsx"; filename*=UTF-8\'\'%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD%2B%E8%A1%8C%E5%8A%A8%E4%BB%BB%E5%8A%A1%E5%8F%B0%E8%B4%A6_2026-11-29.xlsx';
    expect(fileNameFromDisposition(header)).toBe('人工智能+行动任务台账_2026-11-29.xlsx');
  });

  it('reads a plain quoted or bare name', () => {
    expect(fileNameFromDisposition('attachment; filename="briefing \\"v2\\".pdf"')).toBe('briefing "v2".pdf');
    expect(fileNameFromDisposition('attachment; filename=tasks.csv')).toBe('tasks.csv');
  });

  it('falls back on a malformed escape and never keeps a path', () => {
    expect(fileNameFromDisposition('attachment; filename="a.csv"; filename*=UTF-8\'\'%E4%ZZ')).toBe('a.csv');
    expect(fileNameFromDisposition('attachment; filename="../../etc/passwd"')).toBe('passwd');
  });

  it('answers null when there is no name', () => {
    expect(fileNameFromDisposition(null)).toBeNull();
    expect(fileNameFromDisposition('inline')).toBeNull();
  });
});
