import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_meetings_kind" AS ENUM('steering', 'working', 'conference');
  CREATE TYPE "public"."enum_meetings_startsat_tz" AS ENUM('Europe/Copenhagen');
  CREATE TYPE "public"."enum_meetings_endsat_tz" AS ENUM('Europe/Copenhagen');
  CREATE TABLE "meetings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_meetings_kind" NOT NULL,
  	"number" numeric,
  	"starts_at" timestamp(3) with time zone,
  	"startsat_tz" "enum_meetings_startsat_tz" DEFAULT 'Europe/Copenhagen',
  	"ends_at" timestamp(3) with time zone,
  	"endsat_tz" "enum_meetings_endsat_tz" DEFAULT 'Europe/Copenhagen',
  	"planned_month" varchar,
  	"all_day" boolean DEFAULT false,
  	"tentative" boolean DEFAULT false,
  	"sort_date" timestamp(3) with time zone,
  	"theme_id" integer,
  	"place" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "meetings_locales" (
  	"title" varchar NOT NULL,
  	"agenda" jsonb,
  	"minutes" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "meeting_registrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"meeting_id" integer NOT NULL,
  	"partner_id" integer NOT NULL,
  	"name" varchar NOT NULL,
  	"role" varchar,
  	"email" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "meeting_materials" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"meeting_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  ALTER TABLE "users" ADD COLUMN "calendar_feed_key" varchar;
  ALTER TABLE "users" ADD COLUMN "calendar_feed_created_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "meetings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "meeting_registrations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "meeting_materials_id" integer;
  ALTER TABLE "meetings" ADD CONSTRAINT "meetings_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings_locales" ADD CONSTRAINT "meetings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meeting_registrations" ADD CONSTRAINT "meeting_registrations_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meeting_registrations" ADD CONSTRAINT "meeting_registrations_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meeting_materials" ADD CONSTRAINT "meeting_materials_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "meetings_kind_idx" ON "meetings" USING btree ("kind");
  CREATE INDEX "meetings_sort_date_idx" ON "meetings" USING btree ("sort_date");
  CREATE INDEX "meetings_theme_idx" ON "meetings" USING btree ("theme_id");
  CREATE INDEX "meetings_updated_at_idx" ON "meetings" USING btree ("updated_at");
  CREATE INDEX "meetings_created_at_idx" ON "meetings" USING btree ("created_at");
  CREATE UNIQUE INDEX "meetings_locales_locale_parent_id_unique" ON "meetings_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "meetings_locales_parent_id_idx" ON "meetings_locales" USING btree ("_parent_id");
  CREATE INDEX "meeting_registrations_meeting_idx" ON "meeting_registrations" USING btree ("meeting_id");
  CREATE INDEX "meeting_registrations_partner_idx" ON "meeting_registrations" USING btree ("partner_id");
  CREATE INDEX "meeting_registrations_updated_at_idx" ON "meeting_registrations" USING btree ("updated_at");
  CREATE INDEX "meeting_registrations_created_at_idx" ON "meeting_registrations" USING btree ("created_at");
  CREATE UNIQUE INDEX "meeting_partner_name_idx" ON "meeting_registrations" USING btree ("meeting_id","partner_id","name");
  CREATE INDEX "meeting_materials_meeting_idx" ON "meeting_materials" USING btree ("meeting_id");
  CREATE INDEX "meeting_materials_updated_at_idx" ON "meeting_materials" USING btree ("updated_at");
  CREATE INDEX "meeting_materials_created_at_idx" ON "meeting_materials" USING btree ("created_at");
  CREATE UNIQUE INDEX "meeting_materials_filename_idx" ON "meeting_materials" USING btree ("filename");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_meetings_fk" FOREIGN KEY ("meetings_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_meeting_registrations_fk" FOREIGN KEY ("meeting_registrations_id") REFERENCES "public"."meeting_registrations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_meeting_materials_fk" FOREIGN KEY ("meeting_materials_id") REFERENCES "public"."meeting_materials"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_calendar_feed_key_idx" ON "users" USING btree ("calendar_feed_key");
  CREATE INDEX "payload_locked_documents_rels_meetings_id_idx" ON "payload_locked_documents_rels" USING btree ("meetings_id");
  CREATE INDEX "payload_locked_documents_rels_meeting_registrations_id_idx" ON "payload_locked_documents_rels" USING btree ("meeting_registrations_id");
  CREATE INDEX "payload_locked_documents_rels_meeting_materials_id_idx" ON "payload_locked_documents_rels" USING btree ("meeting_materials_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "meetings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meetings_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meeting_registrations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meeting_materials" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "meetings" CASCADE;
  DROP TABLE "meetings_locales" CASCADE;
  DROP TABLE "meeting_registrations" CASCADE;
  DROP TABLE "meeting_materials" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_meetings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_meeting_registrations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_meeting_materials_fk";
  
  DROP INDEX "users_calendar_feed_key_idx";
  DROP INDEX "payload_locked_documents_rels_meetings_id_idx";
  DROP INDEX "payload_locked_documents_rels_meeting_registrations_id_idx";
  DROP INDEX "payload_locked_documents_rels_meeting_materials_id_idx";
  ALTER TABLE "users" DROP COLUMN "calendar_feed_key";
  ALTER TABLE "users" DROP COLUMN "calendar_feed_created_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "meetings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "meeting_registrations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "meeting_materials_id";
  DROP TYPE "public"."enum_meetings_kind";
  DROP TYPE "public"."enum_meetings_startsat_tz";
  DROP TYPE "public"."enum_meetings_endsat_tz";`)
}
