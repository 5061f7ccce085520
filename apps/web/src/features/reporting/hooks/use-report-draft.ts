import type { AttachmentView, ProgressReportView } from '@plan/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, NETWORK_ERROR_CODE, isApiError } from '../../../lib/api-client';
import {
  createReport,
  deleteAttachment,
  fetchReport,
  submitReport,
  updateReport,
  uploadAttachment,
} from '../api/reporting.api';
import { errorDetails } from '../../../lib/api-client';
import { reportingKeys } from '../api/reporting.keys';
import { invalidateAfterReportChange } from '../api/use-reporting';
import { draftStorageKey, removeLocalDraft, writeLocalDraft } from '../utils/report-draft';
import { hasErrors, validateReport } from '../utils/report-validation';
import { toReportBody, type ReportValues } from '../utils/report-values';

export const AUTOSAVE_DELAY_MS = 1500;

export type ServerDraft = { id: string; version: number; attachments: AttachmentView[] };

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'offline' }
  | { kind: 'invalid' }
  | { kind: 'error'; error: unknown }
  | { kind: 'submitted' }
  | { kind: 'taken' };

// Thrown when a report can no longer be edited here: submitted elsewhere, or the period is taken.
export class ReportNotEditableError extends Error {
  constructor(readonly report: ProgressReportView | null) {
    super('The report is no longer an editable draft');
    this.name = 'ReportNotEditableError';
  }
}

export class DraftInvalidError extends Error {
  constructor() {
    super('The draft has errors the server refuses');
    this.name = 'DraftInvalidError';
  }
}

type Options = {
  userId: string;
  taskId: string;
  period: string;
  initialValues: ReportValues;
  serverDraft: ProgressReportView | null;
  // the values came from this device and are not on the server yet
  unsynced: boolean;
  discardLocal: boolean;
  delayMs?: number;
};

const storage = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;
const offlineError = () => new ApiError(0, NETWORK_ERROR_CODE, 'offline');
const toServerDraft = (report: ProgressReportView): ServerDraft => ({
  id: report.id,
  version: report.version,
  attachments: report.attachments,
});
const currentOf = (error: unknown): ProgressReportView | null => {
  const current = (errorDetails(error) as { current?: ProgressReportView } | undefined)?.current;
  return current && typeof current.id === 'string' ? current : null;
};
const hasCode = (error: unknown, code: string) => isApiError(error) && error.code === code;

// Keeps a half-written report safe: every change goes to localStorage at once and, debounced, to the
// server as a draft (POST once, then PATCH with the version). Server operations run one at a time.
export const useReportDraft = ({
  userId,
  taskId,
  period,
  initialValues,
  serverDraft,
  unsynced,
  discardLocal,
  delayMs = AUTOSAVE_DELAY_MS,
}: Options) => {
  const queryClient = useQueryClient();
  const key = draftStorageKey(userId, taskId, period);
  const [values, setValuesState] = useState(initialValues);
  const [server, setServerState] = useState<ServerDraft | null>(
    serverDraft ? toServerDraft(serverDraft) : null,
  );
  const [saveState, setSaveStateRaw] = useState<SaveState>(
    serverDraft && !unsynced ? { kind: 'saved', at: serverDraft.updatedAt } : { kind: 'idle' },
  );

  const valuesRef = useRef(initialValues);
  const serverRef = useRef(server);
  const editSeq = useRef(unsynced ? 1 : 0);
  const savedSeq = useRef(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const stopped = useRef(false);
  // A save may finish after the form is gone (the last flush on leaving): then there is nothing to show.
  const mounted = useRef(true);
  const setSaveState = useCallback((next: SaveState) => {
    if (mounted.current) setSaveStateRaw(next);
  }, []);

  const setServer = useCallback((next: ServerDraft | null) => {
    serverRef.current = next;
    if (mounted.current) setServerState(next);
  }, []);

  const persistLocal = useCallback(() => {
    writeLocalDraft(storage(), key, {
      values: valuesRef.current,
      savedAt: new Date().toISOString(),
      reportId: serverRef.current?.id ?? null,
      baseVersion: serverRef.current?.version ?? null,
    });
  }, [key]);

  const enqueue = useCallback(<T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.current.then(job, job);
    queue.current = run.catch(() => undefined);
    return run;
  }, []);

  const stop = useCallback(
    (kind: 'submitted' | 'taken') => {
      stopped.current = true;
      if (timer.current) clearTimeout(timer.current);
      if (kind === 'submitted') removeLocalDraft(storage(), key);
      setSaveState({ kind });
    },
    [key, setSaveState],
  );

  const patch = useCallback(
    async (draft: ServerDraft, snapshot: ReportValues): Promise<ProgressReportView> => {
      const body = toReportBody(snapshot);
      try {
        return await updateReport(draft.id, { ...body, version: draft.version });
      } catch (error) {
        const current = currentOf(error);
        if (current && current.status !== 'draft') throw new ReportNotEditableError(current);
        // Saved meanwhile from another tab of the same draft: these values are the newest intent.
        if (hasCode(error, 'REPORT_VERSION_CONFLICT') && current) {
          return updateReport(draft.id, { ...body, version: current.version });
        }
        throw error;
      }
    },
    [],
  );

  const persistToServer = useCallback(
    async (snapshot: ReportValues): Promise<ProgressReportView> => {
      const existing = serverRef.current;
      if (existing) return patch(existing, snapshot);
      try {
        return await createReport(taskId, { ...toReportBody(snapshot), period });
      } catch (error) {
        if (!hasCode(error, 'REPORT_PERIOD_TAKEN')) throw error;
        // Another tab or device created the draft first: continue on it if it is still a draft.
        const existingId = (errorDetails(error) as { existingReportId?: string } | undefined)
          ?.existingReportId;
        const taken = existingId ? await fetchReport(existingId) : null;
        if (!taken || taken.status !== 'draft') throw new ReportNotEditableError(taken);
        return patch(toServerDraft(taken), snapshot);
      }
    },
    [patch, period, taskId],
  );

  // 'auto' saves when there is something new; 'ensure' must end with a server draft holding the
  // current values, or throw.
  const saveStep = useCallback(
    async (mode: 'auto' | 'ensure'): Promise<ServerDraft | null> => {
      if (stopped.current) {
        if (mode === 'ensure') throw new ReportNotEditableError(null);
        return null;
      }
      const seq = editSeq.current;
      if (seq === savedSeq.current && (serverRef.current || mode === 'auto')) return serverRef.current;
      const snapshot = valuesRef.current;
      if (hasErrors(validateReport(snapshot, 'draft'))) {
        setSaveState({ kind: 'invalid' });
        if (mode === 'ensure') throw new DraftInvalidError();
        return null;
      }
      if (isOffline()) {
        setSaveState({ kind: 'offline' });
        if (mode === 'ensure') throw offlineError();
        return null;
      }
      setSaveState({ kind: 'saving' });
      try {
        const report = await persistToServer(snapshot);
        setServer(toServerDraft(report));
        savedSeq.current = seq;
        persistLocal();
        setSaveState(
          editSeq.current === seq ? { kind: 'saved', at: new Date().toISOString() } : { kind: 'pending' },
        );
        void queryClient.invalidateQueries({ queryKey: reportingKeys.lists() });
        return serverRef.current;
      } catch (error) {
        if (error instanceof ReportNotEditableError) stop('taken');
        else if (isApiError(error) && error.code === NETWORK_ERROR_CODE) setSaveState({ kind: 'offline' });
        else setSaveState({ kind: 'error', error });
        if (mode === 'ensure') throw error;
        return null;
      }
    },
    [persistLocal, persistToServer, queryClient, setSaveState, setServer, stop],
  );

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    return enqueue(() => saveStep('auto'));
  }, [enqueue, saveStep]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void enqueue(() => saveStep('auto'));
    }, delayMs);
  }, [delayMs, enqueue, saveStep]);

  const update = useCallback(
    (changes: Partial<ReportValues>) => {
      if (stopped.current) return;
      const next = { ...valuesRef.current, ...changes };
      valuesRef.current = next;
      setValuesState(next);
      editSeq.current += 1;
      persistLocal();
      setSaveState(isOffline() ? { kind: 'offline' } : { kind: 'pending' });
      schedule();
    },
    [persistLocal, schedule, setSaveState],
  );

  const submit = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    return enqueue(async () => {
      const draft = await saveStep('ensure');
      if (!draft) throw new ReportNotEditableError(null);
      let submitted: ProgressReportView;
      try {
        submitted = await submitReport(draft.id, draft.version);
      } catch (error) {
        const current = currentOf(error);
        if (hasCode(error, 'REPORT_VERSION_CONFLICT') && current?.status === 'draft') {
          submitted = await submitReport(draft.id, current.version);
        } else throw error;
      }
      stop('submitted');
      await invalidateAfterReportChange(queryClient, taskId);
      return submitted;
    });
  }, [enqueue, queryClient, saveStep, stop, taskId]);

  const refresh = useCallback(
    async (id: string) => {
      const fresh = await fetchReport(id);
      setServer(toServerDraft(fresh));
      return fresh;
    },
    [setServer],
  );

  // Files need a server draft to hang on: create or update it first, then upload one by one.
  const upload = useCallback(
    (files: File[]) =>
      enqueue(async () => {
        const draft = await saveStep('ensure');
        if (!draft) throw new ReportNotEditableError(null);
        const failed: { file: File; error: unknown }[] = [];
        for (const file of files) {
          try {
            await uploadAttachment(draft.id, file);
          } catch (error) {
            failed.push({ file, error });
          }
        }
        await refresh(draft.id).catch(() => undefined);
        return failed;
      }),
    [enqueue, refresh, saveStep],
  );

  const removeAttachment = useCallback(
    (attachmentId: string) =>
      enqueue(async () => {
        await deleteAttachment(attachmentId);
        const draft = serverRef.current;
        if (draft) {
          setServer({ ...draft, attachments: draft.attachments.filter((a) => a.id !== attachmentId) });
          await refresh(draft.id).catch(() => undefined);
        }
      }),
    [enqueue, refresh, setServer],
  );

  useEffect(() => {
    mounted.current = true;
    if (discardLocal) removeLocalDraft(storage(), key);
    // A draft restored from this device goes to the server as soon as possible.
    if (unsynced) schedule();
    const onOnline = () => {
      if (editSeq.current !== savedSeq.current) void flush();
    };
    window.addEventListener('online', onOnline);
    return () => {
      mounted.current = false;
      window.removeEventListener('online', onOnline);
      if (timer.current) {
        clearTimeout(timer.current);
        timer.current = null;
        // Leaving the form mid-debounce: still send what was typed (it is on this device anyway).
        if (!stopped.current && editSeq.current !== savedSeq.current) void enqueue(() => saveStep('auto'));
      }
    };
    // Once per form instance: the form remounts for another task or period.
  }, []);

  return useMemo(
    () => ({ values, update, saveState, server, flush, submit, upload, removeAttachment }),
    [values, update, saveState, server, flush, submit, upload, removeAttachment],
  );
};

export type ReportDraft = ReturnType<typeof useReportDraft>;
