import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mockApi } from '../../../../test/mock-api';
import { jsonResponse, renderWithProviders } from '../../../../test/render-with-providers';
import { buildReport } from '../testing/reporting-fixtures';
import {
  draftStorageKey,
  readLocalDraft,
  resolveInitialDraft,
  type InitialDraft,
} from '../utils/report-draft';
import { ReportForm } from './ReportForm';

type EditDraft = Extract<InitialDraft, { mode: 'edit' }>;

const KEY = draftStorageKey('u1', 't1', '2026-11');
const blank = resolveInitialDraft({
  local: null,
  current: null,
  returned: null,
  task: { progress: 40, reportedState: 'in_progress' },
}) as EditDraft;

const setOnline = (online: boolean) =>
  Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => online });

const bodyOf = (init: RequestInit | undefined) => JSON.parse(String(init?.body));
const calls = (fetchMock: jest.Mock, method: string, path: string) =>
  fetchMock.mock.calls.filter(
    ([url, init]) => (init?.method ?? 'GET') === method && new URL(String(url), 'http://x').pathname === path,
  );

const renderForm = (initial: EditDraft = blank, onSubmitted = jest.fn()) => {
  renderWithProviders(
    <ReportForm
      userId="u1"
      taskId="t1"
      period="2026-11"
      initial={initial}
      onSubmitted={onSubmitted}
      autosaveDelayMs={10}
    />,
  );
  return onSubmitted;
};

// A server that keeps one draft and bumps its version like the API.
const draftServer = () => {
  let report = buildReport({ id: 'r1', version: 1 });
  return {
    get report() {
      return report;
    },
    routes: {
      'POST /api/tasks/t1/reports': (_url: URL, init?: RequestInit) => {
        report = buildReport({ id: 'r1', version: 1, ...bodyOf(init), suspendedReason: null });
        return jsonResponse(report, 201);
      },
      'PATCH /api/reports/r1': (_url: URL, init?: RequestInit) => {
        const { version, ...body } = bodyOf(init);
        if (version !== report.version)
          return jsonResponse(
            { statusCode: 409, code: 'REPORT_VERSION_CONFLICT', message: 'x', details: { current: report } },
            409,
          );
        report = { ...report, ...body, suspendedReason: null, version: report.version + 1 };
        return jsonResponse(report);
      },
      'GET /api/reports/r1': () => jsonResponse(report),
      'POST /api/reports/r1/submit': (_url: URL, init?: RequestInit) => {
        expect(bodyOf(init)).toEqual({ version: report.version });
        report = { ...report, status: 'submitted', version: report.version + 1 };
        return jsonResponse(report);
      },
    },
  };
};

afterEach(() => setOnline(true));

describe(ReportForm.name, () => {
  it('keeps every change on this device at once and saves a server draft: POST, then PATCH with the version', async () => {
    const server = draftServer();
    const fetchMock = mockApi(server.routes);
    renderForm();

    fireEvent.change(screen.getByLabelText(/^进展情况/), { target: { value: '完成试点遴选' } });
    expect(readLocalDraft(window.localStorage, KEY)?.values.achievements).toBe('完成试点遴选');

    await waitFor(() => expect(calls(fetchMock, 'POST', '/api/tasks/t1/reports')).toHaveLength(1));
    const [, createInit] = calls(fetchMock, 'POST', '/api/tasks/t1/reports')[0]!;
    expect(bodyOf(createInit)).toMatchObject({
      period: '2026-11',
      progress: 40,
      achievements: '完成试点遴选',
    });
    expect(await screen.findByText(/^草稿已保存 \d\d:\d\d$/)).toBeTruthy();

    fireEvent.change(screen.getByLabelText(/^进度（%）/), { target: { value: '65' } });
    await waitFor(() => expect(calls(fetchMock, 'PATCH', '/api/reports/r1')).toHaveLength(1));
    expect(bodyOf(calls(fetchMock, 'PATCH', '/api/reports/r1')[0]![1])).toMatchObject({
      version: 1,
      progress: 65,
    });
    await waitFor(() =>
      expect(readLocalDraft(window.localStorage, KEY)).toMatchObject({ reportId: 'r1', baseVersion: 2 }),
    );
    expect((screen.getByLabelText('拖动调整进度') as HTMLInputElement).value).toBe('65');
  });

  it('says it works offline and syncs when the connection is back', async () => {
    const server = draftServer();
    const fetchMock = mockApi(server.routes);
    setOnline(false);
    renderForm();

    fireEvent.change(screen.getByLabelText(/^进展情况/), { target: { value: '断网时写的' } });
    expect(await screen.findByText('离线：已保存在本设备，联网后自动同步')).toBeTruthy();
    await act(() => new Promise((r) => setTimeout(r, 40)));
    expect(fetchMock).not.toHaveBeenCalled();
    expect(readLocalDraft(window.localStorage, KEY)?.values.achievements).toBe('断网时写的');

    setOnline(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(calls(fetchMock, 'POST', '/api/tasks/t1/reports')).toHaveLength(1));
    expect(await screen.findByText(/^草稿已保存/)).toBeTruthy();
  });

  it('treats a failed request like being offline: the text stays on this device', async () => {
    globalThis.fetch = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    renderForm();
    fireEvent.change(screen.getByLabelText(/^进展情况/), { target: { value: '网络断了' } });
    expect(await screen.findByText('离线：已保存在本设备，联网后自动同步')).toBeTruthy();
    expect(readLocalDraft(window.localStorage, KEY)?.values.achievements).toBe('网络断了');
  });

  it('fills in 100% for a completed task and keeps an inconsistent draft local only', async () => {
    const fetchMock = mockApi(draftServer().routes);
    renderForm();
    fireEvent.click(screen.getByLabelText('已完成'));
    expect((screen.getByLabelText(/^进度（%）/) as HTMLInputElement).value).toBe('100');

    fireEvent.change(screen.getByLabelText(/^进度（%）/), { target: { value: '80' } });
    expect(screen.getByText('填报“已完成”时进度须为 100%。')).toBeTruthy();
    expect(screen.getByLabelText(/^进度（%）/).getAttribute('aria-invalid')).toBe('true');
    expect(await screen.findByText('已保存在本设备；修正标出的问题后才能保存到服务器')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('asks for a reason when the task is suspended', async () => {
    const fetchMock = mockApi(draftServer().routes);
    renderForm();
    expect(screen.queryByLabelText(/^暂缓原因/)).toBeNull();
    fireEvent.click(screen.getByLabelText('暂缓'));
    expect(screen.getByLabelText(/^暂缓原因/)).toBeTruthy();
    expect(screen.getByText('请填写暂缓原因。')).toBeTruthy();
    expect(await screen.findByText('已保存在本设备；修正标出的问题后才能保存到服务器')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^暂缓原因/), { target: { value: '等待上级批复' } });
    await waitFor(() => expect(calls(fetchMock, 'POST', '/api/tasks/t1/reports')).toHaveLength(1));
    expect(bodyOf(calls(fetchMock, 'POST', '/api/tasks/t1/reports')[0]![1])).toMatchObject({
      reportedState: 'suspended',
      suspendedReason: '等待上级批复',
    });
    expect(await screen.findByText(/^草稿已保存/)).toBeTruthy();
  });

  it('lists what is missing before submitting, with links to the fields, and calls no API', async () => {
    const fetchMock = mockApi(draftServer().routes);
    renderForm();
    fireEvent.click(screen.getByRole('button', { name: '提交审核' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('提交前请先处理以下问题：')).toBeTruthy();
    const links = within(summary).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual(['请填写进展情况。', '请填写下步打算。']);
    expect(links[0]!.getAttribute('href')).toBe(`#${screen.getByLabelText(/^进展情况/).id}`);
    expect(screen.getByLabelText(/^进展情况/).getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('saves, submits with the version, clears the local draft and reports back', async () => {
    const server = draftServer();
    const fetchMock = mockApi(server.routes);
    const onSubmitted = renderForm();
    fireEvent.change(screen.getByLabelText(/^进展情况/), { target: { value: '完成遴选' } });
    fireEvent.change(screen.getByLabelText(/^下步打算/), { target: { value: '组织评估' } });
    fireEvent.click(screen.getByRole('button', { name: '提交审核' }));

    await waitFor(() =>
      expect(onSubmitted).toHaveBeenCalledWith(expect.objectContaining({ status: 'submitted' })),
    );
    expect(calls(fetchMock, 'POST', '/api/reports/r1/submit')).toHaveLength(1);
    expect(server.report).toMatchObject({
      achievements: '完成遴选',
      nextSteps: '组织评估',
      status: 'submitted',
    });
    expect(readLocalDraft(window.localStorage, KEY)).toBeNull();
    expect(screen.getByText('已提交')).toBeTruthy();
  });

  it('saves over a version conflict from another tab of the same draft', async () => {
    const server = draftServer();
    const fetchMock = mockApi(server.routes);
    const existing = buildReport({ id: 'r1', version: 3, updatedAt: '2026-11-29T01:00:00Z' });
    // the server has moved on to version 5 meanwhile
    mockApi({
      ...server.routes,
      'PATCH /api/reports/r1': (_url: URL, init?: RequestInit) => {
        const body = bodyOf(init);
        if (body.version !== 5)
          return jsonResponse(
            {
              statusCode: 409,
              code: 'REPORT_VERSION_CONFLICT',
              message: 'x',
              details: { current: { ...existing, version: 5 } },
            },
            409,
          );
        return jsonResponse({ ...existing, ...body, version: 6 });
      },
    });
    void fetchMock;
    renderForm({
      ...blank,
      source: 'server',
      serverDraft: existing,
      values: { ...blank.values, achievements: 'x' },
    });
    fireEvent.change(screen.getByLabelText(/^进展情况/), { target: { value: '新的文字' } });
    expect(await screen.findByText(/^草稿已保存/)).toBeTruthy();
    await waitFor(() => expect(readLocalDraft(window.localStorage, KEY)?.baseVersion).toBe(6));
  });

  it('stops editing when the report was submitted elsewhere', async () => {
    const existing = buildReport({ id: 'r1', version: 3 });
    mockApi({
      'PATCH /api/reports/r1': () =>
        jsonResponse(
          {
            statusCode: 409,
            code: 'REPORT_VERSION_CONFLICT',
            message: 'x',
            details: { current: { ...existing, status: 'submitted', version: 4 } },
          },
          409,
        ),
    });
    renderForm({ ...blank, source: 'server', serverDraft: existing });
    fireEvent.change(screen.getByLabelText(/^进展情况/), { target: { value: '晚了一步' } });
    expect(await screen.findByText('该期报告已在其他地方提交，不能再修改')).toBeTruthy();
    expect((screen.getByLabelText(/^进展情况/) as HTMLTextAreaElement).disabled).toBe(true);
  });

  describe('evidence files', () => {
    const pdf = () => new File(['%PDF-1.4\n'], '会议纪要.pdf', { type: 'application/pdf' });

    it('checks type and size before any upload, with a translated message', async () => {
      const fetchMock = mockApi(draftServer().routes);
      renderForm();
      const input = screen.getByLabelText('选择文件');
      const big = new File(['x'], 'scan.pdf', { type: 'application/pdf' });
      Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 });
      fireEvent.change(input, {
        target: { files: [new File(['MZ'], 'tool.exe', { type: 'application/x-msdownload' }), big] },
      });
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain('“tool.exe”的文件类型不受支持');
      expect(alert.textContent).toContain('“scan.pdf”超过10 MB');
      expect(fetchMock).not.toHaveBeenCalled();
    });

    it('creates the draft first, uploads, then lists the file with its size and removes it', async () => {
      const server = draftServer();
      const attachment = {
        id: 'a1',
        reportId: 'r1',
        fileName: '会议纪要.pdf',
        contentType: 'application/pdf',
        size: 2048,
        sha256: 'abc',
        createdAt: '2026-11-29T03:00:00Z',
      };
      let attached = false;
      const fetchMock = mockApi({
        ...server.routes,
        'POST /api/reports/r1/attachments': (_url: URL, init?: RequestInit) => {
          expect(init?.body).toBeInstanceOf(FormData);
          expect(((init?.body as FormData).get('file') as File).name).toBe('会议纪要.pdf');
          attached = true;
          return jsonResponse(attachment, 201);
        },
        'GET /api/reports/r1': () =>
          jsonResponse({ ...server.report, attachments: attached ? [attachment] : [] }),
        'DELETE /api/attachments/a1': () => {
          attached = false;
          return new Response(null, { status: 204 });
        },
      });
      renderForm();
      fireEvent.change(screen.getByLabelText('选择文件'), { target: { files: [pdf()] } });

      const link = await screen.findByRole('link', { name: '会议纪要.pdf' });
      expect(link.getAttribute('href')).toBe('/api/attachments/a1');
      expect(screen.getByText('2 kB')).toBeTruthy();
      const order = fetchMock.mock.calls.map(
        ([url, init]) => `${init?.method ?? 'GET'} ${new URL(String(url), 'http://x').pathname}`,
      );
      expect(order.slice(0, 3)).toEqual([
        'POST /api/tasks/t1/reports',
        'POST /api/reports/r1/attachments',
        'GET /api/reports/r1',
      ]);

      fireEvent.click(screen.getByRole('button', { name: '删除 会议纪要.pdf' }));
      await waitFor(() => expect(screen.queryByRole('link', { name: '会议纪要.pdf' })).toBeNull());
      expect(calls(fetchMock, 'DELETE', '/api/attachments/a1')).toHaveLength(1);
    });

    it('shows the server reason when an upload is refused', async () => {
      const server = draftServer();
      mockApi({
        ...server.routes,
        'POST /api/reports/r1/attachments': () =>
          jsonResponse({ statusCode: 415, code: 'ATTACHMENT_TYPE_INVALID', message: 'raw' }, 415),
      });
      renderForm();
      fireEvent.change(screen.getByLabelText('选择文件'), { target: { files: [pdf()] } });
      expect((await screen.findByRole('alert')).textContent).toBe(
        '“会议纪要.pdf”上传失败：文件类型不受支持，或文件内容与扩展名不符。',
      );
    });
  });
});
