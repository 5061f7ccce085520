import { REPORT_TEXT_MAX } from '@plan/contracts';
import { orderedErrors, parseProgressInput, validateReport } from './report-validation';
import type { ReportValues } from './report-values';

const values = (overrides: Partial<ReportValues> = {}): ReportValues => ({
  reportedState: 'in_progress',
  progress: 50,
  achievements: '完成了遴选',
  problems: '',
  nextSteps: '组织评估',
  suspendedReason: '',
  ...overrides,
});

describe(validateReport.name, () => {
  it('accepts a complete report', () => {
    expect(validateReport(values(), 'submit')).toEqual({});
  });

  it('lets a draft be empty but not inconsistent', () => {
    expect(validateReport(values({ achievements: '', nextSteps: '' }), 'draft')).toEqual({});
    expect(validateReport(values({ reportedState: 'completed', progress: 80 }), 'draft')).toEqual({
      progress: 'completedNeeds100',
    });
    expect(validateReport(values({ reportedState: 'suspended' }), 'draft')).toEqual({
      suspendedReason: 'required',
    });
  });

  it('checks progress is a whole number from 0 to 100', () => {
    expect(validateReport(values({ progress: 101 }), 'draft')).toEqual({ progress: 'progressRange' });
    expect(validateReport(values({ progress: -1 }), 'draft')).toEqual({ progress: 'progressRange' });
    expect(validateReport(values({ progress: 12.5 }), 'draft')).toEqual({ progress: 'progressRange' });
    expect(validateReport(values({ progress: Number.NaN }), 'draft')).toEqual({ progress: 'progressRange' });
    expect(validateReport(values({ progress: null }), 'draft')).toEqual({ progress: 'progressRange' });
    expect(validateReport(values({ progress: null }), 'submit')).toEqual({ progress: 'required' });
  });

  it('needs what was done, and next steps unless the task is completed', () => {
    expect(validateReport(values({ achievements: '  ', nextSteps: '' }), 'submit')).toEqual({
      achievements: 'required',
      nextSteps: 'required',
    });
    expect(
      validateReport(values({ reportedState: 'completed', progress: 100, nextSteps: '' }), 'submit'),
    ).toEqual({});
  });

  it('limits every text to the API maximum', () => {
    const long = 'x'.repeat(REPORT_TEXT_MAX + 1);
    expect(validateReport(values({ problems: long }), 'draft')).toEqual({ problems: 'tooLong' });
    expect(validateReport(values({ achievements: long }), 'submit')).toEqual({ achievements: 'tooLong' });
  });

  it('orders errors as the form shows the fields', () => {
    const errors = validateReport(
      values({ reportedState: 'suspended', achievements: '', nextSteps: '', progress: 300 }),
      'submit',
    );
    expect(orderedErrors(errors).map(([field]) => field)).toEqual([
      'progress',
      'suspendedReason',
      'achievements',
      'nextSteps',
    ]);
  });
});

describe(parseProgressInput.name, () => {
  it('reads whole numbers and keeps anything else as an error', () => {
    expect(parseProgressInput('')).toBeNull();
    expect(parseProgressInput(' 45 ')).toBe(45);
    expect(parseProgressInput('007')).toBe(7);
    expect(parseProgressInput('4.5')).toBeNaN();
    expect(parseProgressInput('-3')).toBeNaN();
  });
});
