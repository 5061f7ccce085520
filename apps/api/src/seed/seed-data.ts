import departmentsJson from './data/departments.json';
import measuresJson from './data/measures.json';
import regionsJson from './data/regions.json';
import sectorsJson from './data/sectors.json';

export type TaskTemplate = { code: string; title_zh: string; title_en: string; typical_lead_units: string[] };

export type MeasureData = {
  code: string;
  order: number;
  name_zh: string;
  name_en: string;
  summary_zh: string;
  summary_en: string;
  task_templates: TaskTemplate[];
};

export type DepartmentData = {
  code: string;
  name_zh: string;
  short_zh: string;
  name_en: string;
  provincial_zh: string;
  provincial_en: string;
};

export type RegionData = { code: string; name_zh: string; name_en: string; short: string; type: string };

export type SectorData = { code: string; name_zh: string; typical_lead_units: string[] };

export const MEASURES: readonly MeasureData[] = measuresJson;
export const DEPARTMENTS: readonly DepartmentData[] = departmentsJson;
export const REGIONS: readonly RegionData[] = regionsJson;
export const SECTORS: readonly SectorData[] = sectorsJson;
