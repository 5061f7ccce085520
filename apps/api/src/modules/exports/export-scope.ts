import { LIGHT_ZH, SCHEDULE_STATE_ZH } from '@plan/contracts';
import type { TaskFilterInput } from '../tasks/task-filter.sql';

export type ScopeNames = {
  measures: ReadonlyMap<string, string>;
  regions: ReadonlyMap<string, string>;
  sectors: ReadonlyMap<string, string>;
  units: ReadonlyMap<string, string>;
};

const names = (codes: string[], map: ReadonlyMap<string, string>) =>
  codes.map((c) => map.get(c) ?? c).join('、');

// The filters in words, printed on the ledger so a printed page says which tasks it covers.
export function describeScope(f: TaskFilterInput, n: ScopeNames): string {
  const parts: string[] = [];
  if (f.measure?.length) parts.push(`措施：${names(f.measure, n.measures)}`);
  if (f.region?.length) parts.push(`地区：${names(f.region, n.regions)}`);
  if (f.sector?.length) parts.push(`领域：${names(f.sector, n.sectors)}`);
  if (f.leadUnit?.length) parts.push(`牵头单位：${names(f.leadUnit, n.units)}`);
  if (f.unit?.length) parts.push(`牵头或配合单位：${names(f.unit, n.units)}`);
  if (f.responsible) parts.push('指定责任人');
  if (f.state?.length) parts.push(`序时状态：${f.state.map((s) => SCHEDULE_STATE_ZH[s]).join('、')}`);
  if (f.light?.length) parts.push(`亮灯：${f.light.map((l) => LIGHT_ZH[l]).join('、')}`);
  if (f.dueFrom || f.dueTo) parts.push(`完成时限：${f.dueFrom ?? '…'} 至 ${f.dueTo ?? '…'}`);
  if (f.q) parts.push(`关键词：${f.q}`);
  if (f.archived === 'include') parts.push('含已归档');
  if (f.archived === 'only') parts.push('仅已归档');
  return parts.length ? parts.join('；') : '全部任务';
}
