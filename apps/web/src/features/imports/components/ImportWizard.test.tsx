import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mockApi } from '../../../../test/mock-api';
import { jsonResponse, renderWithProviders } from '../../../../test/render-with-providers';
import { buildImportResult, buildRowError, invalidImportResult } from '../testing/import-fixtures';
import { ImportWizard } from './ImportWizard';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const xlsxFile = (name = '任务分解表.xlsx') => new File(['PK\u0003\u0004'], name, { type: XLSX });

const choose = (file: File) =>
  fireEvent.change(screen.getByLabelText('任务分解表（.xlsx）'), { target: { files: [file] } });

const importButton = () => screen.getByRole('button', { name: '导入' });

describe(ImportWizard.name, () => {
  it('checks the type on the client, in words, without uploading', () => {
    const fetchMock = mockApi({});
    renderWithProviders(<ImportWizard />);
    choose(new File(['a,b'], '台账.csv', { type: 'text/csv' }));
    const input = screen.getByLabelText('任务分解表（.xlsx）');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('只能导入 .xlsx 格式的 Excel 文件，请重新选择。');
    expect((screen.getByRole('button', { name: '检查文件' }) as HTMLButtonElement).disabled).toBe(true);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows the dry run: summary and every bad cell, import disabled while there are errors', async () => {
    const forms: FormData[] = [];
    mockApi({
      'POST /api/imports': (url: URL, init: RequestInit | undefined) => {
        expect(url.searchParams.get('dryRun')).toBe('true');
        forms.push(init?.body as FormData);
        return jsonResponse(
          invalidImportResult([
            buildRowError(),
            buildRowError({ row: 9, column: '完成时限', cell: 'G9', value: '' }),
          ]),
        );
      },
    });
    renderWithProviders(<ImportWizard />);
    choose(xlsxFile());
    expect(screen.getByTestId('import-chosen').textContent).toMatch(/^已选择：任务分解表\.xlsx（/);
    fireEvent.click(screen.getByRole('button', { name: '检查文件' }));

    const preview = await screen.findByTestId('import-preview');
    expect((forms[0]!.get('file') as File).name).toBe('任务分解表.xlsx');
    expect(within(preview).getByRole('status').textContent).toContain('发现2处错误');
    expect(preview.querySelector('[data-summary="create"]')!.getAttribute('data-value')).toBe('9');
    const rows = within(screen.getByTestId('import-errors')).getAllByRole('row').slice(1);
    expect(rows[0]!.textContent).toBe('任务分解表7牵头单位（D7）不存在的厅找不到名为“不存在的厅”的单位');
    expect(rows[1]!.textContent).toContain('（空）');
    expect((importButton() as HTMLButtonElement).disabled).toBe(true);
    expect(document.getElementById(importButton().getAttribute('aria-describedby')!)?.textContent).toBe(
      '文件中还有2处错误，改正并重新检查后才能导入。',
    );
  });

  it('imports a clean file after its dry run and shows the result', async () => {
    const calls: string[] = [];
    mockApi({
      'POST /api/imports': (url: URL) => {
        calls.push(url.search);
        return url.searchParams.get('dryRun')
          ? jsonResponse(buildImportResult())
          : jsonResponse(buildImportResult({ dryRun: false, applied: true }), 201);
      },
    });
    renderWithProviders(<ImportWizard />);
    choose(xlsxFile());
    expect((importButton() as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '检查文件' }));
    expect(await screen.findByText('检查通过，没有发现错误，可以导入。')).toBeTruthy();
    await waitFor(() => expect((importButton() as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(importButton());
    const result = await screen.findByTestId('import-result');
    expect(result.textContent).toContain('导入完成：新增10项，更新2项，0项不变。');
    expect(calls).toEqual(['?dryRun=true', '']);
    expect(screen.getByRole('link', { name: '查看任务列表' }).getAttribute('href')).toBe('/tasks');
  });

  it('keeps the chosen file and the preview when the import is refused, and lists the errors', async () => {
    mockApi({
      'POST /api/imports': (url: URL) =>
        url.searchParams.get('dryRun')
          ? jsonResponse(buildImportResult())
          : jsonResponse(
              { statusCode: 422, code: 'IMPORT_INVALID', message: 'invalid', ...invalidImportResult() },
              422,
            ),
    });
    renderWithProviders(<ImportWizard />);
    choose(xlsxFile());
    fireEvent.click(screen.getByRole('button', { name: '检查文件' }));
    await screen.findByText('检查通过，没有发现错误，可以导入。');
    fireEvent.click(importButton());
    expect(await screen.findByText('未能导入：文件中有错误，未导入任何数据。请查看错误清单。')).toBeTruthy();
    expect(screen.getByTestId('import-errors')).toBeTruthy();
    expect(screen.getByTestId('import-chosen').textContent).toContain('任务分解表.xlsx');
    expect((screen.getByRole('button', { name: '重新检查' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('says why the server could not read the file, and the file stays chosen', async () => {
    mockApi({
      'POST /api/imports': () =>
        jsonResponse({ statusCode: 400, code: 'IMPORT_FILE_CORRUPT', message: 'corrupt' }, 400),
    });
    renderWithProviders(<ImportWizard />, { locale: 'en' });
    fireEvent.change(screen.getByLabelText('Task breakdown (.xlsx)'), {
      target: { files: [xlsxFile('plan.xlsx')] },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Check the file' }));
    expect(
      await screen.findByText(
        'The file could not be checked: The file is damaged or not a valid Excel file and cannot be read.',
      ),
    ).toBeTruthy();
    expect(screen.getByTestId('import-chosen').textContent).toContain('plan.xlsx');
  });
});
