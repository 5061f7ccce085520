import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AuditEntity } from '@plan/contracts';
import { bumpRevisionSql } from './workspace-revision';
import { prepared } from '../../database/workspace-scope';

export type AuditActor = {
  workspaceId: string | null;
  actorId: string | null;
  requestId: string | null;
  ip: string | null;
};

export type AuditRecord = {
  action: string;
  entity: AuditEntity;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
};

const INSERT = `INSERT INTO audit_events (workspace_id, actor_id, action, entity, entity_id, before, after, request_id, ip)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`;
const INSERT_AND_BUMP = `WITH bump AS (${bumpRevisionSql('$1')}) ${INSERT}`;

const isDraft = (report: unknown) =>
  report === undefined || report === null || (report as { status?: unknown }).status === 'draft';

// What no figure reads: sessions, notifications, evidence files, and draft reports (a report counts from
// its submission on — the dashboard, the task list and the statuses read submitted and approved reports
// only), so saving a draft every few seconds does not throw away every cached dashboard.
export function changesFigures(event: AuditRecord): boolean {
  if (event.entity === 'session' || event.entity === 'notification' || event.entity === 'report_attachment')
    return false;
  if (event.entity === 'progress_report') return !(isDraft(event.before) && isDraft(event.after));
  return true;
}

// Written with the caller's transaction manager, so an event exists exactly when its change does, and so
// does the workspace's new revision (workspace-revision.ts).
@Injectable()
export class AuditService {
  async record(manager: EntityManager, actor: AuditActor, event: AuditRecord): Promise<void> {
    // Read-side caches (dashboard, list totals) must see a new revision after any change to a figure.
    const bump = Boolean(actor.workspaceId) && changesFigures(event);
    await manager.query(prepared(bump ? INSERT_AND_BUMP : INSERT), [
      actor.workspaceId,
      actor.actorId,
      event.action,
      event.entity,
      event.entityId,
      event.before === undefined ? null : JSON.stringify(event.before),
      event.after === undefined ? null : JSON.stringify(event.after),
      actor.requestId,
      actor.ip,
    ]);
  }
}
