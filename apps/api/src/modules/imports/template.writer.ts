import ExcelJS, { type Font, type Style } from 'exceljs';
import {
  IMPORT_MAX_BYTES,
  IMPORT_MAX_ROWS,
  LONG_TERM_ZH,
  neutralizeCell,
  type ImportField,
} from '@plan/contracts';
import { textWidth } from '../exports/ledger.writer';
import { FIELD_LABELS } from './import.validator';

export const TEMPLATE_SHEET = '任务';
export const INSTRUCTIONS_SHEET = '说明';
export const LISTS_SHEET = '选项';
// rows of the task sheet that carry drop-down lists
const VALIDATED_ROWS = 2000;

// The template's columns: the ledger's editable columns, in the ledger's order, plus what a new task
// needs that the ledger does not show (requirement, start date).
export const TEMPLATE_COLUMNS: { field: ImportField; required: boolean; width: number; note: string }[] = [
  { field: 'code', required: true, width: 12, note: '如 POL-001；已存在的编号更新该任务，新编号新建任务' },
  { field: 'measure', required: true, width: 20, note: '从下拉列表选择，或填写措施代码' },
  { field: 'title', required: true, width: 36, note: '最多 300 字' },
  { field: 'requirement', required: false, width: 40, note: '目标及任务要求，可不填' },
  { field: 'leadUnit', required: true, width: 22, note: '单位全称或单位代码，只填一个' },
  { field: 'cooperatingUnits', required: false, width: 28, note: '多个单位用“、”分隔，可不填' },
  { field: 'responsible', required: true, width: 10, note: '姓名或用户名（重名时填用户名）' },
  { field: 'startDate', required: true, width: 12, note: '日期，如 2026-01-01' },
  { field: 'dueDate', required: true, width: 14, note: `日期，如 2026-12-31；长期任务填“${LONG_TERM_ZH}”` },
  { field: 'region', required: true, width: 12, note: '地区全称（如 广东省、全国）或 6 位代码' },
  { field: 'sectors', required: true, width: 20, note: '从下拉列表选择；多个领域用“、”分隔' },
];

export type TemplateLists = {
  measures: string[];
  regions: string[];
  sectors: string[];
  units: string[];
};

export type TemplateExample = Record<ImportField, string>;

const font = (o: Partial<Font> = {}): Partial<Font> => ({
  name: 'Microsoft YaHei',
  family: 2,
  charset: 134,
  size: 10,
  ...o,
});
const thin = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
const border = { top: thin, left: thin, bottom: thin, right: thin };
const header = (required: boolean): Partial<Style> => ({
  font: font({ bold: true }),
  border,
  alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
  // required columns in orange, optional ones in blue: the 说明 sheet says so
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: required ? 'FFFCE4D6' : 'FFDDEBF7' } },
});

// The rules, in both languages; the first column is what people read.
const INSTRUCTIONS: [string, string][] = [
  ['填写说明', 'How to fill in'],
  [
    '1. 在“任务”工作表中每行填写一项任务。按“任务编号”匹配：已存在的编号更新该任务（只改动与系统不同的内容），新编号新建任务。',
    '1. One task per row on the 任务 sheet. Rows are matched by code: an existing code updates that task (only what differs), a new code creates one.',
  ],
  [
    '2. 橙色表头的列为新建任务的必填项，蓝色表头的列可不填。',
    '2. Orange headers are required for a new task; blue ones are optional.',
  ],
  [
    '3. 所属措施、地区、领域可从下拉列表选择，也可填写代码；多个领域或配合单位用“、”分隔。',
    '3. Measure, region and sectors can be picked from the drop-down lists or given as codes; separate several sectors or cooperating units with 、.',
  ],
  [
    '4. 牵头单位、配合单位填写单位全称或单位代码；责任人填写姓名或用户名，重名时填写用户名。',
    '4. Units by full name or unit code; the responsible person by name or username (username when names repeat).',
  ],
  [
    `5. 日期写作 2026-12-31（也可写 2026/12/31 或 2026年12月31日），必须是真实日期；完成时限不得早于开始日期，长期任务填“${LONG_TERM_ZH}”。`,
    `5. Dates as 2026-12-31 (2026/12/31 and 2026年12月31日 work too) and real; the due date not before the start date; ${LONG_TERM_ZH} for a long-term task.`,
  ],
  [
    '6. 实际进度、序时进度、偏差、滞后天数、序时状态、亮灯、最新进展、存在问题、下步打算和报送期不能通过导入修改：它们以审核通过的进展报告为准。从系统导出的台账中的这些列在导入时忽略。',
    '6. Progress, expected progress, gap, days late, schedule state, light, latest progress, problems, next steps and period are NOT imported: they follow approved progress reports. In an exported ledger these columns are ignored.',
  ],
  [
    '7. 也可直接导入修改后的台账（系统导出的 .xlsx）：按表头文字识别各列，列的顺序不限；删去的列，其内容保持不变。',
    '7. An edited ledger (.xlsx exported by the system) can be imported as it is: columns are found by their header text, in any order; a column left out keeps its values.',
  ],
  [
    '8. 导入前校验全部行，全部无误才会导入，并在同一事务中完成；有任何错误时不导入任何内容，并逐行逐列列出原因。可先选择“仅校验”。',
    '8. Every row is checked first; only a file without errors is applied, all in one transaction. Otherwise nothing changes and every error is listed by row and column. A dry run only checks.',
  ],
  ['9. 重复导入同一文件不会产生任何变更。', '9. Importing the same file again changes nothing.'],
  [
    `10. 文件须为 .xlsx，不超过 ${IMPORT_MAX_BYTES / 1024 / 1024} MB，任务不超过 ${IMPORT_MAX_ROWS.toLocaleString('en')} 行。`,
    `10. The file must be .xlsx, at most ${IMPORT_MAX_BYTES / 1024 / 1024} MB and ${IMPORT_MAX_ROWS.toLocaleString('en')} task rows.`,
  ],
  [
    '11. “任务”工作表第 2 行是示例，导入前请修改或删除。',
    '11. Row 2 of the 任务 sheet is an example: change or delete it before importing.',
  ],
];

const listRange = (col: string, n: number) => `'${LISTS_SHEET}'!$${col}$2:$${col}$${Math.max(2, n + 1)}`;

export async function buildTemplate(lists: TemplateLists, example: TemplateExample | null): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Luoshi 落实';

  const landscape = {
    paperSize: 9,
    orientation: 'landscape' as const,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  };
  const ws = wb.addWorksheet(TEMPLATE_SHEET, {
    views: [{ state: 'frozen', ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: landscape,
  });
  ws.columns = TEMPLATE_COLUMNS.map((c) => ({ key: c.field, width: c.width }));
  const head = ws.getRow(1);
  TEMPLATE_COLUMNS.forEach((c, i) => {
    const cell = head.getCell(i + 1);
    cell.value = FIELD_LABELS[c.field].zh;
    cell.style = header(c.required);
    cell.note = `${c.required ? '必填' : '选填'}：${c.note}`;
  });
  head.height = 24;
  const body: Partial<Style> = { font: font(), alignment: { vertical: 'top', wrapText: true } };
  const dateStyle: Partial<Style> = { ...body, numFmt: 'yyyy-mm-dd', alignment: { vertical: 'top' } };
  for (const [i, c] of TEMPLATE_COLUMNS.entries())
    ws.getColumn(i + 1).style = c.field === 'startDate' || c.field === 'dueDate' ? dateStyle : body;
  if (example) {
    const row = ws.getRow(2);
    TEMPLATE_COLUMNS.forEach((c, i) => {
      const v = example[c.field];
      const date = /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : null;
      const cell = row.getCell(i + 1);
      cell.value = date ?? neutralizeCell(v);
      cell.style = { ...(date ? dateStyle : body), border };
    });
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: TEMPLATE_COLUMNS.length } };

  const lastRow = VALIDATED_ROWS + 1;
  const col = (f: ImportField) => String.fromCharCode(65 + TEMPLATE_COLUMNS.findIndex((c) => c.field === f));
  const list = (f: ImportField, range: string, strict: boolean, prompt: string) =>
    // exceljs has the worksheet-level list in its runtime model but not in its types
    (
      ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }
    ).dataValidations.add(`${col(f)}2:${col(f)}${lastRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [range],
      showErrorMessage: true,
      errorStyle: strict ? 'stop' : 'warning',
      errorTitle: FIELD_LABELS[f].zh,
      error: strict ? '请从下拉列表中选择' : '不在列表中：多个值请用“、”分隔，或填写代码',
      showInputMessage: true,
      promptTitle: FIELD_LABELS[f].zh,
      prompt,
    });
  list('measure', listRange('A', lists.measures.length), true, '从列表选择');
  list('region', listRange('B', lists.regions.length), true, '从列表选择');
  list('sectors', listRange('C', lists.sectors.length), false, '从列表选择；多个领域用“、”分隔');
  list('leadUnit', listRange('D', lists.units.length), false, '从列表选择，或填写单位代码');

  const help = wb.addWorksheet(INSTRUCTIONS_SHEET, { pageSetup: landscape });
  help.columns = [{ width: 90 }, { width: 90 }];
  INSTRUCTIONS.forEach(([zh, en], i) => {
    const row = help.addRow([zh, en]);
    // rows do not grow to fit wrapped text when a file is opened
    row.height = Math.max(...[zh, en].map((t) => Math.ceil(textWidth(t) / 88))) * 14 + 6;
    row.eachCell((c) => {
      c.style = {
        font: font(i === 0 ? { bold: true, size: 12 } : {}),
        alignment: { vertical: 'top', wrapText: true },
      };
    });
  });
  help.addRow([]);
  const table = help.addRow(['列（表头文字）', '是否必填及格式']);
  table.eachCell((c) => (c.style = header(false)));
  for (const c of TEMPLATE_COLUMNS) {
    const row = help.addRow([FIELD_LABELS[c.field].zh, `${c.required ? '必填' : '选填'}：${c.note}`]);
    row.eachCell((cell) => (cell.style = { font: font(), border, alignment: { wrapText: true } }));
  }

  const opts = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  opts.columns = [{ width: 24 }, { width: 16 }, { width: 20 }, { width: 30 }];
  opts.addRow(['所属措施', '地区', '领域', '牵头单位']);
  const longest = Math.max(
    lists.measures.length,
    lists.regions.length,
    lists.sectors.length,
    lists.units.length,
  );
  for (let i = 0; i < longest; i++)
    opts.addRow(
      [lists.measures[i], lists.regions[i], lists.sectors[i], lists.units[i]].map((v) =>
        v ? neutralizeCell(v) : null,
      ),
    );

  return Buffer.from(await wb.xlsx.writeBuffer());
}
