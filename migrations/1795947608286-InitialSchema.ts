import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795947608286 implements MigrationInterface {
  name = 'InitialSchema1795947608286';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_events" ("id" BIGSERIAL NOT NULL, "workspace_id" uuid, "actor_id" uuid, "action" character varying(64) NOT NULL, "entity" character varying(64) NOT NULL, "entity_id" character varying(64), "before" jsonb, "after" jsonb, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "request_id" character varying(64), "ip" character varying(64), CONSTRAINT "pk_audit_events" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_events_entity" ON "audit_events"  ("workspace_id", "entity", "entity_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_events_workspace_at" ON "audit_events"  ("workspace_id", "at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "regions" ("code" character(6) NOT NULL, "name_zh" character varying(64) NOT NULL, "name_en" character varying(64) NOT NULL, "short" character varying(4) NOT NULL, "abbr_zh" character varying(4), "type" character varying(32) NOT NULL, "sort_order" smallint NOT NULL, CONSTRAINT "pk_regions" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "workspaces" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(64) NOT NULL, "name" character varying(200) NOT NULL, "timezone" character varying(64) NOT NULL DEFAULT 'Asia/Shanghai', "reporting_cadence" character varying(10) NOT NULL DEFAULT 'month', "report_due_day" smallint NOT NULL DEFAULT '5', "data_revision" bigint NOT NULL DEFAULT '0', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_d3fe9fbf2cec194b3fcf7c03b3b" UNIQUE ("code"), CONSTRAINT "ck_workspaces_due_day" CHECK (report_due_day BETWEEN 1 AND 28), CONSTRAINT "ck_workspaces_cadence" CHECK (reporting_cadence IN ('month', 'quarter')), CONSTRAINT "pk_workspaces" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "units" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "code" character varying(64) NOT NULL, "name_zh" character varying(200) NOT NULL, "name_en" character varying(300) NOT NULL, "region_code" character(6) NOT NULL, "level" character varying(16) NOT NULL, "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_units_level" CHECK (level IN ('central', 'provincial', 'local')), CONSTRAINT "pk_units" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_units_workspace_region" ON "units"  ("workspace_id", "region_code") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_units_workspace_code" ON "units"  ("workspace_id", "code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "people" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "username" character varying(64) NOT NULL, "display_name" character varying(100) NOT NULL, "role" character varying(16) NOT NULL, "password_hash" character varying(255) NOT NULL, "locale" character varying(8) NOT NULL DEFAULT 'zh-CN', "region_scope" character(6), "email" character varying(200), "phone" character varying(32), "active" boolean NOT NULL DEFAULT true, "failed_logins" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "last_login_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_419f6907f97a4fc72335a2df96d" UNIQUE ("username"), CONSTRAINT "ck_people_username_lower" CHECK (username = lower(username)), CONSTRAINT "ck_people_locale" CHECK (locale IN ('zh-CN', 'en')), CONSTRAINT "ck_people_role" CHECK (role IN ('admin', 'leader', 'unit_head', 'staff', 'viewer')), CONSTRAINT "pk_people" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_people_workspace_unit" ON "people"  ("workspace_id", "unit_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "workspace_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ip" character varying(64), "user_agent" character varying(300), CONSTRAINT "UQ_abaa9e068cdd390bc5210f79884" UNIQUE ("token_hash"), CONSTRAINT "pk_sessions" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_sessions_expires" ON "sessions"  ("expires_at") `);
    await queryRunner.query(`CREATE INDEX "ix_sessions_person" ON "sessions"  ("person_id") `);
    await queryRunner.query(
      `CREATE TABLE "measures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "code" character varying(32) NOT NULL, "sort_order" smallint NOT NULL, "name_zh" character varying(200) NOT NULL, "name_en" character varying(300) NOT NULL, "summary_zh" text NOT NULL DEFAULT '', "summary_en" text NOT NULL DEFAULT '', CONSTRAINT "pk_measures" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_measures_workspace_code" ON "measures"  ("workspace_id", "code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "tasks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "code" character varying(32) NOT NULL, "title" character varying(300) NOT NULL, "requirement" text NOT NULL DEFAULT '', "measure_id" uuid NOT NULL, "region_code" character(6) NOT NULL, "lead_unit_id" uuid NOT NULL, "responsible_person_id" uuid NOT NULL, "start_date" date NOT NULL, "due_date" date, "progress" smallint NOT NULL DEFAULT '0', "reported_state" character varying(16) NOT NULL DEFAULT 'not_started', "suspended_reason" text, "latest_report_id" uuid, "completed_on" date, "status_expected" numeric(4,1), "status_gap" numeric(5,1), "status_days_late" integer NOT NULL DEFAULT '0', "status_state" character varying(16) NOT NULL DEFAULT 'not_started', "status_light" character varying(8) NOT NULL DEFAULT 'green', "status_as_of" date, "archived_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_by_id" uuid, "updated_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_tasks_status_light" CHECK (status_light IN ('green', 'yellow', 'red', 'grey')), CONSTRAINT "ck_tasks_status_state" CHECK (status_state IN ('not_started', 'ahead', 'on_track', 'behind', 'overdue', 'completed', 'suspended')), CONSTRAINT "ck_tasks_reported_state" CHECK (reported_state IN ('not_started', 'in_progress', 'completed', 'suspended')), CONSTRAINT "ck_tasks_title" CHECK (length(btrim(title)) > 0), CONSTRAINT "ck_tasks_dates" CHECK (due_date IS NULL OR due_date >= start_date), CONSTRAINT "ck_tasks_progress" CHECK (progress BETWEEN 0 AND 100), CONSTRAINT "pk_tasks" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_tasks_responsible" ON "tasks"  ("responsible_person_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_tasks_workspace_due" ON "tasks"  ("workspace_id", "due_date") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_tasks_workspace_light" ON "tasks"  ("workspace_id", "status_light") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_tasks_workspace_state" ON "tasks"  ("workspace_id", "status_state") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_tasks_workspace_lead_unit" ON "tasks"  ("workspace_id", "lead_unit_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_tasks_workspace_region" ON "tasks"  ("workspace_id", "region_code") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_tasks_workspace_measure" ON "tasks"  ("workspace_id", "measure_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_tasks_workspace_code" ON "tasks"  ("workspace_id", "code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "milestones" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "task_id" uuid NOT NULL, "title" character varying(300) NOT NULL, "due_date" date NOT NULL, "weight" numeric(6,2) NOT NULL DEFAULT '1', "done_date" date, "completed_by_id" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_milestones_title" CHECK (length(btrim(title)) > 0), CONSTRAINT "ck_milestones_weight" CHECK (weight > 0), CONSTRAINT "pk_milestones" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_milestones_workspace_due" ON "milestones"  ("workspace_id", "due_date") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_milestones_task" ON "milestones"  ("task_id", "due_date") `);
    await queryRunner.query(
      `CREATE TABLE "sectors" ("code" character varying(64) NOT NULL, "name_zh" character varying(64) NOT NULL, "name_en" character varying(128) NOT NULL, "opinion_action" character varying(64), "sort_order" smallint NOT NULL, CONSTRAINT "pk_sectors" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "progress_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "task_id" uuid NOT NULL, "period" character(7) NOT NULL, "reported_state" character varying(16) NOT NULL, "progress" smallint NOT NULL, "achievements" text NOT NULL DEFAULT '', "problems" text NOT NULL DEFAULT '', "next_steps" text NOT NULL DEFAULT '', "suspended_reason" text, "status" character varying(12) NOT NULL DEFAULT 'draft', "author_id" uuid NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "reviewed_by_id" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "review_comment" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_progress_reports_completed" CHECK (reported_state <> 'completed' OR progress = 100), CONSTRAINT "ck_progress_reports_reported_state" CHECK (reported_state IN ('not_started', 'in_progress', 'completed', 'suspended')), CONSTRAINT "ck_progress_reports_status" CHECK (status IN ('draft', 'submitted', 'approved', 'returned')), CONSTRAINT "ck_progress_reports_progress" CHECK (progress BETWEEN 0 AND 100), CONSTRAINT "ck_progress_reports_period" CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'), CONSTRAINT "pk_progress_reports" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_progress_reports_task_status" ON "progress_reports"  ("task_id", "status", "period") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_progress_reports_workspace_period" ON "progress_reports"  ("workspace_id", "period", "status") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_progress_reports_task_period_live" ON "progress_reports"  ("task_id", "period") WHERE status <> 'returned'`,
    );
    await queryRunner.query(
      `CREATE TABLE "task_sectors" ("task_id" uuid NOT NULL, "sector_code" character varying(64) NOT NULL, "workspace_id" uuid NOT NULL, CONSTRAINT "pk_task_sectors" PRIMARY KEY ("task_id", "sector_code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_task_sectors_workspace_sector" ON "task_sectors"  ("workspace_id", "sector_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "task_units" ("task_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, CONSTRAINT "pk_task_units" PRIMARY KEY ("task_id", "unit_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_task_units_workspace_unit" ON "task_units"  ("workspace_id", "unit_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "units" ADD CONSTRAINT "fk_units_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "units" ADD CONSTRAINT "fk_units_region" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "people" ADD CONSTRAINT "fk_people_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "people" ADD CONSTRAINT "fk_people_unit" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "people" ADD CONSTRAINT "fk_people_region_scope" FOREIGN KEY ("region_scope") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "fk_sessions_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "fk_sessions_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "measures" ADD CONSTRAINT "fk_measures_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tasks" ADD CONSTRAINT "fk_tasks_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tasks" ADD CONSTRAINT "fk_tasks_measure" FOREIGN KEY ("measure_id") REFERENCES "measures"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tasks" ADD CONSTRAINT "fk_tasks_region" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tasks" ADD CONSTRAINT "fk_tasks_lead_unit" FOREIGN KEY ("lead_unit_id") REFERENCES "units"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tasks" ADD CONSTRAINT "fk_tasks_responsible_person" FOREIGN KEY ("responsible_person_id") REFERENCES "people"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tasks" ADD CONSTRAINT "fk_tasks_created_by" FOREIGN KEY ("created_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tasks" ADD CONSTRAINT "fk_tasks_updated_by" FOREIGN KEY ("updated_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "milestones" ADD CONSTRAINT "fk_milestones_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "milestones" ADD CONSTRAINT "fk_milestones_task" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "milestones" ADD CONSTRAINT "fk_milestones_completed_by" FOREIGN KEY ("completed_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_reports" ADD CONSTRAINT "fk_progress_reports_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_reports" ADD CONSTRAINT "fk_progress_reports_task" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_reports" ADD CONSTRAINT "fk_progress_reports_author" FOREIGN KEY ("author_id") REFERENCES "people"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_reports" ADD CONSTRAINT "fk_progress_reports_reviewed_by" FOREIGN KEY ("reviewed_by_id") REFERENCES "people"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task_sectors" ADD CONSTRAINT "fk_task_sectors_task" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task_sectors" ADD CONSTRAINT "fk_task_sectors_sector" FOREIGN KEY ("sector_code") REFERENCES "sectors"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task_sectors" ADD CONSTRAINT "fk_task_sectors_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task_units" ADD CONSTRAINT "fk_task_units_task" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task_units" ADD CONSTRAINT "fk_task_units_unit" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task_units" ADD CONSTRAINT "fk_task_units_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "task_units" DROP CONSTRAINT "fk_task_units_workspace"`);
    await queryRunner.query(`ALTER TABLE "task_units" DROP CONSTRAINT "fk_task_units_unit"`);
    await queryRunner.query(`ALTER TABLE "task_units" DROP CONSTRAINT "fk_task_units_task"`);
    await queryRunner.query(`ALTER TABLE "task_sectors" DROP CONSTRAINT "fk_task_sectors_workspace"`);
    await queryRunner.query(`ALTER TABLE "task_sectors" DROP CONSTRAINT "fk_task_sectors_sector"`);
    await queryRunner.query(`ALTER TABLE "task_sectors" DROP CONSTRAINT "fk_task_sectors_task"`);
    await queryRunner.query(
      `ALTER TABLE "progress_reports" DROP CONSTRAINT "fk_progress_reports_reviewed_by"`,
    );
    await queryRunner.query(`ALTER TABLE "progress_reports" DROP CONSTRAINT "fk_progress_reports_author"`);
    await queryRunner.query(`ALTER TABLE "progress_reports" DROP CONSTRAINT "fk_progress_reports_task"`);
    await queryRunner.query(`ALTER TABLE "progress_reports" DROP CONSTRAINT "fk_progress_reports_workspace"`);
    await queryRunner.query(`ALTER TABLE "milestones" DROP CONSTRAINT "fk_milestones_completed_by"`);
    await queryRunner.query(`ALTER TABLE "milestones" DROP CONSTRAINT "fk_milestones_task"`);
    await queryRunner.query(`ALTER TABLE "milestones" DROP CONSTRAINT "fk_milestones_workspace"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "fk_tasks_updated_by"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "fk_tasks_created_by"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "fk_tasks_responsible_person"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "fk_tasks_lead_unit"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "fk_tasks_region"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "fk_tasks_measure"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "fk_tasks_workspace"`);
    await queryRunner.query(`ALTER TABLE "measures" DROP CONSTRAINT "fk_measures_workspace"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "fk_sessions_person"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "fk_sessions_workspace"`);
    await queryRunner.query(`ALTER TABLE "people" DROP CONSTRAINT "fk_people_region_scope"`);
    await queryRunner.query(`ALTER TABLE "people" DROP CONSTRAINT "fk_people_unit"`);
    await queryRunner.query(`ALTER TABLE "people" DROP CONSTRAINT "fk_people_workspace"`);
    await queryRunner.query(`ALTER TABLE "units" DROP CONSTRAINT "fk_units_region"`);
    await queryRunner.query(`ALTER TABLE "units" DROP CONSTRAINT "fk_units_workspace"`);
    await queryRunner.query(`DROP INDEX "public"."ix_task_units_workspace_unit"`);
    await queryRunner.query(`DROP TABLE "task_units"`);
    await queryRunner.query(`DROP INDEX "public"."ix_task_sectors_workspace_sector"`);
    await queryRunner.query(`DROP TABLE "task_sectors"`);
    await queryRunner.query(`DROP INDEX "public"."uq_progress_reports_task_period_live"`);
    await queryRunner.query(`DROP INDEX "public"."ix_progress_reports_workspace_period"`);
    await queryRunner.query(`DROP INDEX "public"."ix_progress_reports_task_status"`);
    await queryRunner.query(`DROP TABLE "progress_reports"`);
    await queryRunner.query(`DROP TABLE "sectors"`);
    await queryRunner.query(`DROP INDEX "public"."ix_milestones_task"`);
    await queryRunner.query(`DROP INDEX "public"."ix_milestones_workspace_due"`);
    await queryRunner.query(`DROP TABLE "milestones"`);
    await queryRunner.query(`DROP INDEX "public"."uq_tasks_workspace_code"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tasks_workspace_measure"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tasks_workspace_region"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tasks_workspace_lead_unit"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tasks_workspace_state"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tasks_workspace_light"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tasks_workspace_due"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tasks_responsible"`);
    await queryRunner.query(`DROP TABLE "tasks"`);
    await queryRunner.query(`DROP INDEX "public"."uq_measures_workspace_code"`);
    await queryRunner.query(`DROP TABLE "measures"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sessions_person"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sessions_expires"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "public"."ix_people_workspace_unit"`);
    await queryRunner.query(`DROP TABLE "people"`);
    await queryRunner.query(`DROP INDEX "public"."uq_units_workspace_code"`);
    await queryRunner.query(`DROP INDEX "public"."ix_units_workspace_region"`);
    await queryRunner.query(`DROP TABLE "units"`);
    await queryRunner.query(`DROP TABLE "workspaces"`);
    await queryRunner.query(`DROP TABLE "regions"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_events_workspace_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_events_entity"`);
    await queryRunner.query(`DROP TABLE "audit_events"`);
  }
}
