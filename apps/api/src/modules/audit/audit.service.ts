import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AuditEntity } from '@plan/contracts';
import { bumpRevisionSql } from './workspace-revision';

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

// Written with the caller's transaction manager, so an event exists exactly when its change does, and so
// does the workspace's new revision (workspace-revision.ts).
@Injectable()
export class AuditService {
  async record(manager: EntityManager, actor: AuditActor, event: AuditRecord): Promise<void> {
    // Sessions change no figure; everything else may, so read-side caches must see a new revision.
    const bump = Boolean(actor.workspaceId) && event.entity !== 'session';
    await manager.query(
      `${bump ? `WITH bump AS (${bumpRevisionSql('$1')}) ` : ''}
       INSERT INTO audit_events (workspace_id, actor_id, action, entity, entity_id, before, after, request_id, ip)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        actor.workspaceId,
        actor.actorId,
        event.action,
        event.entity,
        event.entityId,
        event.before === undefined ? null : JSON.stringify(event.before),
        event.after === undefined ? null : JSON.stringify(event.after),
        actor.requestId,
        actor.ip,
      ],
    );
  }
}
