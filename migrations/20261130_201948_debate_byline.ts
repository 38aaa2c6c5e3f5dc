import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "comments" ADD COLUMN "author_name" varchar;
  ALTER TABLE "comments" ADD COLUMN "author_organisation" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "comments" DROP COLUMN "author_name";
  ALTER TABLE "comments" DROP COLUMN "author_organisation";`)
}
