import type { Region, Unit } from '../../reference/api/types';
import { groupUnitsByRegion } from './group-units';

const region = (code: string, nameZh: string): Region => ({
  code,
  nameZh,
  nameEn: nameZh,
  short: '',
  abbrZh: '',
  type: '',
});
const unit = (id: string, regionCode: string): Unit => ({
  id,
  code: id,
  nameZh: id,
  nameEn: id,
  regionCode,
  level: '',
});

describe(groupUnitsByRegion.name, () => {
  const regions = [region('000000', '全国'), region('110000', '北京市'), region('440000', '广东省')];
  const units = [unit('gd1', '440000'), unit('ndrc', '000000'), unit('bj1', '110000'), unit('gd2', '440000')];

  it('groups units by region in the regions order, national first', () => {
    expect(
      groupUnitsByRegion(units, regions).map((g) => [g.region.nameZh, g.units.map((u) => u.id)]),
    ).toEqual([
      ['全国', ['ndrc']],
      ['北京市', ['bj1']],
      ['广东省', ['gd1', 'gd2']],
    ]);
  });

  it("puts the task's own region first", () => {
    expect(groupUnitsByRegion(units, regions, '440000').map((g) => g.region.code)).toEqual([
      '440000',
      '000000',
      '110000',
    ]);
  });
});
