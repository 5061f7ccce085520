import { NATIONAL_REGION_CODE } from '@plan/contracts';
import { useTranslation } from 'react-i18next';
import { localName } from '../../../lib/locale';
import { useUnits } from '../../reference/api/use-reference';
import type { DashboardSummary } from '../api/types';
import type { DashboardFilters } from '../utils/dashboard-filters';
import { inferCadence } from '../utils/period-label';
import { toPeriodOptions } from '../utils/to-trend-series';
import type { DashboardFilterOptions, FilterOptionGroup } from './DashboardFilterBar';
import { formatPeriod } from '../../../lib/intl-format';

// Measures, regions and sectors come with the summary (it lists them all, whatever the filters);
// lead units from the reference list, grouped central first, then by region.
export const useDashboardFilterOptions = (
  summary: DashboardSummary | undefined,
  filters: DashboardFilters,
): DashboardFilterOptions => {
  const { t, i18n } = useTranslation('dashboard');
  const lang = i18n.language;
  const units = useUnits();

  const named = (rows: { code: string; nameZh: string; nameEn: string }[] | undefined) =>
    (rows ?? []).map((row) => ({ value: row.code, label: localName(row, lang) }));

  const regionNames = new Map((summary?.byRegion ?? []).map((r) => [r.code, localName(r, lang)]));
  const groups = new Map<string, FilterOptionGroup>();
  for (const unit of units.data ?? []) {
    const key = unit.regionCode === NATIONAL_REGION_CODE ? '' : unit.regionCode;
    const label = key ? (regionNames.get(key) ?? key) : t('filter.centralUnits');
    const group = groups.get(key) ?? { label, options: [] };
    group.options.push({ value: unit.id, label: localName(unit, lang) });
    groups.set(key, group);
  }
  const leadUnit = [...groups.entries()]
    .sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)))
    .map(([, group]) => group);

  const cadence = inferCadence((summary?.trend ?? []).map((p) => p.period));
  const latestPeriodLabel =
    summary && !filters.period
      ? t('filter.latestPeriod', { period: formatPeriod(summary.period, lang, cadence) })
      : t('filter.latestPeriodShort');

  return {
    measure: named(summary?.byMeasure),
    region: named(summary?.byRegion),
    sector: named(summary?.bySector),
    leadUnit,
    period: toPeriodOptions(summary?.trend, filters.period, lang),
    latestPeriodLabel,
  };
};
