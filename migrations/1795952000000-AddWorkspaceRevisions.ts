import { MigrationInterface, QueryRunner } from 'typeorm';

// A per-workspace revision: every audited change bumps one of a few slots in its own transaction, so the
// sum of a workspace's slots changes exactly when its data does. Read-side caches key on it.
export class AddWorkspaceRevisions1795952000000 implements MigrationInterface {
  name = 'AddWorkspaceRevisions1795952000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "workspace_revisions" ("workspace_id" uuid NOT NULL, "slot" smallint NOT NULL, "revision" bigint NOT NULL DEFAULT '0', CONSTRAINT "pk_workspace_revisions" PRIMARY KEY ("workspace_id", "slot"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "workspace_revisions" ADD CONSTRAINT "fk_workspace_revisions_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "workspace_revisions" DROP CONSTRAINT "fk_workspace_revisions_workspace"`,
    );
    await queryRunner.query(`DROP TABLE "workspace_revisions"`);
  }
}
