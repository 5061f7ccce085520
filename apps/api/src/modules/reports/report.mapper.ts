import type { AttachmentView, ProgressReportView } from '@plan/contracts';
import { isoSql } from '../../database/sql-json';

export const REPORT_COLUMNS = `pr.id, pr.task_id AS "taskId", pr.period, pr.reported_state AS "reportedState", pr.progress,
  pr.achievements, pr.problems, pr.next_steps AS "nextSteps", pr.suspended_reason AS "suspendedReason", pr.status,
  a.id AS "authorId", a.display_name AS "authorName", pr.submitted_at AS "submittedAt",
  rv.id AS "reviewerId", rv.display_name AS "reviewerName", pr.reviewed_at AS "reviewedAt", pr.review_comment AS "reviewComment",
  pr.version, pr.created_at AS "createdAt", pr.updated_at AS "updatedAt",
  COALESCE((SELECT json_agg(json_build_object('id', ra.id, 'reportId', ra.report_id, 'fileName', ra.file_name,
                    'contentType', ra.content_type, 'size', ra.size, 'sha256', ra.sha256, 'createdAt', ra.created_at)
                    ORDER BY ra.created_at, ra.id)
              FROM report_attachments ra WHERE ra.report_id = pr.id), '[]'::json) AS attachments`;

export const REPORT_JOINS = `FROM progress_reports pr JOIN people a ON a.id = pr.author_id LEFT JOIN people rv ON rv.id = pr.reviewed_by_id`;

// The same object as toReportView, written by PostgreSQL (with REPORT_JOINS).
export const REPORT_JSON = `json_build_object('id', pr.id, 'taskId', pr.task_id, 'period', pr.period,
  'reportedState', pr.reported_state, 'progress', pr.progress, 'achievements', pr.achievements, 'problems', pr.problems,
  'nextSteps', pr.next_steps, 'suspendedReason', pr.suspended_reason, 'status', pr.status,
  'author', json_build_object('id', a.id, 'displayName', a.display_name), 'submittedAt', ${isoSql('pr.submitted_at')},
  'reviewedBy', CASE WHEN rv.id IS NULL THEN NULL ELSE json_build_object('id', rv.id, 'displayName', rv.display_name) END,
  'reviewedAt', ${isoSql('pr.reviewed_at')}, 'reviewComment', pr.review_comment,
  'attachments', COALESCE((SELECT json_agg(json_build_object('id', ra.id, 'reportId', ra.report_id, 'fileName', ra.file_name,
                    'contentType', ra.content_type, 'size', ra.size, 'sha256', ra.sha256, 'createdAt', ${isoSql('ra.created_at')})
                    ORDER BY ra.created_at, ra.id)
              FROM report_attachments ra WHERE ra.report_id = pr.id), '[]'::json),
  'version', pr.version, 'createdAt', ${isoSql('pr.created_at')}, 'updatedAt', ${isoSql('pr.updated_at')})`;

const iso = (d: unknown) => (d ? (d as Date).toISOString() : null);

export function toReportView(r: Record<string, unknown>): ProgressReportView {
  return {
    id: r.id as string,
    taskId: r.taskId as string,
    period: r.period as string,
    reportedState: r.reportedState as ProgressReportView['reportedState'],
    progress: r.progress as number,
    achievements: r.achievements as string,
    problems: r.problems as string,
    nextSteps: r.nextSteps as string,
    suspendedReason: (r.suspendedReason as string | null) ?? null,
    status: r.status as ProgressReportView['status'],
    author: { id: r.authorId as string, displayName: r.authorName as string },
    submittedAt: iso(r.submittedAt),
    reviewedBy: r.reviewerId ? { id: r.reviewerId as string, displayName: r.reviewerName as string } : null,
    reviewedAt: iso(r.reviewedAt),
    reviewComment: (r.reviewComment as string | null) ?? null,
    attachments: (r.attachments as AttachmentView[]).map((a) => ({
      ...a,
      createdAt: new Date(a.createdAt).toISOString(),
    })),
    version: r.version as number,
    createdAt: iso(r.createdAt) as string,
    updatedAt: iso(r.updatedAt) as string,
  };
}
