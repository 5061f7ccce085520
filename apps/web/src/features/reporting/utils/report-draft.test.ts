import { buildReport } from '../testing/reporting-fixtures';
import {
  draftStorageKey,
  pickPeriodReports,
  readLocalDraft,
  removeLocalDraft,
  resolveInitialDraft,
  writeLocalDraft,
  type LocalDraft,
} from './report-draft';
import { blankReportValues, type ReportValues } from './report-values';

const values = (overrides: Partial<ReportValues> = {}): ReportValues => ({
  reportedState: 'in_progress',
  progress: 60,
  achievements: '本地写的进展',
  problems: '',
  nextSteps: '下步',
  suspendedReason: '',
  ...overrides,
});

const local = (overrides: Partial<LocalDraft> = {}): LocalDraft => ({
  values: values(),
  savedAt: '2026-11-29T03:00:00.000Z',
  reportId: null,
  baseVersion: null,
  ...overrides,
});

describe('local drafts', () => {
  it('keys a draft by user, task and period', () => {
    expect(draftStorageKey('u1', 't1', '2026-11')).toBe('luoshi.reportDraft.v1:u1:t1:2026-11');
  });

  it('round-trips through storage and forgets it on remove', () => {
    const key = draftStorageKey('u1', 't1', '2026-11');
    expect(writeLocalDraft(window.localStorage, key, local())).toBe(true);
    expect(readLocalDraft(window.localStorage, key)).toEqual(local());
    removeLocalDraft(window.localStorage, key);
    expect(readLocalDraft(window.localStorage, key)).toBeNull();
  });

  it('treats unreadable or malformed entries as no draft', () => {
    window.localStorage.setItem('k1', '{not json');
    window.localStorage.setItem('k2', JSON.stringify({ values: { reportedState: 'done' }, savedAt: 'x' }));
    window.localStorage.setItem('k3', JSON.stringify({ ...local(), savedAt: 'yesterday' }));
    expect(readLocalDraft(window.localStorage, 'k1')).toBeNull();
    expect(readLocalDraft(window.localStorage, 'k2')).toBeNull();
    expect(readLocalDraft(window.localStorage, 'k3')).toBeNull();
    expect(readLocalDraft(undefined, 'k1')).toBeNull();
  });

  it('survives a storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(readLocalDraft(broken, 'k')).toBeNull();
    expect(writeLocalDraft(broken, 'k', local())).toBe(false);
    expect(() => removeLocalDraft(broken, 'k')).not.toThrow();
  });
});

describe(pickPeriodReports.name, () => {
  it('takes the live report of the period and the latest returned one', () => {
    const reports = [
      buildReport({ id: 'old', status: 'returned', createdAt: '2026-11-10T00:00:00Z' }),
      buildReport({ id: 'newer', status: 'returned', createdAt: '2026-11-15T00:00:00Z' }),
      buildReport({ id: 'live', status: 'draft', createdAt: '2026-11-20T00:00:00Z' }),
      buildReport({ id: 'other', period: '2026-10', status: 'approved' }),
    ];
    const picked = pickPeriodReports(reports, '2026-11');
    expect(picked.current?.id).toBe('live');
    expect(picked.returned?.id).toBe('newer');
    expect(pickPeriodReports(reports, '2026-09')).toEqual({ current: null, returned: null });
  });
});

describe(resolveInitialDraft.name, () => {
  const task = { progress: 35, reportedState: 'in_progress' as const };

  it('starts a blank report from the task figures when nothing exists', () => {
    const initial = resolveInitialDraft({ local: null, current: null, returned: null, task });
    expect(initial).toMatchObject({ mode: 'edit', source: 'new', restored: false, serverDraft: null });
    expect(initial.mode === 'edit' && initial.values).toEqual(blankReportValues(task));
  });

  it('restores a local draft that never reached the server', () => {
    const initial = resolveInitialDraft({ local: local(), current: null, returned: null, task });
    expect(initial).toMatchObject({ mode: 'edit', source: 'local', restored: true, values: values() });
  });

  it('does not announce a restore for a local draft without any text', () => {
    const empty = local({ values: values({ achievements: '', nextSteps: '' }) });
    expect(resolveInitialDraft({ local: empty, current: null, returned: null, task })).toMatchObject({
      source: 'local',
      restored: false,
    });
  });

  it('prefers the local copy when it builds on the server version, with unsynced edits', () => {
    const server = buildReport({ id: 'r1', version: 4, updatedAt: '2026-11-29T05:00:00.000Z' });
    const initial = resolveInitialDraft({
      local: local({ reportId: 'r1', baseVersion: 4, savedAt: '2026-11-29T04:59:00.000Z' }),
      current: server,
      returned: null,
      task,
    });
    expect(initial).toMatchObject({ mode: 'edit', source: 'local', restored: true, serverDraft: server });
  });

  it('takes the server draft when it was saved after the local copy (another device)', () => {
    const server = buildReport({ id: 'r1', version: 6, updatedAt: '2026-11-29T06:00:00.000Z' });
    const initial = resolveInitialDraft({
      local: local({ reportId: 'r1', baseVersion: 4, savedAt: '2026-11-29T05:00:00.000Z' }),
      current: server,
      returned: null,
      task,
    });
    expect(initial).toMatchObject({ mode: 'edit', source: 'server', restored: true, discardLocal: true });
    expect(initial.mode === 'edit' && initial.values.achievements).toBe(server.achievements);
  });

  it('takes a newer local copy over an older server draft by time', () => {
    const server = buildReport({ id: 'r1', version: 6, updatedAt: '2026-11-29T02:00:00.000Z' });
    const initial = resolveInitialDraft({
      local: local({ reportId: 'r1', baseVersion: 5, savedAt: '2026-11-29T03:00:00.000Z' }),
      current: server,
      returned: null,
      task,
    });
    expect(initial).toMatchObject({ source: 'local', discardLocal: false });
  });

  it('says "server" when the local copy holds the same text', () => {
    const server = buildReport({ id: 'r1', version: 2, ...values(), progress: 60 });
    const initial = resolveInitialDraft({
      local: local({ reportId: 'r1', baseVersion: 2 }),
      current: server,
      returned: null,
      task,
    });
    expect(initial).toMatchObject({ source: 'server', restored: true, discardLocal: false });
  });

  it('shows a submitted or approved report read-only and drops the stale local copy', () => {
    const submitted = buildReport({ status: 'submitted' });
    expect(resolveInitialDraft({ local: local(), current: submitted, returned: null, task })).toEqual({
      mode: 'readonly',
      report: submitted,
      discardLocal: true,
    });
    expect(
      resolveInitialDraft({
        local: null,
        current: buildReport({ status: 'approved' }),
        returned: null,
        task,
      }),
    ).toMatchObject({ mode: 'readonly', discardLocal: false });
  });

  it('seeds a new attempt from the returned report, unless the user typed after the return', () => {
    const returned = buildReport({
      status: 'returned',
      achievements: '退回前的文字',
      reviewComment: '请补充数据',
      updatedAt: '2026-11-25T00:00:00.000Z',
    });
    const fromReturned = resolveInitialDraft({
      local: local({ savedAt: '2026-11-20T00:00:00.000Z' }),
      current: null,
      returned,
      task,
    });
    expect(fromReturned).toMatchObject({ source: 'returned', restored: false, discardLocal: true, returned });
    expect(fromReturned.mode === 'edit' && fromReturned.values.achievements).toBe('退回前的文字');

    const typedAfter = resolveInitialDraft({
      local: local({ savedAt: '2026-11-26T00:00:00.000Z' }),
      current: null,
      returned,
      task,
    });
    expect(typedAfter).toMatchObject({ source: 'local', restored: true, returned });
  });
});
