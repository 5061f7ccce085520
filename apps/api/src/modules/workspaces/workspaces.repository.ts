import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { todayIn, type Cadence } from '@plan/contracts';
import { prepared } from '../../database/workspace-scope';

export type WorkspaceSettings = {
  id: string;
  name: string;
  timezone: string;
  cadence: Cadence;
  dueDay: number;
};

const SETTINGS = prepared(
  `SELECT id, name, timezone, reporting_cadence AS cadence, report_due_day AS "dueDay" FROM workspaces WHERE id = $1`,
);

@Injectable()
export class WorkspacesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async settings(
    workspaceId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<WorkspaceSettings> {
    const rows = await manager.query(SETTINGS, [workspaceId]);
    return rows[0];
  }
}

// "Today" is the calendar date where the workspace is, not where the server is.
export const workspaceToday = (s: WorkspaceSettings, now = new Date()) => todayIn(s.timezone, now);
