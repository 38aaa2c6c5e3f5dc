import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_cases_review_status" AS ENUM('draft', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum__cases_v_version_review_status" AS ENUM('draft', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum_invitations_role" AS ENUM('partner', 'editor');
  CREATE TYPE "public"."enum_posts_review_status" AS ENUM('draft', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum__posts_v_version_review_status" AS ENUM('draft', 'submitted', 'returned', 'published');
  ALTER TYPE "public"."enum_users_roles" ADD VALUE 'preview';
  CREATE TABLE "invitations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL,
  	"name" varchar,
  	"role" "enum_invitations_role" DEFAULT 'partner',
  	"partner_id" integer,
  	"user_id" integer,
  	"sent_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone,
  	"accepted_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "search" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"priority" numeric,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "search_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "search_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"cases_id" integer,
  	"models_id" integer,
  	"dilemmas_id" integer,
  	"posts_id" integer
  );
  
  ALTER TABLE "models_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "models_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "models_locales" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "_models_v_locales" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_models_v_locales" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_models_v_locales" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "cases" ADD COLUMN "review_status" "enum_cases_review_status" DEFAULT 'draft';
  ALTER TABLE "cases" ADD COLUMN "review_message" varchar;
  ALTER TABLE "cases" ADD COLUMN "submitted_at" timestamp(3) with time zone;
  ALTER TABLE "cases" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "cases_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "cases_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "cases_locales" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "_cases_v" ADD COLUMN "version_review_status" "enum__cases_v_version_review_status" DEFAULT 'draft';
  ALTER TABLE "_cases_v" ADD COLUMN "version_review_message" varchar;
  ALTER TABLE "_cases_v" ADD COLUMN "version_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_cases_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_cases_v_locales" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_cases_v_locales" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_cases_v_locales" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "dilemmas_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "dilemmas_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "dilemmas_locales" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "_dilemmas_v_locales" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_dilemmas_v_locales" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_dilemmas_v_locales" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "media" ADD COLUMN "partner_id" integer;
  ALTER TABLE "logos" ADD COLUMN "shown" boolean DEFAULT false;
  ALTER TABLE "posts" ADD COLUMN "review_status" "enum_posts_review_status" DEFAULT 'draft';
  ALTER TABLE "posts" ADD COLUMN "review_message" varchar;
  ALTER TABLE "posts" ADD COLUMN "submitted_at" timestamp(3) with time zone;
  ALTER TABLE "posts" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "posts_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "posts_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "posts_locales" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "_posts_v" ADD COLUMN "version_review_status" "enum__posts_v_version_review_status" DEFAULT 'draft';
  ALTER TABLE "_posts_v" ADD COLUMN "version_review_message" varchar;
  ALTER TABLE "_posts_v" ADD COLUMN "version_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_posts_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_posts_v_locales" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_posts_v_locales" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_posts_v_locales" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "comments" ADD COLUMN "case_id" integer;
  ALTER TABLE "comments" ADD COLUMN "dilemma_id" integer;
  ALTER TABLE "comments" ADD COLUMN "model_id" integer;
  ALTER TABLE "users" ADD COLUMN "enable_a_p_i_key" boolean;
  ALTER TABLE "users" ADD COLUMN "api_key" varchar;
  ALTER TABLE "users" ADD COLUMN "api_key_index" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "invitations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_id" integer;
  ALTER TABLE "invitations" ADD CONSTRAINT "invitations_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "invitations" ADD CONSTRAINT "invitations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "search_locales" ADD CONSTRAINT "search_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."search"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."search"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_cases_fk" FOREIGN KEY ("cases_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_models_fk" FOREIGN KEY ("models_id") REFERENCES "public"."models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_dilemmas_fk" FOREIGN KEY ("dilemmas_id") REFERENCES "public"."dilemmas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_posts_fk" FOREIGN KEY ("posts_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "invitations_email_idx" ON "invitations" USING btree ("email");
  CREATE INDEX "invitations_partner_idx" ON "invitations" USING btree ("partner_id");
  CREATE INDEX "invitations_user_idx" ON "invitations" USING btree ("user_id");
  CREATE INDEX "invitations_sent_at_idx" ON "invitations" USING btree ("sent_at");
  CREATE INDEX "invitations_updated_at_idx" ON "invitations" USING btree ("updated_at");
  CREATE INDEX "invitations_created_at_idx" ON "invitations" USING btree ("created_at");
  CREATE INDEX "search_slug_idx" ON "search" USING btree ("slug");
  CREATE INDEX "search_updated_at_idx" ON "search" USING btree ("updated_at");
  CREATE INDEX "search_created_at_idx" ON "search" USING btree ("created_at");
  CREATE UNIQUE INDEX "search_locales_locale_parent_id_unique" ON "search_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "search_locales_parent_id_idx" ON "search_locales" USING btree ("_parent_id");
  CREATE INDEX "search_rels_order_idx" ON "search_rels" USING btree ("order");
  CREATE INDEX "search_rels_parent_idx" ON "search_rels" USING btree ("parent_id");
  CREATE INDEX "search_rels_path_idx" ON "search_rels" USING btree ("path");
  CREATE INDEX "search_rels_cases_id_idx" ON "search_rels" USING btree ("cases_id");
  CREATE INDEX "search_rels_models_id_idx" ON "search_rels" USING btree ("models_id");
  CREATE INDEX "search_rels_dilemmas_id_idx" ON "search_rels" USING btree ("dilemmas_id");
  CREATE INDEX "search_rels_posts_id_idx" ON "search_rels" USING btree ("posts_id");
  ALTER TABLE "models_locales" ADD CONSTRAINT "models_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_models_v_locales" ADD CONSTRAINT "_models_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cases" ADD CONSTRAINT "cases_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cases_locales" ADD CONSTRAINT "cases_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cases_v" ADD CONSTRAINT "_cases_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cases_v_locales" ADD CONSTRAINT "_cases_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dilemmas_locales" ADD CONSTRAINT "dilemmas_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_dilemmas_v_locales" ADD CONSTRAINT "_dilemmas_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts" ADD CONSTRAINT "posts_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts_locales" ADD CONSTRAINT "posts_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v_locales" ADD CONSTRAINT "_posts_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_dilemma_id_dilemmas_id_fk" FOREIGN KEY ("dilemma_id") REFERENCES "public"."dilemmas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_model_id_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."models"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_invitations_fk" FOREIGN KEY ("invitations_id") REFERENCES "public"."invitations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_fk" FOREIGN KEY ("search_id") REFERENCES "public"."search"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "models_meta_meta_image_idx" ON "models_locales" USING btree ("meta_image_id","_locale");
  CREATE INDEX "models_locales_parent_id_idx" ON "models_locales" USING btree ("_parent_id");
  CREATE INDEX "_models_v_version_meta_version_meta_image_idx" ON "_models_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE INDEX "_models_v_locales_parent_id_idx" ON "_models_v_locales" USING btree ("_parent_id");
  CREATE INDEX "cases_area_idx" ON "cases" USING btree ("area");
  CREATE INDEX "cases_review_status_idx" ON "cases" USING btree ("review_status");
  CREATE INDEX "cases_submitted_by_idx" ON "cases" USING btree ("submitted_by_id");
  CREATE INDEX "cases_meta_meta_image_idx" ON "cases_locales" USING btree ("meta_image_id","_locale");
  CREATE INDEX "cases_locales_parent_id_idx" ON "cases_locales" USING btree ("_parent_id");
  CREATE INDEX "_cases_v_version_version_area_idx" ON "_cases_v" USING btree ("version_area");
  CREATE INDEX "_cases_v_version_version_review_status_idx" ON "_cases_v" USING btree ("version_review_status");
  CREATE INDEX "_cases_v_version_version_submitted_by_idx" ON "_cases_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_cases_v_version_meta_version_meta_image_idx" ON "_cases_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE INDEX "_cases_v_locales_parent_id_idx" ON "_cases_v_locales" USING btree ("_parent_id");
  CREATE INDEX "dilemmas_meta_meta_image_idx" ON "dilemmas_locales" USING btree ("meta_image_id","_locale");
  CREATE INDEX "dilemmas_locales_parent_id_idx" ON "dilemmas_locales" USING btree ("_parent_id");
  CREATE INDEX "_dilemmas_v_version_meta_version_meta_image_idx" ON "_dilemmas_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE INDEX "_dilemmas_v_locales_parent_id_idx" ON "_dilemmas_v_locales" USING btree ("_parent_id");
  CREATE INDEX "themes_locales_parent_id_idx" ON "themes_locales" USING btree ("_parent_id");
  CREATE INDEX "principles_locales_parent_id_idx" ON "principles_locales" USING btree ("_parent_id");
  CREATE INDEX "newsletters_locales_parent_id_idx" ON "newsletters_locales" USING btree ("_parent_id");
  CREATE INDEX "_newsletters_v_locales_parent_id_idx" ON "_newsletters_v_locales" USING btree ("_parent_id");
  CREATE INDEX "media_partner_idx" ON "media" USING btree ("partner_id");
  CREATE INDEX "media_locales_parent_id_idx" ON "media_locales" USING btree ("_parent_id");
  CREATE INDEX "partners_locales_parent_id_idx" ON "partners_locales" USING btree ("_parent_id");
  CREATE INDEX "logos_shown_idx" ON "logos" USING btree ("shown");
  CREATE INDEX "posts_review_status_idx" ON "posts" USING btree ("review_status");
  CREATE INDEX "posts_submitted_by_idx" ON "posts" USING btree ("submitted_by_id");
  CREATE INDEX "posts_meta_meta_image_idx" ON "posts_locales" USING btree ("meta_image_id","_locale");
  CREATE INDEX "posts_locales_parent_id_idx" ON "posts_locales" USING btree ("_parent_id");
  CREATE INDEX "_posts_v_version_version_review_status_idx" ON "_posts_v" USING btree ("version_review_status");
  CREATE INDEX "_posts_v_version_version_submitted_by_idx" ON "_posts_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_posts_v_version_meta_version_meta_image_idx" ON "_posts_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE INDEX "_posts_v_locales_parent_id_idx" ON "_posts_v_locales" USING btree ("_parent_id");
  CREATE INDEX "comments_case_idx" ON "comments" USING btree ("case_id");
  CREATE INDEX "comments_dilemma_idx" ON "comments" USING btree ("dilemma_id");
  CREATE INDEX "comments_model_idx" ON "comments" USING btree ("model_id");
  CREATE INDEX "payload_locked_documents_rels_invitations_id_idx" ON "payload_locked_documents_rels" USING btree ("invitations_id");
  CREATE INDEX "payload_locked_documents_rels_search_id_idx" ON "payload_locked_documents_rels" USING btree ("search_id");
  CREATE INDEX "catalog_locales_parent_id_idx" ON "catalog_locales" USING btree ("_parent_id");
  CREATE INDEX "_catalog_v_locales_parent_id_idx" ON "_catalog_v_locales" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "invitations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "search" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "search_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "search_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "invitations" CASCADE;
  DROP TABLE "search" CASCADE;
  DROP TABLE "search_locales" CASCADE;
  DROP TABLE "search_rels" CASCADE;
  ALTER TABLE "models_locales" DROP CONSTRAINT "models_locales_meta_image_id_media_id_fk";
  
  ALTER TABLE "_models_v_locales" DROP CONSTRAINT "_models_v_locales_version_meta_image_id_media_id_fk";
  
  ALTER TABLE "cases" DROP CONSTRAINT "cases_submitted_by_id_users_id_fk";
  
  ALTER TABLE "cases_locales" DROP CONSTRAINT "cases_locales_meta_image_id_media_id_fk";
  
  ALTER TABLE "_cases_v" DROP CONSTRAINT "_cases_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_cases_v_locales" DROP CONSTRAINT "_cases_v_locales_version_meta_image_id_media_id_fk";
  
  ALTER TABLE "dilemmas_locales" DROP CONSTRAINT "dilemmas_locales_meta_image_id_media_id_fk";
  
  ALTER TABLE "_dilemmas_v_locales" DROP CONSTRAINT "_dilemmas_v_locales_version_meta_image_id_media_id_fk";
  
  ALTER TABLE "media" DROP CONSTRAINT "media_partner_id_partners_id_fk";
  
  ALTER TABLE "posts" DROP CONSTRAINT "posts_submitted_by_id_users_id_fk";
  
  ALTER TABLE "posts_locales" DROP CONSTRAINT "posts_locales_meta_image_id_media_id_fk";
  
  ALTER TABLE "_posts_v" DROP CONSTRAINT "_posts_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_posts_v_locales" DROP CONSTRAINT "_posts_v_locales_version_meta_image_id_media_id_fk";
  
  ALTER TABLE "comments" DROP CONSTRAINT "comments_case_id_cases_id_fk";
  
  ALTER TABLE "comments" DROP CONSTRAINT "comments_dilemma_id_dilemmas_id_fk";
  
  ALTER TABLE "comments" DROP CONSTRAINT "comments_model_id_models_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_invitations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_search_fk";
  
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_roles";
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'partner');
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_roles" USING "value"::"public"."enum_users_roles";
  DROP INDEX "models_meta_meta_image_idx";
  DROP INDEX "models_locales_parent_id_idx";
  DROP INDEX "_models_v_version_meta_version_meta_image_idx";
  DROP INDEX "_models_v_locales_parent_id_idx";
  DROP INDEX "cases_area_idx";
  DROP INDEX "cases_review_status_idx";
  DROP INDEX "cases_submitted_by_idx";
  DROP INDEX "cases_meta_meta_image_idx";
  DROP INDEX "cases_locales_parent_id_idx";
  DROP INDEX "_cases_v_version_version_area_idx";
  DROP INDEX "_cases_v_version_version_review_status_idx";
  DROP INDEX "_cases_v_version_version_submitted_by_idx";
  DROP INDEX "_cases_v_version_meta_version_meta_image_idx";
  DROP INDEX "_cases_v_locales_parent_id_idx";
  DROP INDEX "dilemmas_meta_meta_image_idx";
  DROP INDEX "dilemmas_locales_parent_id_idx";
  DROP INDEX "_dilemmas_v_version_meta_version_meta_image_idx";
  DROP INDEX "_dilemmas_v_locales_parent_id_idx";
  DROP INDEX "themes_locales_parent_id_idx";
  DROP INDEX "principles_locales_parent_id_idx";
  DROP INDEX "newsletters_locales_parent_id_idx";
  DROP INDEX "_newsletters_v_locales_parent_id_idx";
  DROP INDEX "media_partner_idx";
  DROP INDEX "media_locales_parent_id_idx";
  DROP INDEX "partners_locales_parent_id_idx";
  DROP INDEX "logos_shown_idx";
  DROP INDEX "posts_review_status_idx";
  DROP INDEX "posts_submitted_by_idx";
  DROP INDEX "posts_meta_meta_image_idx";
  DROP INDEX "posts_locales_parent_id_idx";
  DROP INDEX "_posts_v_version_version_review_status_idx";
  DROP INDEX "_posts_v_version_version_submitted_by_idx";
  DROP INDEX "_posts_v_version_meta_version_meta_image_idx";
  DROP INDEX "_posts_v_locales_parent_id_idx";
  DROP INDEX "comments_case_idx";
  DROP INDEX "comments_dilemma_idx";
  DROP INDEX "comments_model_idx";
  DROP INDEX "payload_locked_documents_rels_invitations_id_idx";
  DROP INDEX "payload_locked_documents_rels_search_id_idx";
  DROP INDEX "catalog_locales_parent_id_idx";
  DROP INDEX "_catalog_v_locales_parent_id_idx";
  ALTER TABLE "models_locales" DROP COLUMN "meta_title";
  ALTER TABLE "models_locales" DROP COLUMN "meta_description";
  ALTER TABLE "models_locales" DROP COLUMN "meta_image_id";
  ALTER TABLE "_models_v_locales" DROP COLUMN "version_meta_title";
  ALTER TABLE "_models_v_locales" DROP COLUMN "version_meta_description";
  ALTER TABLE "_models_v_locales" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "cases" DROP COLUMN "review_status";
  ALTER TABLE "cases" DROP COLUMN "review_message";
  ALTER TABLE "cases" DROP COLUMN "submitted_at";
  ALTER TABLE "cases" DROP COLUMN "submitted_by_id";
  ALTER TABLE "cases_locales" DROP COLUMN "meta_title";
  ALTER TABLE "cases_locales" DROP COLUMN "meta_description";
  ALTER TABLE "cases_locales" DROP COLUMN "meta_image_id";
  ALTER TABLE "_cases_v" DROP COLUMN "version_review_status";
  ALTER TABLE "_cases_v" DROP COLUMN "version_review_message";
  ALTER TABLE "_cases_v" DROP COLUMN "version_submitted_at";
  ALTER TABLE "_cases_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_cases_v_locales" DROP COLUMN "version_meta_title";
  ALTER TABLE "_cases_v_locales" DROP COLUMN "version_meta_description";
  ALTER TABLE "_cases_v_locales" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "dilemmas_locales" DROP COLUMN "meta_title";
  ALTER TABLE "dilemmas_locales" DROP COLUMN "meta_description";
  ALTER TABLE "dilemmas_locales" DROP COLUMN "meta_image_id";
  ALTER TABLE "_dilemmas_v_locales" DROP COLUMN "version_meta_title";
  ALTER TABLE "_dilemmas_v_locales" DROP COLUMN "version_meta_description";
  ALTER TABLE "_dilemmas_v_locales" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "media" DROP COLUMN "partner_id";
  ALTER TABLE "logos" DROP COLUMN "shown";
  ALTER TABLE "posts" DROP COLUMN "review_status";
  ALTER TABLE "posts" DROP COLUMN "review_message";
  ALTER TABLE "posts" DROP COLUMN "submitted_at";
  ALTER TABLE "posts" DROP COLUMN "submitted_by_id";
  ALTER TABLE "posts_locales" DROP COLUMN "meta_title";
  ALTER TABLE "posts_locales" DROP COLUMN "meta_description";
  ALTER TABLE "posts_locales" DROP COLUMN "meta_image_id";
  ALTER TABLE "_posts_v" DROP COLUMN "version_review_status";
  ALTER TABLE "_posts_v" DROP COLUMN "version_review_message";
  ALTER TABLE "_posts_v" DROP COLUMN "version_submitted_at";
  ALTER TABLE "_posts_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_posts_v_locales" DROP COLUMN "version_meta_title";
  ALTER TABLE "_posts_v_locales" DROP COLUMN "version_meta_description";
  ALTER TABLE "_posts_v_locales" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "comments" DROP COLUMN "case_id";
  ALTER TABLE "comments" DROP COLUMN "dilemma_id";
  ALTER TABLE "comments" DROP COLUMN "model_id";
  ALTER TABLE "users" DROP COLUMN "enable_a_p_i_key";
  ALTER TABLE "users" DROP COLUMN "api_key";
  ALTER TABLE "users" DROP COLUMN "api_key_index";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "invitations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_id";
  DROP TYPE "public"."enum_cases_review_status";
  DROP TYPE "public"."enum__cases_v_version_review_status";
  DROP TYPE "public"."enum_invitations_role";
  DROP TYPE "public"."enum_posts_review_status";
  DROP TYPE "public"."enum__posts_v_version_review_status";`)
}
