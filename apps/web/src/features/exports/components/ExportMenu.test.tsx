import { fireEvent, screen, waitFor } from '@testing-library/react';
import { mockApi } from '../../../../test/mock-api';
import { jsonResponse, renderWithProviders } from '../../../../test/render-with-providers';
import { ExportMenu } from './ExportMenu';

const LEDGER_NAME = '人工智能+行动任务台账_2026-11-29.xlsx';

const fileResponse = (name: string, type: string) =>
  new Response(new Blob(['PK'], { type }), {
    status: 200,
    headers: {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="x"; filename*=UTF-8''${encodeURIComponent(name)}`,
    },
  });

const saved: string[] = [];

beforeEach(() => {
  saved.length = 0;
  Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:test'), revokeObjectURL: jest.fn() });
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
});

afterEach(() => jest.restoreAllMocks());

const openMenu = () => {
  const button = screen.getByRole('button', { name: '导出' });
  fireEvent.click(button);
  return button;
};

describe(ExportMenu.name, () => {
  it('lists the four documents as links carrying the filters and the meeting', () => {
    renderWithProviders(<ExportMenu filters={{ measure: 'policy', state: ['behind'] }} meetingId="m1" />);
    const button = openMenu();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const items = screen.getAllByRole('menuitem');
    expect(items.map((item) => item.getAttribute('href'))).toEqual([
      '/api/exports/ledger.xlsx?measure=policy&state=behind&meeting=m1',
      '/api/exports/briefing.docx?measure=policy&state=behind&meeting=m1',
      '/api/exports/briefing.pdf?measure=policy&state=behind&meeting=m1',
      '/api/exports/tasks.csv?measure=policy&state=behind&meeting=m1',
    ]);
    expect(items[0]!.textContent).toContain('任务台账（Excel）');
  });

  it('moves through the items with the arrow keys and closes on Escape, back on the button', () => {
    renderWithProviders(<ExportMenu filters={{}} />);
    const button = screen.getByRole('button', { name: '导出' });
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    const items = screen.getAllByRole('menuitem');
    expect(document.activeElement).toBe(items[0]);
    const menu = screen.getByRole('menu');
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(menu, { key: 'ArrowUp' });
    fireEvent.keyDown(menu, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(items[3]);
    fireEvent.keyDown(menu, { key: 'Home' });
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(menu, { key: 'End' });
    expect(document.activeElement).toBe(items[3]);
    fireEvent.keyDown(menu, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');

    fireEvent.keyDown(button, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(screen.getAllByRole('menuitem')[3]);
    // Tab leaves the menu from where the button is, closing it.
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'Tab' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('downloads under the name the server gives and says so', async () => {
    const fetchMock = mockApi({
      'GET /api/exports/ledger.xlsx': () =>
        fileResponse(LEDGER_NAME, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    });
    renderWithProviders(<ExportMenu filters={{ region: '440000' }} />);
    openMenu();
    fireEvent.click(screen.getByRole('menuitem', { name: /任务台账/ }));
    expect(screen.queryByRole('menu')).toBeNull();
    expect(await screen.findByText(`已下载：${LEDGER_NAME}`)).toBeTruthy();
    expect(saved).toEqual([LEDGER_NAME]);
    expect(String(fetchMock.mock.calls[0]![0])).toBe('/api/exports/ledger.xlsx?region=440000');
  });

  it('shows a refusal in words instead of saving the error as the document', async () => {
    mockApi({
      'GET /api/exports/briefing.pdf': () =>
        jsonResponse({ statusCode: 503, code: 'FONT_UNAVAILABLE', message: 'no CJK font' }, 503),
    });
    renderWithProviders(<ExportMenu filters={{}} />);
    openMenu();
    fireEvent.click(screen.getByRole('menuitem', { name: /工作简报（PDF）/ }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      '未能导出工作简报（PDF）：服务器缺少中文字体，暂时无法生成该文档，请联系系统管理员。',
    );
    expect(saved).toEqual([]);
  });

  it('speaks English too', async () => {
    mockApi({
      'GET /api/exports/tasks.csv': () =>
        jsonResponse({ statusCode: 403, code: 'FORBIDDEN', message: 'no' }, 403),
    });
    renderWithProviders(<ExportMenu filters={{}} />, { locale: 'en' });
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    fireEvent.click(screen.getByRole('menuitem', { name: /Task list \(CSV\)/ }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(/^Task list \(CSV\) could not be exported\. /),
    );
  });
});
