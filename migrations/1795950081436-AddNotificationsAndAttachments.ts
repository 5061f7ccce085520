import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddNotificationsAndAttachments1795950081436 implements MigrationInterface {
  name = 'AddNotificationsAndAttachments1795950081436';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "report_attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "report_id" uuid NOT NULL, "file_name" character varying(255) NOT NULL, "content_type" character varying(128) NOT NULL, "size" integer NOT NULL, "sha256" character(64) NOT NULL, "content" bytea NOT NULL, "uploaded_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_report_attachments_sha256" CHECK (sha256 ~ '^[0-9a-f]{64}$'), CONSTRAINT "ck_report_attachments_size" CHECK (size > 0), CONSTRAINT "pk_report_attachments" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_report_attachments_uploaded_by" ON "report_attachments"  ("uploaded_by_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_report_attachments_report" ON "report_attachments"  ("report_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "person_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "params" jsonb NOT NULL DEFAULT '{}', "link" character varying(300), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_notifications_kind" CHECK (kind IN ('report_reminder', 'report_returned', 'report_approved')), CONSTRAINT "pk_notifications" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notifications_person" ON "notifications"  ("person_id", "read_at", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "report_attachments" ADD CONSTRAINT "fk_report_attachments_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_attachments" ADD CONSTRAINT "fk_report_attachments_report" FOREIGN KEY ("report_id") REFERENCES "progress_reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_attachments" ADD CONSTRAINT "fk_report_attachments_uploaded_by" FOREIGN KEY ("uploaded_by_id") REFERENCES "people"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "fk_notifications_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "fk_notifications_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "fk_notifications_person"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "fk_notifications_workspace"`);
    await queryRunner.query(
      `ALTER TABLE "report_attachments" DROP CONSTRAINT "fk_report_attachments_uploaded_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_attachments" DROP CONSTRAINT "fk_report_attachments_report"`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_attachments" DROP CONSTRAINT "fk_report_attachments_workspace"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_notifications_person"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP INDEX "public"."ix_report_attachments_report"`);
    await queryRunner.query(`DROP INDEX "public"."ix_report_attachments_uploaded_by"`);
    await queryRunner.query(`DROP TABLE "report_attachments"`);
  }
}
