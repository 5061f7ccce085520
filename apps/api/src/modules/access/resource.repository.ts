import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { prepared } from '../../database/workspace-scope';
import type { ResourceKind } from './route-policy';

// Where a row sits: which task it belongs to, that task's lead unit and region, and whether the
// caller's unit cooperates on it. Null when the row is not in the workspace.
export type ResourcePlace = {
  leadUnitId: string | null;
  regionCode: string | null;
  cooperating: boolean;
};

const TASK_PLACE = `t.lead_unit_id AS "leadUnitId", t.region_code AS "regionCode",
  EXISTS (SELECT 1 FROM task_units tu WHERE tu.task_id = t.id AND tu.unit_id = $3) AS cooperating`;

const SQL: Record<ResourceKind, string> = {
  task: `SELECT ${TASK_PLACE} FROM tasks t WHERE t.id = $1 AND t.workspace_id = $2`,
  report: `SELECT ${TASK_PLACE} FROM progress_reports r JOIN tasks t ON t.id = r.task_id
            WHERE r.id = $1 AND r.workspace_id = $2`,
  attachment: `SELECT ${TASK_PLACE} FROM report_attachments a JOIN progress_reports r ON r.id = a.report_id
                 JOIN tasks t ON t.id = r.task_id WHERE a.id = $1 AND a.workspace_id = $2`,
  meeting: `SELECT NULL AS "leadUnitId", NULL AS "regionCode", false AS cooperating, $3::uuid AS unit
              FROM meetings WHERE id = $1 AND workspace_id = $2`,
};

@Injectable()
export class ResourceRepository {
  constructor(private readonly dataSource: DataSource) {}

  async place(
    kind: ResourceKind,
    id: string,
    workspaceId: string,
    unitId: string,
  ): Promise<ResourcePlace | null> {
    const rows: ResourcePlace[] = await this.dataSource.query(prepared(SQL[kind]), [id, workspaceId, unitId]);
    return rows[0] ?? null;
  }
}
