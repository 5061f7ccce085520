// Import of the task-decomposition spreadsheet (the template, or an edited ledger).
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 20_000;
// The answer lists at most this many errors; summary.errors counts them all.
export const IMPORT_MAX_ERRORS = 1000;

// The task fields an import can set. Progress, state and report texts are not among them: they follow
// approved progress reports.
export const IMPORT_FIELDS = [
  'code',
  'measure',
  'title',
  'requirement',
  'leadUnit',
  'cooperatingUnits',
  'responsible',
  'startDate',
  'dueDate',
  'region',
  'sectors',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_ROW_ERRORS = [
  'REQUIRED',
  'COLUMN_MISSING',
  'TOO_LONG',
  'CONTROL_CHARS',
  'CODE_FORMAT',
  'CODE_DUPLICATE',
  'MEASURE_UNKNOWN',
  'REGION_UNKNOWN',
  'SECTOR_UNKNOWN',
  'UNIT_UNKNOWN',
  'UNIT_INACTIVE',
  'UNIT_AMBIGUOUS',
  'LEAD_ALSO_COOPERATING',
  'PERSON_UNKNOWN',
  'PERSON_INACTIVE',
  'PERSON_AMBIGUOUS',
  'DATE_INVALID',
  'DATES_ORDER',
  'MILESTONES_OUTSIDE',
  'TASK_ARCHIVED',
] as const;
export type ImportRowErrorCode = (typeof IMPORT_ROW_ERRORS)[number];

export type ImportRowError = {
  sheet: string;
  row: number;
  column: string;
  cell: string | null;
  value: string;
  code: ImportRowErrorCode;
  messageZh: string;
  messageEn: string;
};

export type ImportSummary = {
  rows: number;
  create: number;
  update: number;
  unchanged: number;
  errors: number;
};

export type ImportResult = {
  valid: boolean;
  dryRun: boolean;
  applied: boolean;
  errors: ImportRowError[];
  summary: ImportSummary;
  // Sheets read as task tables, and columns that were not imported: read-only ledger columns (progress,
  // light, … follow approved reports), unknown headers, repeated headers.
  sheets: string[];
  ignoredColumns: IgnoredColumn[];
};

export type IgnoredColumn = { header: string; reason: 'read_only' | 'unknown' | 'duplicate' };
