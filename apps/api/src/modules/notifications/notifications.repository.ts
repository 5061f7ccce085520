import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { NotificationKind, NotificationView } from '@plan/contracts';

export type NewNotification = {
  personId: string;
  kind: NotificationKind;
  params: Record<string, string>;
  link: string | null;
};

const LIST_LIMIT = 50;

@Injectable()
export class NotificationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insertMany(m: EntityManager, workspaceId: string, items: NewNotification[]): Promise<void> {
    if (items.length === 0) return;
    await m.query(
      `INSERT INTO notifications (workspace_id, person_id, kind, params, link)
       SELECT $1, p, k, pa::jsonb, l FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[]) AS x(p, k, pa, l)`,
      [
        workspaceId,
        items.map((i) => i.personId),
        items.map((i) => i.kind),
        items.map((i) => JSON.stringify(i.params)),
        items.map((i) => i.link),
      ],
    );
  }

  async list(personId: string): Promise<{ items: NotificationView[]; unread: number }> {
    const [items, counts] = await Promise.all([
      this.dataSource.query(
        `SELECT id, kind, params, link, created_at AS "createdAt", read_at AS "readAt"
           FROM notifications WHERE person_id = $1 ORDER BY created_at DESC, id DESC LIMIT ${LIST_LIMIT}`,
        [personId],
      ),
      this.dataSource.query(
        `SELECT count(*)::int AS n FROM notifications WHERE person_id = $1 AND read_at IS NULL`,
        [personId],
      ),
    ]);
    return {
      items: items.map((r: NotificationView & { createdAt: Date; readAt: Date | null }) => ({
        ...r,
        createdAt: new Date(r.createdAt).toISOString(),
        readAt: r.readAt ? new Date(r.readAt).toISOString() : null,
      })),
      unread: counts[0].n,
    };
  }

  // Returns how many rows changed; a notification of someone else counts as not found.
  async markRead(m: EntityManager, personId: string, id: string | null): Promise<string[]> {
    const rows: { id: string }[] = await m.query(
      `UPDATE notifications SET read_at = now()
        WHERE person_id = $1 AND read_at IS NULL AND ($2::uuid IS NULL OR id = $2) RETURNING id`,
      [personId, id],
    );
    return rows.map((r) => r.id);
  }

  async exists(personId: string, id: string): Promise<boolean> {
    return (
      (
        await this.dataSource.query(`SELECT 1 FROM notifications WHERE id = $1 AND person_id = $2`, [
          id,
          personId,
        ])
      ).length > 0
    );
  }
}
