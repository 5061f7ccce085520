import { plainToInstance } from 'class-transformer';
import { ToBool, ToInt, ToList } from './query-transforms';

class Query {
  @ToList()
  list?: unknown;

  @ToInt()
  int?: unknown;

  @ToBool()
  bool?: unknown;
}

const parse = (plain: Record<string, unknown>) => plainToInstance(Query, plain);

describe(ToList.name, () => {
  it.each<[unknown, unknown]>([
    ['policy', ['policy']],
    ['policy,talent', ['policy', 'talent']],
    [
      ['policy', 'talent'],
      ['policy', 'talent'],
    ],
    [
      ['policy,talent', 'pilots'],
      ['policy', 'talent', 'pilots'],
    ],
    [' policy , talent ', ['policy', 'talent']],
    ['policy,,talent,', ['policy', 'talent']],
    ['', []],
    [' , ', []],
    ['算力,人才', ['算力', '人才']],
  ])('%j → %j', (input, expected) => {
    expect(parse({ list: input }).list).toEqual(expected);
  });

  it.each<[unknown]>([[42], [[1, 2]], [['a', 3]], [{ a: 'b' }], [true]])(
    'leaves the non-string %j for the validators',
    (input) => {
      expect(parse({ list: input }).list).toEqual(input);
    },
  );
});

describe(ToInt.name, () => {
  it.each<[unknown, unknown]>([
    ['42', 42],
    ['0', 0],
    ['-3', -3],
    [' 7 ', 7],
    ['007', 7],
  ])('%j → %j', (input, expected) => {
    expect(parse({ int: input }).int).toBe(expected);
  });

  it.each<[unknown]>([
    ['1.5'],
    ['abc'],
    ['12abc'],
    [''],
    [' '],
    ['1e3'],
    ['0x10'],
    ['Infinity'],
    [['1', '2']],
    [5],
    [null],
  ])('leaves %j as it is', (input) => {
    expect(parse({ int: input }).int).toEqual(input);
  });

  it('only touches the field it decorates', () => {
    expect(parse({ list: '1,2', int: '1,2', bool: '1' })).toEqual({
      list: ['1', '2'],
      int: '1,2',
      bool: true,
    });
  });
});

describe(ToBool.name, () => {
  it.each<[unknown, unknown]>([
    ['true', true],
    ['1', true],
    ['false', false],
    ['0', false],
    [true, true],
    [false, false],
  ])('%j → %j', (input, expected) => {
    expect(parse({ bool: input }).bool).toBe(expected);
  });

  it.each<[unknown]>([['yes'], ['TRUE'], [''], ['2'], [1], [['true']]])(
    'leaves %j for the validators',
    (input) => {
      expect(parse({ bool: input }).bool).toEqual(input);
    },
  );
});
