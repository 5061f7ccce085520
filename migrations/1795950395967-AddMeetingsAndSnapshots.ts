import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddMeetingsAndSnapshots1795950395967 implements MigrationInterface {
  name = 'AddMeetingsAndSnapshots1795950395967';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "held_on" date NOT NULL, "as_of" date NOT NULL, "frozen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "summary" jsonb NOT NULL, "task_count" integer NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_meetings_title" CHECK (length(btrim(title)) > 0), CONSTRAINT "pk_meetings" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_meetings_created_by" ON "meetings"  ("created_by_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_meetings_workspace_held" ON "meetings"  ("workspace_id", "held_on", "frozen_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting_tasks" ("meeting_id" uuid NOT NULL, "task_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "code" character varying(32) NOT NULL, "title" character varying(300) NOT NULL, "requirement" text NOT NULL, "measure_code" character varying(32) NOT NULL, "measure_name_zh" character varying(200) NOT NULL, "measure_name_en" character varying(300) NOT NULL, "region_code" character(6) NOT NULL, "region_name_zh" character varying(64) NOT NULL, "region_name_en" character varying(64) NOT NULL, "sectors" text array NOT NULL, "lead_unit_id" uuid NOT NULL, "lead_unit_name_zh" character varying(200) NOT NULL, "lead_unit_name_en" character varying(300) NOT NULL, "cooperating_unit_ids" uuid array NOT NULL, "cooperating_units_zh" text NOT NULL, "cooperating_units_en" text NOT NULL, "responsible_name" character varying(100) NOT NULL, "start_date" date NOT NULL, "due_date" date, "progress" smallint NOT NULL, "reported_state" character varying(16) NOT NULL, "suspended_reason" text, "state" character varying(16) NOT NULL, "light" character varying(8) NOT NULL, "expected" numeric(4,1), "gap" numeric(5,1), "days_late" integer NOT NULL, "report_missing" boolean NOT NULL, "latest_period" character(7), "achievements" text NOT NULL, "problems" text NOT NULL, "next_steps" text NOT NULL, "source_meeting_id" uuid, CONSTRAINT "pk_meeting_tasks" PRIMARY KEY ("meeting_id", "task_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_meeting_tasks_task" ON "meeting_tasks"  ("task_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_meeting_tasks_workspace" ON "meeting_tasks"  ("workspace_id") `,
    );
    await queryRunner.query(`ALTER TABLE "tasks" ADD "source_meeting_id" uuid`);
    await queryRunner.query(`CREATE INDEX "ix_tasks_source_meeting" ON "tasks"  ("source_meeting_id") `);
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "fk_meetings_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "fk_meetings_created_by" FOREIGN KEY ("created_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tasks" ADD CONSTRAINT "fk_tasks_source_meeting" FOREIGN KEY ("source_meeting_id") REFERENCES "meetings"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_tasks" ADD CONSTRAINT "fk_meeting_tasks_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_tasks" ADD CONSTRAINT "fk_meeting_tasks_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Snapshots are written once: the database refuses any UPDATE, whoever asks.
    await queryRunner.query(
      `CREATE FUNCTION luoshi_refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'rows of % are immutable', TG_TABLE_NAME USING ERRCODE = '55000'; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER tr_meetings_immutable BEFORE UPDATE ON "meetings" FOR EACH ROW EXECUTE FUNCTION luoshi_refuse_update()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER tr_meeting_tasks_immutable BEFORE UPDATE ON "meeting_tasks" FOR EACH ROW EXECUTE FUNCTION luoshi_refuse_update()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER tr_meeting_tasks_immutable ON "meeting_tasks"`);
    await queryRunner.query(`DROP TRIGGER tr_meetings_immutable ON "meetings"`);
    await queryRunner.query(`DROP FUNCTION luoshi_refuse_update()`);
    await queryRunner.query(`ALTER TABLE "meeting_tasks" DROP CONSTRAINT "fk_meeting_tasks_workspace"`);
    await queryRunner.query(`ALTER TABLE "meeting_tasks" DROP CONSTRAINT "fk_meeting_tasks_meeting"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "fk_tasks_source_meeting"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "fk_meetings_created_by"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "fk_meetings_workspace"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tasks_source_meeting"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP COLUMN "source_meeting_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_meeting_tasks_workspace"`);
    await queryRunner.query(`DROP INDEX "public"."ix_meeting_tasks_task"`);
    await queryRunner.query(`DROP TABLE "meeting_tasks"`);
    await queryRunner.query(`DROP INDEX "public"."ix_meetings_workspace_held"`);
    await queryRunner.query(`DROP INDEX "public"."ix_meetings_created_by"`);
    await queryRunner.query(`DROP TABLE "meetings"`);
  }
}
