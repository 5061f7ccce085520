import { REPORT_TEXT_MAX } from '@plan/contracts';
import type { ReportValues } from './report-values';

export type ReportField =
  'reportedState' | 'progress' | 'achievements' | 'problems' | 'nextSteps' | 'suspendedReason';
export type ReportIssue = 'required' | 'progressRange' | 'completedNeeds100' | 'tooLong';
export type ReportErrors = Partial<Record<ReportField, ReportIssue>>;

// In the order the form shows them, so the error summary reads top to bottom.
export const REPORT_FIELD_ORDER: readonly ReportField[] = [
  'reportedState',
  'progress',
  'suspendedReason',
  'achievements',
  'problems',
  'nextSteps',
];

const TEXT_FIELDS = ['achievements', 'problems', 'nextSteps', 'suspendedReason'] as const;

// 'draft': what the server refuses even for a draft (so autosave would fail);
// 'submit': what a report needs before it goes to the unit head.
export const validateReport = (values: ReportValues, mode: 'draft' | 'submit'): ReportErrors => {
  const errors: ReportErrors = {};
  const { progress } = values;
  if (progress === null || !Number.isInteger(progress) || progress < 0 || progress > 100) {
    errors.progress = progress === null && mode === 'submit' ? 'required' : 'progressRange';
  } else if (values.reportedState === 'completed' && progress !== 100) {
    errors.progress = 'completedNeeds100';
  }
  if (values.reportedState === 'suspended' && !values.suspendedReason.trim()) {
    errors.suspendedReason = 'required';
  }
  for (const field of TEXT_FIELDS) {
    if (values[field].length > REPORT_TEXT_MAX) errors[field] = 'tooLong';
  }
  if (mode === 'submit') {
    if (!errors.achievements && !values.achievements.trim()) errors.achievements = 'required';
    // A completed task has no next steps to plan.
    if (!errors.nextSteps && values.reportedState !== 'completed' && !values.nextSteps.trim()) {
      errors.nextSteps = 'required';
    }
  }
  return errors;
};

export const orderedErrors = (errors: ReportErrors): [ReportField, ReportIssue][] =>
  REPORT_FIELD_ORDER.flatMap((field) => {
    const issue = errors[field];
    return issue ? [[field, issue] as [ReportField, ReportIssue]] : [];
  });

export const hasErrors = (errors: ReportErrors): boolean => Object.keys(errors).length > 0;

// The number box accepts what people type ("", "45", "045"); anything else is kept as NaN for the error.
export const parseProgressInput = (text: string): number | null => {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
};
