import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "models_locales_parent_id_idx" ON "models_locales" USING btree ("_parent_id");
  CREATE INDEX "_models_v_locales_parent_id_idx" ON "_models_v_locales" USING btree ("_parent_id");
  CREATE INDEX "cases_area_idx" ON "cases" USING btree ("area");
  CREATE INDEX "cases_locales_parent_id_idx" ON "cases_locales" USING btree ("_parent_id");
  CREATE INDEX "_cases_v_version_version_area_idx" ON "_cases_v" USING btree ("version_area");
  CREATE INDEX "_cases_v_locales_parent_id_idx" ON "_cases_v_locales" USING btree ("_parent_id");
  CREATE INDEX "dilemmas_locales_parent_id_idx" ON "dilemmas_locales" USING btree ("_parent_id");
  CREATE INDEX "_dilemmas_v_locales_parent_id_idx" ON "_dilemmas_v_locales" USING btree ("_parent_id");
  CREATE INDEX "themes_locales_parent_id_idx" ON "themes_locales" USING btree ("_parent_id");
  CREATE INDEX "principles_locales_parent_id_idx" ON "principles_locales" USING btree ("_parent_id");
  CREATE INDEX "newsletters_locales_parent_id_idx" ON "newsletters_locales" USING btree ("_parent_id");
  CREATE INDEX "_newsletters_v_locales_parent_id_idx" ON "_newsletters_v_locales" USING btree ("_parent_id");
  CREATE INDEX "media_locales_parent_id_idx" ON "media_locales" USING btree ("_parent_id");
  CREATE INDEX "partners_locales_parent_id_idx" ON "partners_locales" USING btree ("_parent_id");
  CREATE INDEX "posts_locales_parent_id_idx" ON "posts_locales" USING btree ("_parent_id");
  CREATE INDEX "_posts_v_locales_parent_id_idx" ON "_posts_v_locales" USING btree ("_parent_id");
  CREATE INDEX "catalog_locales_parent_id_idx" ON "catalog_locales" USING btree ("_parent_id");
  CREATE INDEX "_catalog_v_locales_parent_id_idx" ON "_catalog_v_locales" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "models_locales_parent_id_idx";
  DROP INDEX "_models_v_locales_parent_id_idx";
  DROP INDEX "cases_area_idx";
  DROP INDEX "cases_locales_parent_id_idx";
  DROP INDEX "_cases_v_version_version_area_idx";
  DROP INDEX "_cases_v_locales_parent_id_idx";
  DROP INDEX "dilemmas_locales_parent_id_idx";
  DROP INDEX "_dilemmas_v_locales_parent_id_idx";
  DROP INDEX "themes_locales_parent_id_idx";
  DROP INDEX "principles_locales_parent_id_idx";
  DROP INDEX "newsletters_locales_parent_id_idx";
  DROP INDEX "_newsletters_v_locales_parent_id_idx";
  DROP INDEX "media_locales_parent_id_idx";
  DROP INDEX "partners_locales_parent_id_idx";
  DROP INDEX "posts_locales_parent_id_idx";
  DROP INDEX "_posts_v_locales_parent_id_idx";
  DROP INDEX "catalog_locales_parent_id_idx";
  DROP INDEX "_catalog_v_locales_parent_id_idx";`)
}
