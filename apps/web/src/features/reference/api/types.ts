// Local copies until @plan/contracts exports them.
export type Measure = { id: string; code: string; order: number; nameZh: string; nameEn: string };
export type Region = {
  code: string;
  nameZh: string;
  nameEn: string;
  short: string;
  abbrZh: string;
  type: string;
};
export type Sector = { code: string; nameZh: string; nameEn: string };
export type Unit = {
  id: string;
  code: string;
  nameZh: string;
  nameEn: string;
  regionCode: string;
  level: string;
};
