import { REPORTED_STATES, type ProgressReportView, type TaskListItem } from '@plan/contracts';
import {
  blankReportValues,
  hasContent,
  sameValues,
  valuesFromReport,
  type ReportValues,
} from './report-values';

// What this browser keeps of a half-written report, so a reload or a lost connection loses nothing.
export type LocalDraft = {
  values: ReportValues;
  savedAt: string;
  // The server draft these values were last synced with, if any.
  reportId: string | null;
  baseVersion: number | null;
};

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const KEY_PREFIX = 'luoshi.reportDraft.v1';

export const draftStorageKey = (userId: string, taskId: string, period: string): string =>
  `${KEY_PREFIX}:${userId}:${taskId}:${period}`;

const isString = (value: unknown): value is string => typeof value === 'string';

const parseValues = (raw: unknown): ReportValues | null => {
  if (typeof raw !== 'object' || raw === null) return null;
  const v = raw as Record<string, unknown>;
  if (!(REPORTED_STATES as readonly unknown[]).includes(v.reportedState)) return null;
  if (v.progress !== null && typeof v.progress !== 'number') return null;
  const texts = [v.achievements, v.problems, v.nextSteps, v.suspendedReason];
  if (!texts.every(isString)) return null;
  return {
    reportedState: v.reportedState as ReportValues['reportedState'],
    progress: v.progress as number | null,
    achievements: v.achievements as string,
    problems: v.problems as string,
    nextSteps: v.nextSteps as string,
    suspendedReason: v.suspendedReason as string,
  };
};

// Anything unreadable (old format, hand-edited, storage disabled) counts as no draft.
export const readLocalDraft = (storage: StorageLike | undefined, key: string): LocalDraft | null => {
  try {
    const text = storage?.getItem(key);
    if (!text) return null;
    const raw = JSON.parse(text) as Record<string, unknown>;
    const values = parseValues(raw.values);
    if (!values || !isString(raw.savedAt) || Number.isNaN(Date.parse(raw.savedAt))) return null;
    return {
      values,
      savedAt: raw.savedAt,
      reportId: isString(raw.reportId) ? raw.reportId : null,
      baseVersion: typeof raw.baseVersion === 'number' ? raw.baseVersion : null,
    };
  } catch {
    return null;
  }
};

export const writeLocalDraft = (
  storage: StorageLike | undefined,
  key: string,
  draft: LocalDraft,
): boolean => {
  try {
    storage?.setItem(key, JSON.stringify(draft));
    return storage !== undefined;
  } catch {
    return false;
  }
};

export const removeLocalDraft = (storage: StorageLike | undefined, key: string): void => {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing to do: the draft simply stays until storage works again.
  }
};

// Of one task's reports, the one that counts for the period (a returned one is replaced by a new one)
// and the latest returned one, whose text and comment seed the next attempt.
export const pickPeriodReports = (
  reports: ProgressReportView[],
  period: string,
): { current: ProgressReportView | null; returned: ProgressReportView | null } => {
  const forPeriod = reports
    .filter((r) => r.period === period)
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  return {
    current: forPeriod.find((r) => r.status !== 'returned') ?? null,
    returned: forPeriod.find((r) => r.status === 'returned') ?? null,
  };
};

export type DraftSource = 'local' | 'server' | 'returned' | 'new';

export type InitialDraft =
  | { mode: 'readonly'; report: ProgressReportView; discardLocal: boolean }
  | {
      mode: 'edit';
      values: ReportValues;
      source: DraftSource;
      // true when unsubmitted text was brought back (say so to the user)
      restored: boolean;
      restoredAt: string | null;
      serverDraft: ProgressReportView | null;
      returned: ProgressReportView | null;
      discardLocal: boolean;
    };

type ResolveInput = {
  local: LocalDraft | null;
  current: ProgressReportView | null;
  returned: ProgressReportView | null;
  task?: Pick<TaskListItem, 'progress' | 'reportedState'> | null;
};

const newer = (a: string, b: string): boolean => Date.parse(a) > Date.parse(b);

// Restores the newer of this device's draft and the server's draft for the task and period.
export const resolveInitialDraft = ({ local, current, returned, task }: ResolveInput): InitialDraft => {
  // Submitted or approved (here or on another device): nothing left to edit, the local copy is stale.
  if (current && current.status !== 'draft') {
    return { mode: 'readonly', report: current, discardLocal: local !== null };
  }
  const base = { serverDraft: current, returned, discardLocal: false };

  if (current) {
    const server = valuesFromReport(current);
    // The local copy builds on the server's latest version: it holds everything plus unsynced edits.
    const localBuildsOnServer =
      local !== null &&
      local.reportId === current.id &&
      local.baseVersion !== null &&
      local.baseVersion >= current.version;
    const localWins = local !== null && (localBuildsOnServer || newer(local.savedAt, current.updatedAt));
    if (local && localWins && !sameValues(local.values, server)) {
      return {
        ...base,
        mode: 'edit',
        values: local.values,
        source: 'local',
        restored: true,
        restoredAt: local.savedAt,
      };
    }
    return {
      ...base,
      mode: 'edit',
      values: server,
      source: 'server',
      restored: true,
      restoredAt: current.updatedAt,
      discardLocal: local !== null && !localWins,
    };
  }

  if (returned) {
    // Typed after the report came back: keep it. Older than the return: the returned text is the newer one.
    if (local && newer(local.savedAt, returned.updatedAt) && hasContent(local.values)) {
      return {
        ...base,
        mode: 'edit',
        values: local.values,
        source: 'local',
        restored: true,
        restoredAt: local.savedAt,
      };
    }
    return {
      ...base,
      mode: 'edit',
      values: valuesFromReport(returned),
      source: 'returned',
      restored: false,
      restoredAt: null,
      discardLocal: local !== null,
    };
  }

  if (local) {
    return {
      ...base,
      mode: 'edit',
      values: local.values,
      source: 'local',
      restored: hasContent(local.values),
      restoredAt: local.savedAt,
      // A local copy of a server draft that no longer exists still holds the user's text: keep it,
      // but it must be created anew.
    };
  }
  return {
    ...base,
    mode: 'edit',
    values: blankReportValues(task),
    source: 'new',
    restored: false,
    restoredAt: null,
  };
};
