export const MEASURE_CODES = ['policy', 'pilots', 'infrastructure', 'talent', 'security'] as const;
export type MeasureCode = (typeof MEASURE_CODES)[number];

export const NATIONAL_REGION_CODE = '000000';
