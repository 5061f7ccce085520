import { toQueryString, type QueryValue } from '../../../lib/api-client';

// The four documents of the review meeting, in the order the menu lists them.
export const EXPORT_KINDS = ['ledger', 'briefingDocx', 'briefingPdf', 'csv'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const EXPORT_PATHS: Record<ExportKind, string> = {
  ledger: '/exports/ledger.xlsx',
  briefingDocx: '/exports/briefing.docx',
  briefingPdf: '/exports/briefing.pdf',
  csv: '/exports/tasks.csv',
};

// Used only when the server names no file (it always should, via Content-Disposition).
export const EXPORT_FALLBACK_NAMES: Record<ExportKind, string> = {
  ledger: 'ledger.xlsx',
  briefingDocx: 'briefing.docx',
  briefingPdf: 'briefing.pdf',
  csv: 'tasks.csv',
};

// The task-list filters the export endpoints take; anything else in a page's filters (sort, period,
// archived) does not change a document and is left out.
export const EXPORT_FILTER_KEYS = [
  'measure',
  'region',
  'sector',
  'leadUnit',
  'unit',
  'state',
  'light',
  'dueFrom',
  'dueTo',
  'q',
] as const;
export type ExportFilterKey = (typeof EXPORT_FILTER_KEYS)[number];

// The task page keeps single values, the dashboard lists: both fit.
export type ExportFilters = Partial<Record<ExportFilterKey, string | readonly string[] | null | undefined>>;

const asList = (value: string | readonly string[] | null | undefined): string[] => {
  if (value === null || value === undefined) return [];
  const values = typeof value === 'string' ? [value] : value;
  return [...new Set(values.map((item) => item.trim()).filter(Boolean))];
};

// Lists are comma-separated, as the API reads them; a fixed key order keeps equal filters one URL.
export const toExportQuery = (filters: ExportFilters, meetingId?: string): Record<string, QueryValue> => {
  const query: Record<string, QueryValue> = {};
  for (const key of EXPORT_FILTER_KEYS) {
    const values = asList(filters[key]);
    if (values.length > 0) query[key] = values.join(',');
  }
  if (meetingId) query.meeting = meetingId;
  return query;
};

export const exportHref = (kind: ExportKind, filters: ExportFilters, meetingId?: string): string =>
  `/api${EXPORT_PATHS[kind]}${toQueryString(toExportQuery(filters, meetingId))}`;
