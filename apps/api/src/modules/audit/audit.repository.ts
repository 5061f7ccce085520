import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuditEventView } from '@plan/contracts';
import type { AuditCursor } from './audit-cursor';
import type { ListAuditQuery } from './dto/list-audit.query';

type Row = Omit<AuditEventView, 'actor' | 'at'> & {
  at: Date;
  atKey: string;
  actorId: string | null;
  actorUsername: string | null;
  actorName: string | null;
};

@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(
    workspaceId: string,
    timezone: string,
    q: ListAuditQuery,
    limit: number,
    after: AuditCursor | null,
  ): Promise<{ items: AuditEventView[]; last: AuditCursor | null; hasMore: boolean }> {
    const prefix = q.action?.endsWith('.') ? q.action : null;
    const rows: Row[] = await this.dataSource.query(
      `SELECT e.id::text AS id, e.at, e.at::text AS "atKey", e.action, e.entity, e.entity_id AS "entityId",
              e.before, e.after, e.request_id AS "requestId", e.ip,
              e.actor_id AS "actorId", p.username AS "actorUsername", p.display_name AS "actorName"
         FROM audit_events e
         LEFT JOIN people p ON p.id = e.actor_id
        WHERE e.workspace_id = $1
          AND ($2::text IS NULL OR e.action = $2)
          AND ($3::text IS NULL OR e.action LIKE $3 || '%')
          AND ($4::text IS NULL OR e.entity = $4)
          AND ($5::text IS NULL OR e.entity_id = $5)
          AND ($6::uuid IS NULL OR e.actor_id = $6)
          AND ($7::date IS NULL OR e.at >= ($7::date)::timestamp AT TIME ZONE $9)
          AND ($8::date IS NULL OR e.at < ($8::date + 1)::timestamp AT TIME ZONE $9)
          AND ($10::timestamptz IS NULL OR (e.at, e.id) < ($10::timestamptz, $11::bigint))
        ORDER BY e.at DESC, e.id DESC
        LIMIT $12`,
      [
        workspaceId,
        prefix ? null : (q.action ?? null),
        prefix,
        q.entity ?? null,
        q.entityId ?? null,
        q.actorId ?? null,
        q.from ?? null,
        q.to ?? null,
        timezone,
        after?.at ?? null,
        after?.id ?? null,
        limit + 1,
      ],
    );
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map((r) => ({
        id: r.id,
        at: new Date(r.at).toISOString(),
        action: r.action,
        entity: r.entity,
        entityId: r.entityId,
        actor: r.actorId
          ? { id: r.actorId, username: r.actorUsername ?? '', displayName: r.actorName ?? '' }
          : null,
        before: r.before,
        after: r.after,
        requestId: r.requestId,
        ip: r.ip,
      })),
      last: last ? { at: last.atKey, id: last.id } : null,
      hasMore: rows.length > limit,
    };
  }
}
