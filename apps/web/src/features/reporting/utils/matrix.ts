import type { MatrixCell, SubmissionMatrix } from '@plan/contracts';

export type MatrixFilters = { periods: number; region: string; measure: string };

export const MATRIX_PERIOD_CHOICES = [3, 6, 12] as const;
export const DEFAULT_MATRIX_PERIODS = 6;

export const parseMatrixFilters = (params: URLSearchParams): MatrixFilters => {
  const periods = Number(params.get('periods'));
  return {
    periods: (MATRIX_PERIOD_CHOICES as readonly number[]).includes(periods)
      ? periods
      : DEFAULT_MATRIX_PERIODS,
    region: params.get('region') ?? '',
    measure: params.get('measure') ?? '',
  };
};

export const toMatrixSearchParams = (
  filters: MatrixFilters,
  remindPeriod?: string | null,
): URLSearchParams => {
  const params = new URLSearchParams();
  if (filters.periods !== DEFAULT_MATRIX_PERIODS) params.set('periods', String(filters.periods));
  if (filters.region) params.set('region', filters.region);
  if (filters.measure) params.set('measure', filters.measure);
  if (remindPeriod) params.set('remind', remindPeriod);
  return params;
};

export const cellFor = (cells: MatrixCell[], period: string): MatrixCell | undefined =>
  cells.find((cell) => cell.period === period);

// Reports a reminder can chase: nothing submitted yet, overdue (missing), not yet due (pending) or returned.
export const outstandingIn = (cell: MatrixCell | undefined): number =>
  cell ? cell.missing + cell.pending + cell.returned : 0;

export const outstandingFor = (
  matrix: SubmissionMatrix,
  period: string,
): { units: number; reports: number } => {
  let units = 0;
  let reports = 0;
  for (const row of matrix.units) {
    const outstanding = outstandingIn(cellFor(row.cells, period));
    if (outstanding > 0) {
      units += 1;
      reports += outstanding;
    }
  }
  return { units, reports };
};

// The period to chase by default: the newest one with overdue reports, else the newest with any outstanding.
export const defaultRemindPeriod = (matrix: SubmissionMatrix): string | null => {
  const newestFirst = [...matrix.periods].sort().reverse();
  const overdue = (period: string) =>
    matrix.units.some((row) => (cellFor(row.cells, period)?.missing ?? 0) > 0);
  return (
    newestFirst.find(overdue) ??
    newestFirst.find((period) => outstandingFor(matrix, period).reports > 0) ??
    newestFirst[0] ??
    null
  );
};

export type GridPosition = { row: number; col: number };

// Arrow keys, Home/End and Ctrl+Home/End over a rows × cols grid (the WAI-ARIA grid pattern).
export const moveInGrid = (
  from: GridPosition,
  key: string,
  size: { rows: number; cols: number },
  ctrlKey = false,
): GridPosition | null => {
  const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max - 1);
  switch (key) {
    case 'ArrowUp':
      return { row: clamp(from.row - 1, size.rows), col: from.col };
    case 'ArrowDown':
      return { row: clamp(from.row + 1, size.rows), col: from.col };
    case 'ArrowLeft':
      return { row: from.row, col: clamp(from.col - 1, size.cols) };
    case 'ArrowRight':
      return { row: from.row, col: clamp(from.col + 1, size.cols) };
    case 'Home':
      return ctrlKey ? { row: 0, col: 0 } : { row: from.row, col: 0 };
    case 'End':
      return ctrlKey ? { row: size.rows - 1, col: size.cols - 1 } : { row: from.row, col: size.cols - 1 };
    default:
      return null;
  }
};
