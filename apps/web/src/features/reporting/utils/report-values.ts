import type { ProgressReportView, ReportedState, TaskListItem } from '@plan/contracts';

// What the form edits. progress is null while the number box is empty.
export type ReportValues = {
  reportedState: ReportedState;
  progress: number | null;
  achievements: string;
  problems: string;
  nextSteps: string;
  suspendedReason: string;
};

export type ReportBody = {
  reportedState: ReportedState;
  progress: number;
  achievements: string;
  problems: string;
  nextSteps: string;
  suspendedReason: string;
};

export const REPORT_TEXT_FIELDS = ['achievements', 'problems', 'nextSteps'] as const;

export const blankReportValues = (
  task?: Pick<TaskListItem, 'progress' | 'reportedState'> | null,
): ReportValues => ({
  reportedState: task?.reportedState ?? 'in_progress',
  progress: task?.progress ?? 0,
  achievements: '',
  problems: '',
  nextSteps: '',
  suspendedReason: '',
});

export const valuesFromReport = (report: ProgressReportView): ReportValues => ({
  reportedState: report.reportedState,
  progress: report.progress,
  achievements: report.achievements,
  problems: report.problems,
  nextSteps: report.nextSteps,
  suspendedReason: report.suspendedReason ?? '',
});

// Only call with values that passed validateReport(…, 'draft'): progress is then an integer.
export const toReportBody = (values: ReportValues): ReportBody => ({
  reportedState: values.reportedState,
  progress: values.progress ?? 0,
  achievements: values.achievements,
  problems: values.problems,
  nextSteps: values.nextSteps,
  // The reason belongs to a suspended report only; an empty string clears it on the server.
  suspendedReason: values.reportedState === 'suspended' ? values.suspendedReason : '',
});

export const sameValues = (a: ReportValues, b: ReportValues): boolean =>
  a.reportedState === b.reportedState &&
  a.progress === b.progress &&
  a.achievements === b.achievements &&
  a.problems === b.problems &&
  a.nextSteps === b.nextSteps &&
  (a.reportedState !== 'suspended' || a.suspendedReason === b.suspendedReason);

export const hasContent = (values: ReportValues): boolean =>
  REPORT_TEXT_FIELDS.some((field) => values[field].trim() !== '') || values.suspendedReason.trim() !== '';
