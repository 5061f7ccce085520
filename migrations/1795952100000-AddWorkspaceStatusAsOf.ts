import { MigrationInterface, QueryRunner } from 'typeorm';

// The day through which every task's stored schedule status has been checked (the daily refresh sets it when
// it finishes), so the refresh rewrites only the rows whose status changed instead of stamping every row.
export class AddWorkspaceStatusAsOf1795952100000 implements MigrationInterface {
  name = 'AddWorkspaceStatusAsOf1795952100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "workspaces" ADD "status_as_of" date`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "workspaces" DROP COLUMN "status_as_of"`);
  }
}
