import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_proposals_kind" AS ENUM('case', 'theme', 'problem');
  CREATE TYPE "public"."enum_proposals_decision" AS ENUM('adopted', 'declined');
  CREATE TYPE "public"."enum_recommendations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__recommendations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__recommendations_v_published_locale" AS ENUM('da', 'en');
  ALTER TYPE "public"."enum_webhooks_collections" ADD VALUE 'recommendations' BEFORE 'partners';
  CREATE TABLE "proposals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_proposals_kind" DEFAULT 'theme' NOT NULL,
  	"title" varchar NOT NULL,
  	"description" varchar NOT NULL,
  	"partner_id" integer,
  	"author_id" integer,
  	"decision" "enum_proposals_decision",
  	"decision_note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "proposals_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"cases_id" integer,
  	"themes_id" integer
  );
  
  CREATE TABLE "proposal_supports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"proposal_id" integer NOT NULL,
  	"partner_id" integer NOT NULL,
  	"author_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "recommendations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_recommendations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "recommendations_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "recommendations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"partners_id" integer
  );
  
  CREATE TABLE "_recommendations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__recommendations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__recommendations_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_recommendations_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_recommendations_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"partners_id" integer
  );
  
  CREATE TABLE "endorsements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"recommendation_id" integer NOT NULL,
  	"partner_id" integer NOT NULL,
  	"author_id" integer,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "proposals_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "proposal_supports_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "recommendations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "endorsements_id" integer;
  ALTER TABLE "proposals" ADD CONSTRAINT "proposals_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "proposals" ADD CONSTRAINT "proposals_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "proposals_rels" ADD CONSTRAINT "proposals_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "proposals_rels" ADD CONSTRAINT "proposals_rels_cases_fk" FOREIGN KEY ("cases_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "proposals_rels" ADD CONSTRAINT "proposals_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "proposal_supports" ADD CONSTRAINT "proposal_supports_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "proposal_supports" ADD CONSTRAINT "proposal_supports_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "proposal_supports" ADD CONSTRAINT "proposal_supports_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "recommendations_locales" ADD CONSTRAINT "recommendations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "recommendations_rels" ADD CONSTRAINT "recommendations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "recommendations_rels" ADD CONSTRAINT "recommendations_rels_partners_fk" FOREIGN KEY ("partners_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_recommendations_v" ADD CONSTRAINT "_recommendations_v_parent_id_recommendations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."recommendations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_recommendations_v_locales" ADD CONSTRAINT "_recommendations_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_recommendations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_recommendations_v_rels" ADD CONSTRAINT "_recommendations_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_recommendations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_recommendations_v_rels" ADD CONSTRAINT "_recommendations_v_rels_partners_fk" FOREIGN KEY ("partners_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "endorsements" ADD CONSTRAINT "endorsements_recommendation_id_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."recommendations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "endorsements" ADD CONSTRAINT "endorsements_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "endorsements" ADD CONSTRAINT "endorsements_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "proposals_partner_idx" ON "proposals" USING btree ("partner_id");
  CREATE INDEX "proposals_author_idx" ON "proposals" USING btree ("author_id");
  CREATE INDEX "proposals_decision_idx" ON "proposals" USING btree ("decision");
  CREATE INDEX "proposals_updated_at_idx" ON "proposals" USING btree ("updated_at");
  CREATE INDEX "proposals_created_at_idx" ON "proposals" USING btree ("created_at");
  CREATE INDEX "proposals_rels_order_idx" ON "proposals_rels" USING btree ("order");
  CREATE INDEX "proposals_rels_parent_idx" ON "proposals_rels" USING btree ("parent_id");
  CREATE INDEX "proposals_rels_path_idx" ON "proposals_rels" USING btree ("path");
  CREATE INDEX "proposals_rels_cases_id_idx" ON "proposals_rels" USING btree ("cases_id");
  CREATE INDEX "proposals_rels_themes_id_idx" ON "proposals_rels" USING btree ("themes_id");
  CREATE INDEX "proposal_supports_proposal_idx" ON "proposal_supports" USING btree ("proposal_id");
  CREATE INDEX "proposal_supports_partner_idx" ON "proposal_supports" USING btree ("partner_id");
  CREATE INDEX "proposal_supports_author_idx" ON "proposal_supports" USING btree ("author_id");
  CREATE INDEX "proposal_supports_updated_at_idx" ON "proposal_supports" USING btree ("updated_at");
  CREATE INDEX "proposal_supports_created_at_idx" ON "proposal_supports" USING btree ("created_at");
  CREATE UNIQUE INDEX "proposal_partner_idx" ON "proposal_supports" USING btree ("proposal_id","partner_id");
  CREATE UNIQUE INDEX "recommendations_slug_idx" ON "recommendations" USING btree ("slug");
  CREATE INDEX "recommendations_updated_at_idx" ON "recommendations" USING btree ("updated_at");
  CREATE INDEX "recommendations_created_at_idx" ON "recommendations" USING btree ("created_at");
  CREATE INDEX "recommendations__status_idx" ON "recommendations" USING btree ("_status");
  CREATE UNIQUE INDEX "recommendations_locales_locale_parent_id_unique" ON "recommendations_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "recommendations_locales_parent_id_idx" ON "recommendations_locales" USING btree ("_parent_id");
  CREATE INDEX "recommendations_rels_order_idx" ON "recommendations_rels" USING btree ("order");
  CREATE INDEX "recommendations_rels_parent_idx" ON "recommendations_rels" USING btree ("parent_id");
  CREATE INDEX "recommendations_rels_path_idx" ON "recommendations_rels" USING btree ("path");
  CREATE INDEX "recommendations_rels_partners_id_idx" ON "recommendations_rels" USING btree ("partners_id");
  CREATE INDEX "_recommendations_v_parent_idx" ON "_recommendations_v" USING btree ("parent_id");
  CREATE INDEX "_recommendations_v_version_version_slug_idx" ON "_recommendations_v" USING btree ("version_slug");
  CREATE INDEX "_recommendations_v_version_version_updated_at_idx" ON "_recommendations_v" USING btree ("version_updated_at");
  CREATE INDEX "_recommendations_v_version_version_created_at_idx" ON "_recommendations_v" USING btree ("version_created_at");
  CREATE INDEX "_recommendations_v_version_version__status_idx" ON "_recommendations_v" USING btree ("version__status");
  CREATE INDEX "_recommendations_v_created_at_idx" ON "_recommendations_v" USING btree ("created_at");
  CREATE INDEX "_recommendations_v_updated_at_idx" ON "_recommendations_v" USING btree ("updated_at");
  CREATE INDEX "_recommendations_v_snapshot_idx" ON "_recommendations_v" USING btree ("snapshot");
  CREATE INDEX "_recommendations_v_published_locale_idx" ON "_recommendations_v" USING btree ("published_locale");
  CREATE INDEX "_recommendations_v_latest_idx" ON "_recommendations_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_recommendations_v_locales_locale_parent_id_unique" ON "_recommendations_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_recommendations_v_locales_parent_id_idx" ON "_recommendations_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_recommendations_v_rels_order_idx" ON "_recommendations_v_rels" USING btree ("order");
  CREATE INDEX "_recommendations_v_rels_parent_idx" ON "_recommendations_v_rels" USING btree ("parent_id");
  CREATE INDEX "_recommendations_v_rels_path_idx" ON "_recommendations_v_rels" USING btree ("path");
  CREATE INDEX "_recommendations_v_rels_partners_id_idx" ON "_recommendations_v_rels" USING btree ("partners_id");
  CREATE INDEX "endorsements_recommendation_idx" ON "endorsements" USING btree ("recommendation_id");
  CREATE INDEX "endorsements_partner_idx" ON "endorsements" USING btree ("partner_id");
  CREATE INDEX "endorsements_author_idx" ON "endorsements" USING btree ("author_id");
  CREATE INDEX "endorsements_updated_at_idx" ON "endorsements" USING btree ("updated_at");
  CREATE INDEX "endorsements_created_at_idx" ON "endorsements" USING btree ("created_at");
  CREATE UNIQUE INDEX "recommendation_partner_idx" ON "endorsements" USING btree ("recommendation_id","partner_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_proposals_fk" FOREIGN KEY ("proposals_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_proposal_supports_fk" FOREIGN KEY ("proposal_supports_id") REFERENCES "public"."proposal_supports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_recommendations_fk" FOREIGN KEY ("recommendations_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_endorsements_fk" FOREIGN KEY ("endorsements_id") REFERENCES "public"."endorsements"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_proposals_id_idx" ON "payload_locked_documents_rels" USING btree ("proposals_id");
  CREATE INDEX "payload_locked_documents_rels_proposal_supports_id_idx" ON "payload_locked_documents_rels" USING btree ("proposal_supports_id");
  CREATE INDEX "payload_locked_documents_rels_recommendations_id_idx" ON "payload_locked_documents_rels" USING btree ("recommendations_id");
  CREATE INDEX "payload_locked_documents_rels_endorsements_id_idx" ON "payload_locked_documents_rels" USING btree ("endorsements_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "proposals" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "proposals_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "proposal_supports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "recommendations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "recommendations_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "recommendations_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_recommendations_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_recommendations_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_recommendations_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "endorsements" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "proposals" CASCADE;
  DROP TABLE "proposals_rels" CASCADE;
  DROP TABLE "proposal_supports" CASCADE;
  DROP TABLE "recommendations" CASCADE;
  DROP TABLE "recommendations_locales" CASCADE;
  DROP TABLE "recommendations_rels" CASCADE;
  DROP TABLE "_recommendations_v" CASCADE;
  DROP TABLE "_recommendations_v_locales" CASCADE;
  DROP TABLE "_recommendations_v_rels" CASCADE;
  DROP TABLE "endorsements" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_proposals_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_proposal_supports_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_recommendations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_endorsements_fk";
  
  ALTER TABLE "webhooks_collections" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_webhooks_collections";
  CREATE TYPE "public"."enum_webhooks_collections" AS ENUM('cases', 'models', 'dilemmas', 'themes', 'principles', 'newsletters', 'posts', 'comments', 'partners', 'catalog');
  ALTER TABLE "webhooks_collections" ALTER COLUMN "value" SET DATA TYPE "public"."enum_webhooks_collections" USING "value"::"public"."enum_webhooks_collections";
  DROP INDEX "payload_locked_documents_rels_proposals_id_idx";
  DROP INDEX "payload_locked_documents_rels_proposal_supports_id_idx";
  DROP INDEX "payload_locked_documents_rels_recommendations_id_idx";
  DROP INDEX "payload_locked_documents_rels_endorsements_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "proposals_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "proposal_supports_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "recommendations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "endorsements_id";
  DROP TYPE "public"."enum_proposals_kind";
  DROP TYPE "public"."enum_proposals_decision";
  DROP TYPE "public"."enum_recommendations_status";
  DROP TYPE "public"."enum__recommendations_v_version_status";
  DROP TYPE "public"."enum__recommendations_v_published_locale";`)
}
