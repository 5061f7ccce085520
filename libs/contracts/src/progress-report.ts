import type { AttachmentView } from './reporting';
import type { ReportedState } from './task';

export const REVIEW_STATES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const REPORT_TEXT_MAX = 5000;

export type ProgressReportView = {
  id: string;
  taskId: string;
  period: string;
  reportedState: ReportedState;
  progress: number;
  achievements: string;
  problems: string;
  nextSteps: string;
  suspendedReason: string | null;
  status: ReviewState;
  author: { id: string; displayName: string };
  submittedAt: string | null;
  reviewedBy: { id: string; displayName: string } | null;
  reviewedAt: string | null;
  reviewComment: string | null;
  attachments: AttachmentView[];
  version: number;
  createdAt: string;
  updatedAt: string;
};
