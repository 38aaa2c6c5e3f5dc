import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "media" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "logos" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "logos" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "panel_surveys" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "panel_surveys" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "meeting_materials" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "meeting_materials" ADD COLUMN "_objectkey" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" DROP COLUMN "prefix";
  ALTER TABLE "media" DROP COLUMN "_objectkey";
  ALTER TABLE "logos" DROP COLUMN "prefix";
  ALTER TABLE "logos" DROP COLUMN "_objectkey";
  ALTER TABLE "panel_surveys" DROP COLUMN "prefix";
  ALTER TABLE "panel_surveys" DROP COLUMN "_objectkey";
  ALTER TABLE "meeting_materials" DROP COLUMN "prefix";
  ALTER TABLE "meeting_materials" DROP COLUMN "_objectkey";`)
}
