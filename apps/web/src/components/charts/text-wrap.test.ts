import { wrapText } from './text-wrap';

// One px per character keeps the arithmetic readable.
const measure = (text: string) => text.length;

describe(wrapText.name, () => {
  it('keeps text that fits on one line', () => {
    expect(wrapText('人才培养', 10, 2, measure)).toEqual(['人才培养']);
  });

  it('breaks Chinese text between any two characters', () => {
    expect(wrapText('强化政策引导与扶持', 5, 2, measure)).toEqual(['强化政策引', '导与扶持']);
  });

  it('breaks text with spaces between words', () => {
    expect(wrapText('Strengthen policy guidance', 16, 2, measure)).toEqual(['Strengthen', 'policy guidance']);
  });

  it('cuts the last line short with an ellipsis when the text needs more lines', () => {
    expect(wrapText('一二三四五六七八九十', 4, 2, measure)).toEqual(['一二三四', '五六七…']);
    expect(wrapText('Deepen the application of AI in industry', 12, 2, measure)).toEqual([
      'Deepen the',
      'application…',
    ]);
  });

  it('shortens a word wider than the line, and breaks a lone word anywhere', () => {
    expect(wrapText('AI internationalisation', 8, 2, measure)).toEqual(['AI', 'interna…']);
    expect(wrapText('Internationalisation', 8, 2, measure)).toEqual(['Internat', 'ionalis…']);
  });
});
