import type { Region, Unit } from '../../reference/api/types';

export type UnitGroup = { region: Pick<Region, 'code' | 'nameZh' | 'nameEn'>; units: Unit[] };

const NATIONAL = '000000';

// Units under their region, in the regions' own order (全国 first); `first` (the task's region) leads.
export const groupUnitsByRegion = (units: Unit[], regions: Region[], first?: string): UnitGroup[] => {
  const byRegion = new Map<string, Unit[]>();
  for (const unit of units) byRegion.set(unit.regionCode, [...(byRegion.get(unit.regionCode) ?? []), unit]);
  const order = regions.map((region) => region.code);
  const rank = (code: string) => {
    if (code === first) return -2;
    if (code === NATIONAL) return -1;
    const index = order.indexOf(code);
    return index === -1 ? order.length : index;
  };
  return [...byRegion.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([code, list]) => ({
      region: regions.find((region) => region.code === code) ?? { code, nameZh: code, nameEn: code },
      units: list,
    }));
};
