import type { RegionGroup } from '../api/types';
import { CHINA_TILE_GRID, CHINA_TILE_GRID_SIZE } from './china-tile-grid';
import { shortRegionName, toNationalValue, toRegionRanking, toRegionTiles } from './to-region-series';

const region = (code: string, nameZh: string, nameEn: string, o: Partial<RegionGroup> = {}): RegionGroup => ({
  code,
  nameZh,
  nameEn,
  tasks: 0,
  completed: 0,
  ahead: 0,
  onTrack: 0,
  behind: 0,
  overdue: 0,
  notStarted: 0,
  suspended: 0,
  reportsMissing: 0,
  averageProgress: 0,
  behindShare: 0,
  ...o,
});

const byRegion = [
  region('000000', '全国', 'National', {
    tasks: 44,
    behindShare: 18.2,
    averageProgress: 53.5,
    reportsMissing: 5,
  }),
  region('110000', '北京市', 'Beijing', {
    tasks: 8,
    behindShare: 37.5,
    averageProgress: 56.3,
    reportsMissing: 1,
  }),
  region('440000', '广东省', 'Guangdong', {
    tasks: 7,
    behindShare: 28.6,
    averageProgress: 58,
    reportsMissing: 1,
  }),
  region('420000', '湖北省', 'Hubei', {
    tasks: 14,
    behindShare: 37.5,
    averageProgress: 60.1,
    reportsMissing: 2,
  }),
  region('150000', '内蒙古自治区', 'Inner Mongolia'),
];

describe('China tile grid', () => {
  it('places all 34 provincial divisions on distinct tiles inside the grid', () => {
    const places = Object.values(CHINA_TILE_GRID);
    expect(places).toHaveLength(34);
    expect(new Set(places.map((p) => `${p.row},${p.col}`)).size).toBe(34);
    for (const { row, col } of places) {
      expect(row).toBeGreaterThanOrEqual(0);
      expect(row).toBeLessThan(CHINA_TILE_GRID_SIZE.rows);
      expect(col).toBeGreaterThanOrEqual(0);
      expect(col).toBeLessThan(CHINA_TILE_GRID_SIZE.cols);
    }
    expect(CHINA_TILE_GRID['000000']).toBeUndefined();
  });
});

describe(shortRegionName.name, () => {
  it('shortens Chinese names and keeps English ones', () => {
    const names = [
      '广东省',
      '北京市',
      '内蒙古自治区',
      '广西壮族自治区',
      '宁夏回族自治区',
      '新疆维吾尔自治区',
      '香港特别行政区',
    ];
    expect(names.map((nameZh) => shortRegionName({ nameZh, nameEn: 'x' }, 'zh-CN'))).toEqual([
      '广东',
      '北京',
      '内蒙古',
      '广西',
      '宁夏',
      '新疆',
      '香港',
    ]);
    expect(shortRegionName({ nameZh: '内蒙古自治区', nameEn: 'Inner Mongolia' }, 'en')).toBe(
      'Inner Mongolia',
    );
  });
});

describe(toRegionTiles.name, () => {
  it('gives provinces with tasks a value and a shade, the others none, and leaves out the nation', () => {
    const tiles = toRegionTiles(byRegion, 'behindShare', 'zh-CN');
    expect(tiles.map((t) => t.code)).toEqual(['110000', '440000', '420000', '150000']);
    expect(tiles[1]).toMatchObject({
      shortName: '广东',
      name: '广东省',
      tasks: 7,
      value: 28.6,
      row: 6,
      col: 3,
    });
    expect(tiles[1]!.shade!.classIndex).toBe(2);
    expect(tiles[3]).toMatchObject({ value: null, shade: null });
  });

  it('follows the chosen metric', () => {
    const [beijing] = toRegionTiles(byRegion, 'reportsMissing', 'en');
    expect(beijing).toMatchObject({ name: 'Beijing', value: 1 });
    expect(beijing!.shade!.classIndex).toBe(1);
  });
});

describe(toRegionRanking.name, () => {
  it('ranks provinces with tasks from the highest value, ties by task count', () => {
    expect(toRegionRanking(byRegion, 'behindShare', 'zh-CN').map((r) => [r.code, r.value])).toEqual([
      ['420000', 37.5],
      ['110000', 37.5],
      ['440000', 28.6],
    ]);
    expect(toRegionRanking(byRegion, 'averageProgress', 'en').map((r) => r.name)).toEqual([
      'Hubei',
      'Guangdong',
      'Beijing',
    ]);
  });
});

describe(toNationalValue.name, () => {
  it('reports the national (central) tasks apart', () => {
    expect(toNationalValue(byRegion, 'behindShare', 'zh-CN')).toEqual({
      code: '000000',
      name: '全国',
      tasks: 44,
      value: 18.2,
    });
    expect(toNationalValue([], 'behindShare', 'zh-CN')).toBeNull();
  });
});
