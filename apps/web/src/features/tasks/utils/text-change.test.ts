import { textChange } from './text-change';

describe(textChange.name, () => {
  it('finds the changed phrase between a common start and end', () => {
    expect(textChange('2027年6月底前形成方案', '2027年12月底前形成方案')).toEqual({
      prefix: '2027年',
      removed: '6',
      added: '12',
      suffix: '月底前形成方案',
    });
  });

  it('handles pure additions, removals and no change', () => {
    expect(textChange('形成方案', '形成方案并印发')).toEqual({
      prefix: '形成方案',
      removed: '',
      added: '并印发',
      suffix: '',
    });
    expect(textChange('形成方案并印发', '形成方案')).toEqual({
      prefix: '形成方案',
      removed: '并印发',
      added: '',
      suffix: '',
    });
    expect(textChange('相同', '相同')).toEqual({ prefix: '相同', removed: '', added: '', suffix: '' });
  });

  it('never splits a character outside the basic plane', () => {
    expect(textChange('𠀀a', '𠀁a')).toEqual({ prefix: '', removed: '𠀀', added: '𠀁', suffix: 'a' });
  });
});
