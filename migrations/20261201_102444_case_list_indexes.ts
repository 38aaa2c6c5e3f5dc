import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "cases_area_idx";
  DROP INDEX "_cases_v_version_version_area_idx";
  CREATE INDEX "area__status_idx" ON "cases" USING btree ("area","_status");
  CREATE INDEX "partner_createdAt_idx" ON "cases" USING btree ("partner_id","created_at");
  CREATE INDEX "version_area_version__status_idx" ON "_cases_v" USING btree ("version_area","version__status");
  CREATE INDEX "version_partner_version_createdAt_idx" ON "_cases_v" USING btree ("version_partner_id","version_created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "area__status_idx";
  DROP INDEX "partner_createdAt_idx";
  DROP INDEX "version_area_version__status_idx";
  DROP INDEX "version_partner_version_createdAt_idx";
  CREATE INDEX "cases_area_idx" ON "cases" USING btree ("area");
  CREATE INDEX "_cases_v_version_version_area_idx" ON "_cases_v" USING btree ("version_area");`)
}
