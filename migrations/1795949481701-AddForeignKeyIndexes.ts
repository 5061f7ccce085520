import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddForeignKeyIndexes1795949481701 implements MigrationInterface {
  name = 'AddForeignKeyIndexes1795949481701';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_people_unit" ON "people"  ("unit_id") `);
    await queryRunner.query(`CREATE INDEX "ix_tasks_updated_by" ON "tasks"  ("updated_by_id") `);
    await queryRunner.query(`CREATE INDEX "ix_tasks_created_by" ON "tasks"  ("created_by_id") `);
    await queryRunner.query(`CREATE INDEX "ix_tasks_lead_unit" ON "tasks"  ("lead_unit_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_milestones_completed_by" ON "milestones"  ("completed_by_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_progress_reports_reviewed_by" ON "progress_reports"  ("reviewed_by_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_progress_reports_author" ON "progress_reports"  ("author_id") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_task_sectors_sector" ON "task_sectors"  ("sector_code") `);
    await queryRunner.query(`CREATE INDEX "ix_task_units_unit" ON "task_units"  ("unit_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_task_units_unit"`);
    await queryRunner.query(`DROP INDEX "public"."ix_task_sectors_sector"`);
    await queryRunner.query(`DROP INDEX "public"."ix_progress_reports_author"`);
    await queryRunner.query(`DROP INDEX "public"."ix_progress_reports_reviewed_by"`);
    await queryRunner.query(`DROP INDEX "public"."ix_milestones_completed_by"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tasks_lead_unit"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tasks_created_by"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tasks_updated_by"`);
    await queryRunner.query(`DROP INDEX "public"."ix_people_unit"`);
  }
}
