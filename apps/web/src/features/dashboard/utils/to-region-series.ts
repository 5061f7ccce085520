import { NATIONAL_REGION_CODE } from '@plan/contracts';
import { localName } from '../../../lib/locale';
import type { RegionGroup } from '../api/types';
import { CHINA_TILE_GRID } from './china-tile-grid';
import type { RegionMetric } from './dashboard-filters';
import { METRIC_SCALES, shadeOf, type Shade } from './metric-scale';

export type RegionValue = {
  code: string;
  name: string;
  tasks: number;
  // null when the region has no tasks: a share of nothing is not 0%.
  value: number | null;
};

export type RegionTile = RegionValue & {
  shortName: string;
  row: number;
  col: number;
  shade: Shade | null;
};

const ZH_SUFFIX = /(?:壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市)$/;

// 广东省 → 广东, 内蒙古自治区 → 内蒙古; English names are short already.
export const shortRegionName = (region: { nameZh: string; nameEn: string }, locale: string): string =>
  locale.startsWith('zh') ? region.nameZh.replace(ZH_SUFFIX, '') || region.nameZh : localName(region, locale);

const toValue = (region: RegionGroup, metric: RegionMetric, locale: string): RegionValue => ({
  code: region.code,
  name: localName(region, locale),
  tasks: region.tasks,
  value: region.tasks > 0 ? (region[metric] ?? 0) : null,
});

export const toRegionTiles = (
  byRegion: RegionGroup[] | undefined,
  metric: RegionMetric,
  locale: string,
): RegionTile[] =>
  (byRegion ?? []).flatMap((region) => {
    const place = CHINA_TILE_GRID[region.code];
    if (!place) return [];
    const value = toValue(region, metric, locale);
    return [
      {
        ...value,
        ...place,
        shortName: shortRegionName(region, locale),
        shade: value.value === null ? null : shadeOf(value.value, METRIC_SCALES[metric]),
      },
    ];
  });

// Central (national) tasks are not a province: shown apart from the map and the ranking.
export const toNationalValue = (
  byRegion: RegionGroup[] | undefined,
  metric: RegionMetric,
  locale: string,
): RegionValue | null => {
  const national = (byRegion ?? []).find((region) => region.code === NATIONAL_REGION_CODE);
  return national ? toValue(national, metric, locale) : null;
};

// Provinces with tasks, highest value first; ties by more tasks, then by code.
export const toRegionRanking = (
  byRegion: RegionGroup[] | undefined,
  metric: RegionMetric,
  locale: string,
): (RegionValue & { value: number })[] =>
  (byRegion ?? [])
    .filter((region) => region.code !== NATIONAL_REGION_CODE && region.tasks > 0)
    .map((region) => toValue(region, metric, locale) as RegionValue & { value: number })
    .sort((a, b) => b.value - a.value || b.tasks - a.tasks || a.code.localeCompare(b.code));
