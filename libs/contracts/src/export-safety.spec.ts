import { neutralizeCell, restoreCell } from './export-safety';

describe(neutralizeCell.name, () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+1', `'+1`],
    ['-2', `'-2`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `'\rcmd`],
    [`'=1`, `''=1`],
  ])('prefixes %j with an apostrophe', (input, output) => {
    expect(neutralizeCell(input)).toBe(output);
  });

  it.each(['推进人工智能+制造业', 'POL-001', '', ' =1', 'a=b', `'quoted`, '2026-01-01', '\n=1'])(
    'leaves %j alone',
    (input) => {
      expect(neutralizeCell(input)).toBe(input);
    },
  );

  it('treats null and undefined as empty text', () => {
    expect(neutralizeCell(null)).toBe('');
    expect(neutralizeCell(undefined)).toBe('');
  });
});

describe(restoreCell.name, () => {
  it.each([
    '=HYPERLINK("http://x","y")',
    '+1',
    '-2',
    '@SUM(A1)',
    '\tx',
    '\rx',
    `'=1`,
    `''+x`,
    `'plain`,
    '普通文本',
    '',
  ])('round-trips %j', (input) => {
    expect(restoreCell(neutralizeCell(input))).toBe(input);
  });

  it('leaves text that was never neutralized alone', () => {
    expect(restoreCell(`'plain`)).toBe(`'plain`);
    expect(restoreCell('=1')).toBe('=1');
  });
});
