import { MigrationInterface, QueryRunner } from 'typeorm';

// A bulk load (the seed) sets this for its transaction, computes every status, then writes its tasks' list
// items once (luoshi_render_task_items_now) and unsets it: the triggers of AddTaskListItems would otherwise
// write each item once per statement that touches the task (its insert, its sectors, its status).
export const DEFER_LIST_ITEMS = 'luoshi.defer_list_items';

// The triggers call luoshi_render_task_items by name: it becomes a wrapper that honours the setting around the
// renamed original.
export class DeferTaskListItems1795960000000 implements MigrationInterface {
  name = 'DeferTaskListItems1795960000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER FUNCTION luoshi_render_task_items(uuid[]) RENAME TO luoshi_render_task_items_now`);
    await q.query(`CREATE FUNCTION luoshi_render_task_items(p_task_ids uuid[]) RETURNS void
      LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
      BEGIN
        IF current_setting('${DEFER_LIST_ITEMS}', true) = 'on' THEN RETURN; END IF;
        PERFORM luoshi_render_task_items_now(p_task_ids);
      END $$`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION luoshi_render_task_items(uuid[])`);
    await q.query(`ALTER FUNCTION luoshi_render_task_items_now(uuid[]) RENAME TO luoshi_render_task_items`);
  }
}
