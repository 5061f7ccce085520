import { buildTaskDetail } from '../../../../test/task-fixtures';
import { ApiError } from '../../../lib/api-client';
import {
  changedTaskFields,
  emptyTaskForm,
  serverFieldErrors,
  toTaskFormValues,
  toTaskPatchBody,
  toTaskWriteBody,
  validateTaskForm,
  type TaskFormValues,
} from './task-form';

const valid = (overrides: Partial<TaskFormValues> = {}): TaskFormValues => ({
  ...toTaskFormValues(buildTaskDetail()),
  leadUnitId: '11111111-1111-4111-8111-111111111111',
  responsiblePersonId: '22222222-2222-4222-8222-222222222222',
  ...overrides,
});

describe(validateTaskForm.name, () => {
  it('accepts a complete task', () => {
    expect(validateTaskForm(valid())).toEqual({});
  });

  it('asks for every required field of an empty form', () => {
    expect(validateTaskForm(emptyTaskForm())).toEqual({
      title: { key: 'required' },
      measure: { key: 'required' },
      region: { key: 'required' },
      sectors: { key: 'sectorsRequired' },
      leadUnitId: { key: 'required' },
      responsiblePersonId: { key: 'required' },
      startDate: { key: 'required' },
      dueDate: { key: 'dueRequired' },
    });
  });

  it('mirrors the API limits on text', () => {
    expect(validateTaskForm(valid({ title: '   ' })).title).toEqual({ key: 'required' });
    expect(validateTaskForm(valid({ title: '字'.repeat(301) })).title).toEqual({
      key: 'tooLong',
      values: { max: 300 },
    });
    expect(validateTaskForm(valid({ title: '字'.repeat(300) })).title).toBeUndefined();
    expect(validateTaskForm(valid({ requirement: 'x'.repeat(10_001) })).requirement).toEqual({
      key: 'tooLong',
      values: { max: 10_000 },
    });
    expect(validateTaskForm(valid({ title: 'a\u0007b' })).title).toEqual({ key: 'controlChars' });
    // Newlines and tabs are fine in the requirement text.
    expect(validateTaskForm(valid({ requirement: '一、\n\t二、' })).requirement).toBeUndefined();
  });

  it('checks choices, sectors and units', () => {
    expect(validateTaskForm(valid({ measure: 'other' })).measure).toEqual({ key: 'invalidChoice' });
    expect(validateTaskForm(valid({ region: '44' })).region).toEqual({ key: 'invalidChoice' });
    const twenty = Array.from({ length: 20 }, (_, i) => `s${i}`);
    expect(validateTaskForm(valid({ sectors: twenty })).sectors).toEqual({
      key: 'tooMany',
      values: { max: 19 },
    });
    const lead = valid().leadUnitId;
    expect(validateTaskForm(valid({ cooperatingUnitIds: ['miit', lead] })).cooperatingUnitIds).toEqual({
      key: 'leadAlsoCooperating',
    });
  });

  it('needs a due date on or after the start, unless the task is ongoing', () => {
    expect(validateTaskForm(valid({ dueDate: '' })).dueDate).toEqual({ key: 'dueRequired' });
    expect(validateTaskForm(valid({ dueDate: '', ongoing: true })).dueDate).toBeUndefined();
    expect(validateTaskForm(valid({ startDate: '2026-05-01', dueDate: '2026-04-30' })).dueDate).toEqual({
      key: 'dueBeforeStart',
    });
    expect(
      validateTaskForm(valid({ startDate: '2026-05-01', dueDate: '2026-05-01' })).dueDate,
    ).toBeUndefined();
    expect(validateTaskForm(valid({ dueDate: '2026-02-30' })).dueDate).toEqual({ key: 'dateInvalid' });
    expect(validateTaskForm(valid({ startDate: '2026-13-01' })).startDate).toEqual({ key: 'dateInvalid' });
  });
});

describe('task form bodies', () => {
  const task = buildTaskDetail();
  const base = toTaskFormValues(task);

  it('reads a task into the form and writes the same task back', () => {
    expect(base).toMatchObject({
      measure: 'policy',
      region: '000000',
      cooperatingUnitIds: ['miit'],
      ongoing: false,
    });
    expect(toTaskWriteBody(base)).toEqual({
      title: task.title,
      requirement: task.requirement,
      measure: 'policy',
      region: '000000',
      sectors: ['manufacturing'],
      leadUnitId: 'ndrc',
      cooperatingUnitIds: ['miit'],
      responsiblePersonId: 'p1',
      startDate: '2025-09-01',
      dueDate: '2026-11-29',
    });
    expect(toTaskFormValues(buildTaskDetail({ dueDate: null }))).toMatchObject({
      dueDate: '',
      ongoing: true,
    });
  });

  it('sends only the changed fields with the version read', () => {
    const edited = { ...base, title: `  ${task.title}（修订）  `, ongoing: true };
    expect(changedTaskFields(base, edited)).toEqual(['title', 'dueDate']);
    expect(toTaskPatchBody(base, edited, 7)).toEqual({
      version: 7,
      title: `${task.title}（修订）`,
      dueDate: null,
    });
  });

  it('treats lists as sets and a trimmed title as unchanged', () => {
    const same = { ...base, title: ` ${task.title} `, sectors: ['manufacturing', 'manufacturing'] };
    expect(changedTaskFields(base, same)).toEqual([]);
    expect(toTaskPatchBody(base, same, 3)).toEqual({ version: 3 });
  });
});

describe(serverFieldErrors.name, () => {
  const validationFailed = new ApiError(400, 'VALIDATION_FAILED', 'x', [
    { field: 'title', constraint: 'isNotEmpty', messageZh: '不能为空', messageEn: 'must not be empty' },
    { field: 'sectors.0', constraint: 'matches', messageZh: '格式不正确', messageEn: 'has the wrong format' },
    { field: 'version', constraint: 'isInt', messageZh: '必须是整数', messageEn: 'must be a whole number' },
  ]);

  it('puts VALIDATION_FAILED details under their fields in the UI language', () => {
    expect(serverFieldErrors(validationFailed, 'zh-CN')).toEqual({
      title: { text: '不能为空' },
      sectors: { text: '格式不正确' },
    });
    expect(serverFieldErrors(validationFailed, 'en')?.title).toEqual({ text: 'must not be empty' });
  });

  it('maps reference and date errors to their fields', () => {
    expect(
      serverFieldErrors(new ApiError(400, 'TASK_REFERENCE_INVALID', 'x', { field: 'leadUnitId' }), 'zh-CN'),
    ).toEqual({ leadUnitId: { key: 'referenceInvalid' } });
    expect(serverFieldErrors(new ApiError(400, 'TASK_DATES_INVALID', 'x', undefined), 'zh-CN')).toEqual({
      dueDate: { key: 'datesInvalid' },
    });
  });

  it('leaves errors about no particular field to the form-level message', () => {
    expect(serverFieldErrors(new ApiError(403, 'FORBIDDEN', 'x'), 'zh-CN')).toBeNull();
    expect(
      serverFieldErrors(new ApiError(400, 'VALIDATION_FAILED', 'x', [{ field: 'version' }]), 'zh-CN'),
    ).toBeNull();
    expect(serverFieldErrors(new Error('boom'), 'zh-CN')).toBeNull();
  });
});
