import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('da', 'en');
  CREATE TYPE "public"."enum_models_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__models_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__models_v_published_locale" AS ENUM('da', 'en');
  CREATE TYPE "public"."enum_cases_providers" AS ENUM('public', 'private', 'volunteer', 'social-economy');
  CREATE TYPE "public"."enum_cases_area" AS ENUM('health', 'elderly', 'disability', 'employment', 'social', 'children', 'education', 'culture', 'citizen-services', 'other');
  CREATE TYPE "public"."enum_cases_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__cases_v_version_providers" AS ENUM('public', 'private', 'volunteer', 'social-economy');
  CREATE TYPE "public"."enum__cases_v_version_area" AS ENUM('health', 'elderly', 'disability', 'employment', 'social', 'children', 'education', 'culture', 'citizen-services', 'other');
  CREATE TYPE "public"."enum__cases_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__cases_v_published_locale" AS ENUM('da', 'en');
  CREATE TYPE "public"."enum_dilemmas_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__dilemmas_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__dilemmas_v_published_locale" AS ENUM('da', 'en');
  CREATE TYPE "public"."enum_themes_kind" AS ENUM('meeting', 'consideration');
  CREATE TYPE "public"."enum_newsletters_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__newsletters_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__newsletters_v_published_locale" AS ENUM('da', 'en');
  CREATE TYPE "public"."enum_partners_status" AS ENUM('prospect', 'active', 'former');
  CREATE TYPE "public"."enum_partners_sector" AS ENUM('public', 'private', 'interest-organisation', 'education-research', 'citizens-organisation', 'civil-society');
  CREATE TYPE "public"."enum_partners_tier" AS ENUM('steering', 'working');
  CREATE TYPE "public"."enum_posts_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__posts_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__posts_v_published_locale" AS ENUM('da', 'en');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'partner');
  CREATE TYPE "public"."enum_catalog_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__catalog_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__catalog_v_published_locale" AS ENUM('da', 'en');
  CREATE TABLE "models_checklist_where" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"item" varchar
  );
  
  CREATE TABLE "models_checklist_when" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"item" varchar
  );
  
  CREATE TABLE "models_checklist_how" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"item" varchar
  );
  
  CREATE TABLE "models_strengths" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"point" varchar
  );
  
  CREATE TABLE "models_weaknesses" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"point" varchar
  );
  
  CREATE TABLE "models" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"order" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_models_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "models_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"added_value" varchar,
  	"transferability" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "models_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"cases_id" integer,
  	"themes_id" integer,
  	"principles_id" integer
  );
  
  CREATE TABLE "_models_v_version_checklist_where" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"item" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_models_v_version_checklist_when" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"item" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_models_v_version_checklist_how" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"item" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_models_v_version_strengths" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"point" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_models_v_version_weaknesses" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"point" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_models_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_order" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__models_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__models_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_models_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_added_value" varchar,
  	"version_transferability" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_models_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"cases_id" integer,
  	"themes_id" integer,
  	"principles_id" integer
  );
  
  CREATE TABLE "cases_providers" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_cases_providers",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "cases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"organisation" varchar,
  	"area" "enum_cases_area",
  	"results_individual_figure" numeric,
  	"results_society_figure" numeric,
  	"results_economy_figure" numeric,
  	"slug" varchar,
  	"partner_id" integer,
  	"international" boolean DEFAULT false,
  	"open_for_debate" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_cases_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "cases_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"results_individual_text" varchar,
  	"results_individual_unit" varchar,
  	"results_society_text" varchar,
  	"results_society_unit" varchar,
  	"results_economy_text" varchar,
  	"results_economy_unit" varchar,
  	"documented_value" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "cases_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"themes_id" integer
  );
  
  CREATE TABLE "_cases_v_version_providers" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__cases_v_version_providers",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_cases_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_organisation" varchar,
  	"version_area" "enum__cases_v_version_area",
  	"version_results_individual_figure" numeric,
  	"version_results_society_figure" numeric,
  	"version_results_economy_figure" numeric,
  	"version_slug" varchar,
  	"version_partner_id" integer,
  	"version_international" boolean DEFAULT false,
  	"version_open_for_debate" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__cases_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__cases_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_cases_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_results_individual_text" varchar,
  	"version_results_individual_unit" varchar,
  	"version_results_society_text" varchar,
  	"version_results_society_unit" varchar,
  	"version_results_economy_text" varchar,
  	"version_results_economy_unit" varchar,
  	"version_documented_value" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_cases_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"themes_id" integer
  );
  
  CREATE TABLE "dilemmas_perspectives" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"position" varchar,
  	"argument" varchar
  );
  
  CREATE TABLE "dilemmas" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"discussed_at_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_dilemmas_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "dilemmas_locales" (
  	"title" varchar,
  	"question" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "dilemmas_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"themes_id" integer,
  	"models_id" integer
  );
  
  CREATE TABLE "_dilemmas_v_version_perspectives" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"position" varchar,
  	"argument" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_dilemmas_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_discussed_at_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__dilemmas_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__dilemmas_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_dilemmas_v_locales" (
  	"version_title" varchar,
  	"version_question" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_dilemmas_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"themes_id" integer,
  	"models_id" integer
  );
  
  CREATE TABLE "themes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_themes_kind" DEFAULT 'meeting' NOT NULL,
  	"meeting_number" numeric,
  	"meeting_date" timestamp(3) with time zone,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "themes_locales" (
  	"title" varchar NOT NULL,
  	"question" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "principles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric NOT NULL,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "principles_locales" (
  	"title" varchar NOT NULL,
  	"text" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "newsletters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"issue" numeric,
  	"date" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_newsletters_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "newsletters_locales" (
  	"title" varchar,
  	"intro" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "newsletters_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"cases_id" integer,
  	"models_id" integer,
  	"dilemmas_id" integer,
  	"partners_id" integer
  );
  
  CREATE TABLE "_newsletters_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_issue" numeric,
  	"version_date" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__newsletters_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__newsletters_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_newsletters_v_locales" (
  	"version_title" varchar,
  	"version_intro" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_newsletters_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"cases_id" integer,
  	"models_id" integer,
  	"dilemmas_id" integer,
  	"partners_id" integer
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
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
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_wide_url" varchar,
  	"sizes_wide_width" numeric,
  	"sizes_wide_height" numeric,
  	"sizes_wide_mime_type" varchar,
  	"sizes_wide_filesize" numeric,
  	"sizes_wide_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar,
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "partners_contacts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" varchar,
  	"email" varchar,
  	"phone" varchar
  );
  
  CREATE TABLE "partners_panel_nominees" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" varchar,
  	"email" varchar
  );
  
  CREATE TABLE "partners_attendees" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" varchar,
  	"email" varchar
  );
  
  CREATE TABLE "partners" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"website" varchar,
  	"logo_id" integer,
  	"tickets_extra" numeric DEFAULT 0,
  	"notes" varchar,
  	"slug" varchar,
  	"status" "enum_partners_status" DEFAULT 'prospect' NOT NULL,
  	"sector" "enum_partners_sector",
  	"tier" "enum_partners_tier",
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "partners_locales" (
  	"presentation" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "logos" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"partner_id" integer NOT NULL,
  	"alt" varchar NOT NULL,
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
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_web_url" varchar,
  	"sizes_web_width" numeric,
  	"sizes_web_height" numeric,
  	"sizes_web_mime_type" varchar,
  	"sizes_web_filesize" numeric,
  	"sizes_web_filename" varchar,
  	"sizes_print_url" varchar,
  	"sizes_print_width" numeric,
  	"sizes_print_height" numeric,
  	"sizes_print_mime_type" varchar,
  	"sizes_print_filesize" numeric,
  	"sizes_print_filename" varchar
  );
  
  CREATE TABLE "panel_surveys" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"conducted_at" timestamp(3) with time zone,
  	"description" varchar,
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
  
  CREATE TABLE "posts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"partner_id" integer,
  	"author_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_posts_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "posts_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_posts_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_partner_id" integer,
  	"version_author_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__posts_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__posts_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_posts_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"body" varchar NOT NULL,
  	"author_id" integer,
  	"hidden" boolean DEFAULT false,
  	"hidden_reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "comments_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"cases_id" integer,
  	"dilemmas_id" integer,
  	"models_id" integer
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"partner_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"models_id" integer,
  	"cases_id" integer,
  	"dilemmas_id" integer,
  	"themes_id" integer,
  	"principles_id" integer,
  	"newsletters_id" integer,
  	"media_id" integer,
  	"partners_id" integer,
  	"logos_id" integer,
  	"panel_surveys_id" integer,
  	"posts_id" integer,
  	"comments_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "catalog" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"_status" "enum_catalog_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "catalog_locales" (
  	"title" varchar,
  	"foreword" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "catalog_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"models_id" integer
  );
  
  CREATE TABLE "_catalog_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version__status" "enum__catalog_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__catalog_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_catalog_v_locales" (
  	"version_title" varchar,
  	"version_foreword" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_catalog_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"models_id" integer
  );
  
  ALTER TABLE "models_checklist_where" ADD CONSTRAINT "models_checklist_where_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "models_checklist_when" ADD CONSTRAINT "models_checklist_when_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "models_checklist_how" ADD CONSTRAINT "models_checklist_how_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "models_strengths" ADD CONSTRAINT "models_strengths_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "models_weaknesses" ADD CONSTRAINT "models_weaknesses_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "models_locales" ADD CONSTRAINT "models_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "models_rels" ADD CONSTRAINT "models_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "models_rels" ADD CONSTRAINT "models_rels_cases_fk" FOREIGN KEY ("cases_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "models_rels" ADD CONSTRAINT "models_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "models_rels" ADD CONSTRAINT "models_rels_principles_fk" FOREIGN KEY ("principles_id") REFERENCES "public"."principles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_models_v_version_checklist_where" ADD CONSTRAINT "_models_v_version_checklist_where_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_models_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_models_v_version_checklist_when" ADD CONSTRAINT "_models_v_version_checklist_when_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_models_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_models_v_version_checklist_how" ADD CONSTRAINT "_models_v_version_checklist_how_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_models_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_models_v_version_strengths" ADD CONSTRAINT "_models_v_version_strengths_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_models_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_models_v_version_weaknesses" ADD CONSTRAINT "_models_v_version_weaknesses_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_models_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_models_v" ADD CONSTRAINT "_models_v_parent_id_models_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."models"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_models_v_locales" ADD CONSTRAINT "_models_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_models_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_models_v_rels" ADD CONSTRAINT "_models_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_models_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_models_v_rels" ADD CONSTRAINT "_models_v_rels_cases_fk" FOREIGN KEY ("cases_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_models_v_rels" ADD CONSTRAINT "_models_v_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_models_v_rels" ADD CONSTRAINT "_models_v_rels_principles_fk" FOREIGN KEY ("principles_id") REFERENCES "public"."principles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cases_providers" ADD CONSTRAINT "cases_providers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cases" ADD CONSTRAINT "cases_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cases_locales" ADD CONSTRAINT "cases_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cases_rels" ADD CONSTRAINT "cases_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cases_rels" ADD CONSTRAINT "cases_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cases_rels" ADD CONSTRAINT "cases_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cases_v_version_providers" ADD CONSTRAINT "_cases_v_version_providers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_cases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cases_v" ADD CONSTRAINT "_cases_v_parent_id_cases_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cases_v" ADD CONSTRAINT "_cases_v_version_partner_id_partners_id_fk" FOREIGN KEY ("version_partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cases_v_locales" ADD CONSTRAINT "_cases_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_cases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cases_v_rels" ADD CONSTRAINT "_cases_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_cases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cases_v_rels" ADD CONSTRAINT "_cases_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cases_v_rels" ADD CONSTRAINT "_cases_v_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dilemmas_perspectives" ADD CONSTRAINT "dilemmas_perspectives_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dilemmas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dilemmas" ADD CONSTRAINT "dilemmas_discussed_at_id_themes_id_fk" FOREIGN KEY ("discussed_at_id") REFERENCES "public"."themes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dilemmas_locales" ADD CONSTRAINT "dilemmas_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dilemmas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dilemmas_rels" ADD CONSTRAINT "dilemmas_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."dilemmas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dilemmas_rels" ADD CONSTRAINT "dilemmas_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dilemmas_rels" ADD CONSTRAINT "dilemmas_rels_models_fk" FOREIGN KEY ("models_id") REFERENCES "public"."models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_dilemmas_v_version_perspectives" ADD CONSTRAINT "_dilemmas_v_version_perspectives_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_dilemmas_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_dilemmas_v" ADD CONSTRAINT "_dilemmas_v_parent_id_dilemmas_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."dilemmas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_dilemmas_v" ADD CONSTRAINT "_dilemmas_v_version_discussed_at_id_themes_id_fk" FOREIGN KEY ("version_discussed_at_id") REFERENCES "public"."themes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_dilemmas_v_locales" ADD CONSTRAINT "_dilemmas_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_dilemmas_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_dilemmas_v_rels" ADD CONSTRAINT "_dilemmas_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_dilemmas_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_dilemmas_v_rels" ADD CONSTRAINT "_dilemmas_v_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_dilemmas_v_rels" ADD CONSTRAINT "_dilemmas_v_rels_models_fk" FOREIGN KEY ("models_id") REFERENCES "public"."models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "themes_locales" ADD CONSTRAINT "themes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "principles_locales" ADD CONSTRAINT "principles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."principles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "newsletters_locales" ADD CONSTRAINT "newsletters_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."newsletters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "newsletters_rels" ADD CONSTRAINT "newsletters_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."newsletters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "newsletters_rels" ADD CONSTRAINT "newsletters_rels_cases_fk" FOREIGN KEY ("cases_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "newsletters_rels" ADD CONSTRAINT "newsletters_rels_models_fk" FOREIGN KEY ("models_id") REFERENCES "public"."models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "newsletters_rels" ADD CONSTRAINT "newsletters_rels_dilemmas_fk" FOREIGN KEY ("dilemmas_id") REFERENCES "public"."dilemmas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "newsletters_rels" ADD CONSTRAINT "newsletters_rels_partners_fk" FOREIGN KEY ("partners_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_newsletters_v" ADD CONSTRAINT "_newsletters_v_parent_id_newsletters_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."newsletters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_newsletters_v_locales" ADD CONSTRAINT "_newsletters_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_newsletters_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_newsletters_v_rels" ADD CONSTRAINT "_newsletters_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_newsletters_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_newsletters_v_rels" ADD CONSTRAINT "_newsletters_v_rels_cases_fk" FOREIGN KEY ("cases_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_newsletters_v_rels" ADD CONSTRAINT "_newsletters_v_rels_models_fk" FOREIGN KEY ("models_id") REFERENCES "public"."models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_newsletters_v_rels" ADD CONSTRAINT "_newsletters_v_rels_dilemmas_fk" FOREIGN KEY ("dilemmas_id") REFERENCES "public"."dilemmas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_newsletters_v_rels" ADD CONSTRAINT "_newsletters_v_rels_partners_fk" FOREIGN KEY ("partners_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners_contacts" ADD CONSTRAINT "partners_contacts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners_panel_nominees" ADD CONSTRAINT "partners_panel_nominees_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners_attendees" ADD CONSTRAINT "partners_attendees_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners" ADD CONSTRAINT "partners_logo_id_logos_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."logos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "partners_locales" ADD CONSTRAINT "partners_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "logos" ADD CONSTRAINT "logos_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts" ADD CONSTRAINT "posts_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts" ADD CONSTRAINT "posts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts_locales" ADD CONSTRAINT "posts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_parent_id_posts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_version_partner_id_partners_id_fk" FOREIGN KEY ("version_partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v_locales" ADD CONSTRAINT "_posts_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_posts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments_rels" ADD CONSTRAINT "comments_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comments_rels" ADD CONSTRAINT "comments_rels_cases_fk" FOREIGN KEY ("cases_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comments_rels" ADD CONSTRAINT "comments_rels_dilemmas_fk" FOREIGN KEY ("dilemmas_id") REFERENCES "public"."dilemmas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comments_rels" ADD CONSTRAINT "comments_rels_models_fk" FOREIGN KEY ("models_id") REFERENCES "public"."models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_models_fk" FOREIGN KEY ("models_id") REFERENCES "public"."models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_cases_fk" FOREIGN KEY ("cases_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dilemmas_fk" FOREIGN KEY ("dilemmas_id") REFERENCES "public"."dilemmas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_principles_fk" FOREIGN KEY ("principles_id") REFERENCES "public"."principles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_newsletters_fk" FOREIGN KEY ("newsletters_id") REFERENCES "public"."newsletters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_partners_fk" FOREIGN KEY ("partners_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_logos_fk" FOREIGN KEY ("logos_id") REFERENCES "public"."logos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_panel_surveys_fk" FOREIGN KEY ("panel_surveys_id") REFERENCES "public"."panel_surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_posts_fk" FOREIGN KEY ("posts_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_comments_fk" FOREIGN KEY ("comments_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "catalog_locales" ADD CONSTRAINT "catalog_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."catalog"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "catalog_rels" ADD CONSTRAINT "catalog_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."catalog"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "catalog_rels" ADD CONSTRAINT "catalog_rels_models_fk" FOREIGN KEY ("models_id") REFERENCES "public"."models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_catalog_v_locales" ADD CONSTRAINT "_catalog_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_catalog_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_catalog_v_rels" ADD CONSTRAINT "_catalog_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_catalog_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_catalog_v_rels" ADD CONSTRAINT "_catalog_v_rels_models_fk" FOREIGN KEY ("models_id") REFERENCES "public"."models"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "models_checklist_where_order_idx" ON "models_checklist_where" USING btree ("_order");
  CREATE INDEX "models_checklist_where_parent_id_idx" ON "models_checklist_where" USING btree ("_parent_id");
  CREATE INDEX "models_checklist_where_locale_idx" ON "models_checklist_where" USING btree ("_locale");
  CREATE INDEX "models_checklist_when_order_idx" ON "models_checklist_when" USING btree ("_order");
  CREATE INDEX "models_checklist_when_parent_id_idx" ON "models_checklist_when" USING btree ("_parent_id");
  CREATE INDEX "models_checklist_when_locale_idx" ON "models_checklist_when" USING btree ("_locale");
  CREATE INDEX "models_checklist_how_order_idx" ON "models_checklist_how" USING btree ("_order");
  CREATE INDEX "models_checklist_how_parent_id_idx" ON "models_checklist_how" USING btree ("_parent_id");
  CREATE INDEX "models_checklist_how_locale_idx" ON "models_checklist_how" USING btree ("_locale");
  CREATE INDEX "models_strengths_order_idx" ON "models_strengths" USING btree ("_order");
  CREATE INDEX "models_strengths_parent_id_idx" ON "models_strengths" USING btree ("_parent_id");
  CREATE INDEX "models_strengths_locale_idx" ON "models_strengths" USING btree ("_locale");
  CREATE INDEX "models_weaknesses_order_idx" ON "models_weaknesses" USING btree ("_order");
  CREATE INDEX "models_weaknesses_parent_id_idx" ON "models_weaknesses" USING btree ("_parent_id");
  CREATE INDEX "models_weaknesses_locale_idx" ON "models_weaknesses" USING btree ("_locale");
  CREATE UNIQUE INDEX "models_slug_idx" ON "models" USING btree ("slug");
  CREATE INDEX "models_order_idx" ON "models" USING btree ("order");
  CREATE INDEX "models_updated_at_idx" ON "models" USING btree ("updated_at");
  CREATE INDEX "models_created_at_idx" ON "models" USING btree ("created_at");
  CREATE INDEX "models__status_idx" ON "models" USING btree ("_status");
  CREATE UNIQUE INDEX "models_locales_locale_parent_id_unique" ON "models_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "models_rels_order_idx" ON "models_rels" USING btree ("order");
  CREATE INDEX "models_rels_parent_idx" ON "models_rels" USING btree ("parent_id");
  CREATE INDEX "models_rels_path_idx" ON "models_rels" USING btree ("path");
  CREATE INDEX "models_rels_cases_id_idx" ON "models_rels" USING btree ("cases_id");
  CREATE INDEX "models_rels_themes_id_idx" ON "models_rels" USING btree ("themes_id");
  CREATE INDEX "models_rels_principles_id_idx" ON "models_rels" USING btree ("principles_id");
  CREATE INDEX "_models_v_version_checklist_where_order_idx" ON "_models_v_version_checklist_where" USING btree ("_order");
  CREATE INDEX "_models_v_version_checklist_where_parent_id_idx" ON "_models_v_version_checklist_where" USING btree ("_parent_id");
  CREATE INDEX "_models_v_version_checklist_where_locale_idx" ON "_models_v_version_checklist_where" USING btree ("_locale");
  CREATE INDEX "_models_v_version_checklist_when_order_idx" ON "_models_v_version_checklist_when" USING btree ("_order");
  CREATE INDEX "_models_v_version_checklist_when_parent_id_idx" ON "_models_v_version_checklist_when" USING btree ("_parent_id");
  CREATE INDEX "_models_v_version_checklist_when_locale_idx" ON "_models_v_version_checklist_when" USING btree ("_locale");
  CREATE INDEX "_models_v_version_checklist_how_order_idx" ON "_models_v_version_checklist_how" USING btree ("_order");
  CREATE INDEX "_models_v_version_checklist_how_parent_id_idx" ON "_models_v_version_checklist_how" USING btree ("_parent_id");
  CREATE INDEX "_models_v_version_checklist_how_locale_idx" ON "_models_v_version_checklist_how" USING btree ("_locale");
  CREATE INDEX "_models_v_version_strengths_order_idx" ON "_models_v_version_strengths" USING btree ("_order");
  CREATE INDEX "_models_v_version_strengths_parent_id_idx" ON "_models_v_version_strengths" USING btree ("_parent_id");
  CREATE INDEX "_models_v_version_strengths_locale_idx" ON "_models_v_version_strengths" USING btree ("_locale");
  CREATE INDEX "_models_v_version_weaknesses_order_idx" ON "_models_v_version_weaknesses" USING btree ("_order");
  CREATE INDEX "_models_v_version_weaknesses_parent_id_idx" ON "_models_v_version_weaknesses" USING btree ("_parent_id");
  CREATE INDEX "_models_v_version_weaknesses_locale_idx" ON "_models_v_version_weaknesses" USING btree ("_locale");
  CREATE INDEX "_models_v_parent_idx" ON "_models_v" USING btree ("parent_id");
  CREATE INDEX "_models_v_version_version_slug_idx" ON "_models_v" USING btree ("version_slug");
  CREATE INDEX "_models_v_version_version_order_idx" ON "_models_v" USING btree ("version_order");
  CREATE INDEX "_models_v_version_version_updated_at_idx" ON "_models_v" USING btree ("version_updated_at");
  CREATE INDEX "_models_v_version_version_created_at_idx" ON "_models_v" USING btree ("version_created_at");
  CREATE INDEX "_models_v_version_version__status_idx" ON "_models_v" USING btree ("version__status");
  CREATE INDEX "_models_v_created_at_idx" ON "_models_v" USING btree ("created_at");
  CREATE INDEX "_models_v_updated_at_idx" ON "_models_v" USING btree ("updated_at");
  CREATE INDEX "_models_v_snapshot_idx" ON "_models_v" USING btree ("snapshot");
  CREATE INDEX "_models_v_published_locale_idx" ON "_models_v" USING btree ("published_locale");
  CREATE INDEX "_models_v_latest_idx" ON "_models_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_models_v_locales_locale_parent_id_unique" ON "_models_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_models_v_rels_order_idx" ON "_models_v_rels" USING btree ("order");
  CREATE INDEX "_models_v_rels_parent_idx" ON "_models_v_rels" USING btree ("parent_id");
  CREATE INDEX "_models_v_rels_path_idx" ON "_models_v_rels" USING btree ("path");
  CREATE INDEX "_models_v_rels_cases_id_idx" ON "_models_v_rels" USING btree ("cases_id");
  CREATE INDEX "_models_v_rels_themes_id_idx" ON "_models_v_rels" USING btree ("themes_id");
  CREATE INDEX "_models_v_rels_principles_id_idx" ON "_models_v_rels" USING btree ("principles_id");
  CREATE INDEX "cases_providers_order_idx" ON "cases_providers" USING btree ("order");
  CREATE INDEX "cases_providers_parent_idx" ON "cases_providers" USING btree ("parent_id");
  CREATE UNIQUE INDEX "cases_slug_idx" ON "cases" USING btree ("slug");
  CREATE INDEX "cases_partner_idx" ON "cases" USING btree ("partner_id");
  CREATE INDEX "cases_updated_at_idx" ON "cases" USING btree ("updated_at");
  CREATE INDEX "cases_created_at_idx" ON "cases" USING btree ("created_at");
  CREATE INDEX "cases__status_idx" ON "cases" USING btree ("_status");
  CREATE UNIQUE INDEX "cases_locales_locale_parent_id_unique" ON "cases_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "cases_rels_order_idx" ON "cases_rels" USING btree ("order");
  CREATE INDEX "cases_rels_parent_idx" ON "cases_rels" USING btree ("parent_id");
  CREATE INDEX "cases_rels_path_idx" ON "cases_rels" USING btree ("path");
  CREATE INDEX "cases_rels_media_id_idx" ON "cases_rels" USING btree ("media_id");
  CREATE INDEX "cases_rels_themes_id_idx" ON "cases_rels" USING btree ("themes_id");
  CREATE INDEX "_cases_v_version_providers_order_idx" ON "_cases_v_version_providers" USING btree ("order");
  CREATE INDEX "_cases_v_version_providers_parent_idx" ON "_cases_v_version_providers" USING btree ("parent_id");
  CREATE INDEX "_cases_v_parent_idx" ON "_cases_v" USING btree ("parent_id");
  CREATE INDEX "_cases_v_version_version_slug_idx" ON "_cases_v" USING btree ("version_slug");
  CREATE INDEX "_cases_v_version_version_partner_idx" ON "_cases_v" USING btree ("version_partner_id");
  CREATE INDEX "_cases_v_version_version_updated_at_idx" ON "_cases_v" USING btree ("version_updated_at");
  CREATE INDEX "_cases_v_version_version_created_at_idx" ON "_cases_v" USING btree ("version_created_at");
  CREATE INDEX "_cases_v_version_version__status_idx" ON "_cases_v" USING btree ("version__status");
  CREATE INDEX "_cases_v_created_at_idx" ON "_cases_v" USING btree ("created_at");
  CREATE INDEX "_cases_v_updated_at_idx" ON "_cases_v" USING btree ("updated_at");
  CREATE INDEX "_cases_v_snapshot_idx" ON "_cases_v" USING btree ("snapshot");
  CREATE INDEX "_cases_v_published_locale_idx" ON "_cases_v" USING btree ("published_locale");
  CREATE INDEX "_cases_v_latest_idx" ON "_cases_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_cases_v_locales_locale_parent_id_unique" ON "_cases_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_cases_v_rels_order_idx" ON "_cases_v_rels" USING btree ("order");
  CREATE INDEX "_cases_v_rels_parent_idx" ON "_cases_v_rels" USING btree ("parent_id");
  CREATE INDEX "_cases_v_rels_path_idx" ON "_cases_v_rels" USING btree ("path");
  CREATE INDEX "_cases_v_rels_media_id_idx" ON "_cases_v_rels" USING btree ("media_id");
  CREATE INDEX "_cases_v_rels_themes_id_idx" ON "_cases_v_rels" USING btree ("themes_id");
  CREATE INDEX "dilemmas_perspectives_order_idx" ON "dilemmas_perspectives" USING btree ("_order");
  CREATE INDEX "dilemmas_perspectives_parent_id_idx" ON "dilemmas_perspectives" USING btree ("_parent_id");
  CREATE INDEX "dilemmas_perspectives_locale_idx" ON "dilemmas_perspectives" USING btree ("_locale");
  CREATE UNIQUE INDEX "dilemmas_slug_idx" ON "dilemmas" USING btree ("slug");
  CREATE INDEX "dilemmas_discussed_at_idx" ON "dilemmas" USING btree ("discussed_at_id");
  CREATE INDEX "dilemmas_updated_at_idx" ON "dilemmas" USING btree ("updated_at");
  CREATE INDEX "dilemmas_created_at_idx" ON "dilemmas" USING btree ("created_at");
  CREATE INDEX "dilemmas__status_idx" ON "dilemmas" USING btree ("_status");
  CREATE UNIQUE INDEX "dilemmas_locales_locale_parent_id_unique" ON "dilemmas_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "dilemmas_rels_order_idx" ON "dilemmas_rels" USING btree ("order");
  CREATE INDEX "dilemmas_rels_parent_idx" ON "dilemmas_rels" USING btree ("parent_id");
  CREATE INDEX "dilemmas_rels_path_idx" ON "dilemmas_rels" USING btree ("path");
  CREATE INDEX "dilemmas_rels_themes_id_idx" ON "dilemmas_rels" USING btree ("themes_id");
  CREATE INDEX "dilemmas_rels_models_id_idx" ON "dilemmas_rels" USING btree ("models_id");
  CREATE INDEX "_dilemmas_v_version_perspectives_order_idx" ON "_dilemmas_v_version_perspectives" USING btree ("_order");
  CREATE INDEX "_dilemmas_v_version_perspectives_parent_id_idx" ON "_dilemmas_v_version_perspectives" USING btree ("_parent_id");
  CREATE INDEX "_dilemmas_v_version_perspectives_locale_idx" ON "_dilemmas_v_version_perspectives" USING btree ("_locale");
  CREATE INDEX "_dilemmas_v_parent_idx" ON "_dilemmas_v" USING btree ("parent_id");
  CREATE INDEX "_dilemmas_v_version_version_slug_idx" ON "_dilemmas_v" USING btree ("version_slug");
  CREATE INDEX "_dilemmas_v_version_version_discussed_at_idx" ON "_dilemmas_v" USING btree ("version_discussed_at_id");
  CREATE INDEX "_dilemmas_v_version_version_updated_at_idx" ON "_dilemmas_v" USING btree ("version_updated_at");
  CREATE INDEX "_dilemmas_v_version_version_created_at_idx" ON "_dilemmas_v" USING btree ("version_created_at");
  CREATE INDEX "_dilemmas_v_version_version__status_idx" ON "_dilemmas_v" USING btree ("version__status");
  CREATE INDEX "_dilemmas_v_created_at_idx" ON "_dilemmas_v" USING btree ("created_at");
  CREATE INDEX "_dilemmas_v_updated_at_idx" ON "_dilemmas_v" USING btree ("updated_at");
  CREATE INDEX "_dilemmas_v_snapshot_idx" ON "_dilemmas_v" USING btree ("snapshot");
  CREATE INDEX "_dilemmas_v_published_locale_idx" ON "_dilemmas_v" USING btree ("published_locale");
  CREATE INDEX "_dilemmas_v_latest_idx" ON "_dilemmas_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_dilemmas_v_locales_locale_parent_id_unique" ON "_dilemmas_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_dilemmas_v_rels_order_idx" ON "_dilemmas_v_rels" USING btree ("order");
  CREATE INDEX "_dilemmas_v_rels_parent_idx" ON "_dilemmas_v_rels" USING btree ("parent_id");
  CREATE INDEX "_dilemmas_v_rels_path_idx" ON "_dilemmas_v_rels" USING btree ("path");
  CREATE INDEX "_dilemmas_v_rels_themes_id_idx" ON "_dilemmas_v_rels" USING btree ("themes_id");
  CREATE INDEX "_dilemmas_v_rels_models_id_idx" ON "_dilemmas_v_rels" USING btree ("models_id");
  CREATE UNIQUE INDEX "themes_slug_idx" ON "themes" USING btree ("slug");
  CREATE INDEX "themes_updated_at_idx" ON "themes" USING btree ("updated_at");
  CREATE INDEX "themes_created_at_idx" ON "themes" USING btree ("created_at");
  CREATE UNIQUE INDEX "themes_locales_locale_parent_id_unique" ON "themes_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "principles_number_idx" ON "principles" USING btree ("number");
  CREATE UNIQUE INDEX "principles_slug_idx" ON "principles" USING btree ("slug");
  CREATE INDEX "principles_updated_at_idx" ON "principles" USING btree ("updated_at");
  CREATE INDEX "principles_created_at_idx" ON "principles" USING btree ("created_at");
  CREATE UNIQUE INDEX "principles_locales_locale_parent_id_unique" ON "principles_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "newsletters_issue_idx" ON "newsletters" USING btree ("issue");
  CREATE INDEX "newsletters_updated_at_idx" ON "newsletters" USING btree ("updated_at");
  CREATE INDEX "newsletters_created_at_idx" ON "newsletters" USING btree ("created_at");
  CREATE INDEX "newsletters__status_idx" ON "newsletters" USING btree ("_status");
  CREATE UNIQUE INDEX "newsletters_locales_locale_parent_id_unique" ON "newsletters_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "newsletters_rels_order_idx" ON "newsletters_rels" USING btree ("order");
  CREATE INDEX "newsletters_rels_parent_idx" ON "newsletters_rels" USING btree ("parent_id");
  CREATE INDEX "newsletters_rels_path_idx" ON "newsletters_rels" USING btree ("path");
  CREATE INDEX "newsletters_rels_cases_id_idx" ON "newsletters_rels" USING btree ("cases_id");
  CREATE INDEX "newsletters_rels_models_id_idx" ON "newsletters_rels" USING btree ("models_id");
  CREATE INDEX "newsletters_rels_dilemmas_id_idx" ON "newsletters_rels" USING btree ("dilemmas_id");
  CREATE INDEX "newsletters_rels_partners_id_idx" ON "newsletters_rels" USING btree ("partners_id");
  CREATE INDEX "_newsletters_v_parent_idx" ON "_newsletters_v" USING btree ("parent_id");
  CREATE INDEX "_newsletters_v_version_version_issue_idx" ON "_newsletters_v" USING btree ("version_issue");
  CREATE INDEX "_newsletters_v_version_version_updated_at_idx" ON "_newsletters_v" USING btree ("version_updated_at");
  CREATE INDEX "_newsletters_v_version_version_created_at_idx" ON "_newsletters_v" USING btree ("version_created_at");
  CREATE INDEX "_newsletters_v_version_version__status_idx" ON "_newsletters_v" USING btree ("version__status");
  CREATE INDEX "_newsletters_v_created_at_idx" ON "_newsletters_v" USING btree ("created_at");
  CREATE INDEX "_newsletters_v_updated_at_idx" ON "_newsletters_v" USING btree ("updated_at");
  CREATE INDEX "_newsletters_v_snapshot_idx" ON "_newsletters_v" USING btree ("snapshot");
  CREATE INDEX "_newsletters_v_published_locale_idx" ON "_newsletters_v" USING btree ("published_locale");
  CREATE INDEX "_newsletters_v_latest_idx" ON "_newsletters_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_newsletters_v_locales_locale_parent_id_unique" ON "_newsletters_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_newsletters_v_rels_order_idx" ON "_newsletters_v_rels" USING btree ("order");
  CREATE INDEX "_newsletters_v_rels_parent_idx" ON "_newsletters_v_rels" USING btree ("parent_id");
  CREATE INDEX "_newsletters_v_rels_path_idx" ON "_newsletters_v_rels" USING btree ("path");
  CREATE INDEX "_newsletters_v_rels_cases_id_idx" ON "_newsletters_v_rels" USING btree ("cases_id");
  CREATE INDEX "_newsletters_v_rels_models_id_idx" ON "_newsletters_v_rels" USING btree ("models_id");
  CREATE INDEX "_newsletters_v_rels_dilemmas_id_idx" ON "_newsletters_v_rels" USING btree ("dilemmas_id");
  CREATE INDEX "_newsletters_v_rels_partners_id_idx" ON "_newsletters_v_rels" USING btree ("partners_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_wide_sizes_wide_filename_idx" ON "media" USING btree ("sizes_wide_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "partners_contacts_order_idx" ON "partners_contacts" USING btree ("_order");
  CREATE INDEX "partners_contacts_parent_id_idx" ON "partners_contacts" USING btree ("_parent_id");
  CREATE INDEX "partners_panel_nominees_order_idx" ON "partners_panel_nominees" USING btree ("_order");
  CREATE INDEX "partners_panel_nominees_parent_id_idx" ON "partners_panel_nominees" USING btree ("_parent_id");
  CREATE INDEX "partners_attendees_order_idx" ON "partners_attendees" USING btree ("_order");
  CREATE INDEX "partners_attendees_parent_id_idx" ON "partners_attendees" USING btree ("_parent_id");
  CREATE INDEX "partners_logo_idx" ON "partners" USING btree ("logo_id");
  CREATE UNIQUE INDEX "partners_slug_idx" ON "partners" USING btree ("slug");
  CREATE INDEX "partners_status_idx" ON "partners" USING btree ("status");
  CREATE INDEX "partners_tier_idx" ON "partners" USING btree ("tier");
  CREATE INDEX "partners_updated_at_idx" ON "partners" USING btree ("updated_at");
  CREATE INDEX "partners_created_at_idx" ON "partners" USING btree ("created_at");
  CREATE UNIQUE INDEX "partners_locales_locale_parent_id_unique" ON "partners_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "logos_partner_idx" ON "logos" USING btree ("partner_id");
  CREATE INDEX "logos_updated_at_idx" ON "logos" USING btree ("updated_at");
  CREATE INDEX "logos_created_at_idx" ON "logos" USING btree ("created_at");
  CREATE UNIQUE INDEX "logos_filename_idx" ON "logos" USING btree ("filename");
  CREATE INDEX "logos_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "logos" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "logos_sizes_web_sizes_web_filename_idx" ON "logos" USING btree ("sizes_web_filename");
  CREATE INDEX "logos_sizes_print_sizes_print_filename_idx" ON "logos" USING btree ("sizes_print_filename");
  CREATE INDEX "panel_surveys_updated_at_idx" ON "panel_surveys" USING btree ("updated_at");
  CREATE INDEX "panel_surveys_created_at_idx" ON "panel_surveys" USING btree ("created_at");
  CREATE UNIQUE INDEX "panel_surveys_filename_idx" ON "panel_surveys" USING btree ("filename");
  CREATE UNIQUE INDEX "posts_slug_idx" ON "posts" USING btree ("slug");
  CREATE INDEX "posts_partner_idx" ON "posts" USING btree ("partner_id");
  CREATE INDEX "posts_author_idx" ON "posts" USING btree ("author_id");
  CREATE INDEX "posts_published_at_idx" ON "posts" USING btree ("published_at");
  CREATE INDEX "posts_updated_at_idx" ON "posts" USING btree ("updated_at");
  CREATE INDEX "posts_created_at_idx" ON "posts" USING btree ("created_at");
  CREATE INDEX "posts__status_idx" ON "posts" USING btree ("_status");
  CREATE UNIQUE INDEX "posts_locales_locale_parent_id_unique" ON "posts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_posts_v_parent_idx" ON "_posts_v" USING btree ("parent_id");
  CREATE INDEX "_posts_v_version_version_slug_idx" ON "_posts_v" USING btree ("version_slug");
  CREATE INDEX "_posts_v_version_version_partner_idx" ON "_posts_v" USING btree ("version_partner_id");
  CREATE INDEX "_posts_v_version_version_author_idx" ON "_posts_v" USING btree ("version_author_id");
  CREATE INDEX "_posts_v_version_version_published_at_idx" ON "_posts_v" USING btree ("version_published_at");
  CREATE INDEX "_posts_v_version_version_updated_at_idx" ON "_posts_v" USING btree ("version_updated_at");
  CREATE INDEX "_posts_v_version_version_created_at_idx" ON "_posts_v" USING btree ("version_created_at");
  CREATE INDEX "_posts_v_version_version__status_idx" ON "_posts_v" USING btree ("version__status");
  CREATE INDEX "_posts_v_created_at_idx" ON "_posts_v" USING btree ("created_at");
  CREATE INDEX "_posts_v_updated_at_idx" ON "_posts_v" USING btree ("updated_at");
  CREATE INDEX "_posts_v_snapshot_idx" ON "_posts_v" USING btree ("snapshot");
  CREATE INDEX "_posts_v_published_locale_idx" ON "_posts_v" USING btree ("published_locale");
  CREATE INDEX "_posts_v_latest_idx" ON "_posts_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_posts_v_locales_locale_parent_id_unique" ON "_posts_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "comments_author_idx" ON "comments" USING btree ("author_id");
  CREATE INDEX "comments_hidden_idx" ON "comments" USING btree ("hidden");
  CREATE INDEX "comments_updated_at_idx" ON "comments" USING btree ("updated_at");
  CREATE INDEX "comments_created_at_idx" ON "comments" USING btree ("created_at");
  CREATE INDEX "comments_rels_order_idx" ON "comments_rels" USING btree ("order");
  CREATE INDEX "comments_rels_parent_idx" ON "comments_rels" USING btree ("parent_id");
  CREATE INDEX "comments_rels_path_idx" ON "comments_rels" USING btree ("path");
  CREATE INDEX "comments_rels_cases_id_idx" ON "comments_rels" USING btree ("cases_id");
  CREATE INDEX "comments_rels_dilemmas_id_idx" ON "comments_rels" USING btree ("dilemmas_id");
  CREATE INDEX "comments_rels_models_id_idx" ON "comments_rels" USING btree ("models_id");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_partner_idx" ON "users" USING btree ("partner_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_models_id_idx" ON "payload_locked_documents_rels" USING btree ("models_id");
  CREATE INDEX "payload_locked_documents_rels_cases_id_idx" ON "payload_locked_documents_rels" USING btree ("cases_id");
  CREATE INDEX "payload_locked_documents_rels_dilemmas_id_idx" ON "payload_locked_documents_rels" USING btree ("dilemmas_id");
  CREATE INDEX "payload_locked_documents_rels_themes_id_idx" ON "payload_locked_documents_rels" USING btree ("themes_id");
  CREATE INDEX "payload_locked_documents_rels_principles_id_idx" ON "payload_locked_documents_rels" USING btree ("principles_id");
  CREATE INDEX "payload_locked_documents_rels_newsletters_id_idx" ON "payload_locked_documents_rels" USING btree ("newsletters_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_partners_id_idx" ON "payload_locked_documents_rels" USING btree ("partners_id");
  CREATE INDEX "payload_locked_documents_rels_logos_id_idx" ON "payload_locked_documents_rels" USING btree ("logos_id");
  CREATE INDEX "payload_locked_documents_rels_panel_surveys_id_idx" ON "payload_locked_documents_rels" USING btree ("panel_surveys_id");
  CREATE INDEX "payload_locked_documents_rels_posts_id_idx" ON "payload_locked_documents_rels" USING btree ("posts_id");
  CREATE INDEX "payload_locked_documents_rels_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("comments_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "catalog__status_idx" ON "catalog" USING btree ("_status");
  CREATE UNIQUE INDEX "catalog_locales_locale_parent_id_unique" ON "catalog_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "catalog_rels_order_idx" ON "catalog_rels" USING btree ("order");
  CREATE INDEX "catalog_rels_parent_idx" ON "catalog_rels" USING btree ("parent_id");
  CREATE INDEX "catalog_rels_path_idx" ON "catalog_rels" USING btree ("path");
  CREATE INDEX "catalog_rels_models_id_idx" ON "catalog_rels" USING btree ("models_id");
  CREATE INDEX "_catalog_v_version_version__status_idx" ON "_catalog_v" USING btree ("version__status");
  CREATE INDEX "_catalog_v_created_at_idx" ON "_catalog_v" USING btree ("created_at");
  CREATE INDEX "_catalog_v_updated_at_idx" ON "_catalog_v" USING btree ("updated_at");
  CREATE INDEX "_catalog_v_snapshot_idx" ON "_catalog_v" USING btree ("snapshot");
  CREATE INDEX "_catalog_v_published_locale_idx" ON "_catalog_v" USING btree ("published_locale");
  CREATE INDEX "_catalog_v_latest_idx" ON "_catalog_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_catalog_v_locales_locale_parent_id_unique" ON "_catalog_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_catalog_v_rels_order_idx" ON "_catalog_v_rels" USING btree ("order");
  CREATE INDEX "_catalog_v_rels_parent_idx" ON "_catalog_v_rels" USING btree ("parent_id");
  CREATE INDEX "_catalog_v_rels_path_idx" ON "_catalog_v_rels" USING btree ("path");
  CREATE INDEX "_catalog_v_rels_models_id_idx" ON "_catalog_v_rels" USING btree ("models_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "models_checklist_where" CASCADE;
  DROP TABLE "models_checklist_when" CASCADE;
  DROP TABLE "models_checklist_how" CASCADE;
  DROP TABLE "models_strengths" CASCADE;
  DROP TABLE "models_weaknesses" CASCADE;
  DROP TABLE "models" CASCADE;
  DROP TABLE "models_locales" CASCADE;
  DROP TABLE "models_rels" CASCADE;
  DROP TABLE "_models_v_version_checklist_where" CASCADE;
  DROP TABLE "_models_v_version_checklist_when" CASCADE;
  DROP TABLE "_models_v_version_checklist_how" CASCADE;
  DROP TABLE "_models_v_version_strengths" CASCADE;
  DROP TABLE "_models_v_version_weaknesses" CASCADE;
  DROP TABLE "_models_v" CASCADE;
  DROP TABLE "_models_v_locales" CASCADE;
  DROP TABLE "_models_v_rels" CASCADE;
  DROP TABLE "cases_providers" CASCADE;
  DROP TABLE "cases" CASCADE;
  DROP TABLE "cases_locales" CASCADE;
  DROP TABLE "cases_rels" CASCADE;
  DROP TABLE "_cases_v_version_providers" CASCADE;
  DROP TABLE "_cases_v" CASCADE;
  DROP TABLE "_cases_v_locales" CASCADE;
  DROP TABLE "_cases_v_rels" CASCADE;
  DROP TABLE "dilemmas_perspectives" CASCADE;
  DROP TABLE "dilemmas" CASCADE;
  DROP TABLE "dilemmas_locales" CASCADE;
  DROP TABLE "dilemmas_rels" CASCADE;
  DROP TABLE "_dilemmas_v_version_perspectives" CASCADE;
  DROP TABLE "_dilemmas_v" CASCADE;
  DROP TABLE "_dilemmas_v_locales" CASCADE;
  DROP TABLE "_dilemmas_v_rels" CASCADE;
  DROP TABLE "themes" CASCADE;
  DROP TABLE "themes_locales" CASCADE;
  DROP TABLE "principles" CASCADE;
  DROP TABLE "principles_locales" CASCADE;
  DROP TABLE "newsletters" CASCADE;
  DROP TABLE "newsletters_locales" CASCADE;
  DROP TABLE "newsletters_rels" CASCADE;
  DROP TABLE "_newsletters_v" CASCADE;
  DROP TABLE "_newsletters_v_locales" CASCADE;
  DROP TABLE "_newsletters_v_rels" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "partners_contacts" CASCADE;
  DROP TABLE "partners_panel_nominees" CASCADE;
  DROP TABLE "partners_attendees" CASCADE;
  DROP TABLE "partners" CASCADE;
  DROP TABLE "partners_locales" CASCADE;
  DROP TABLE "logos" CASCADE;
  DROP TABLE "panel_surveys" CASCADE;
  DROP TABLE "posts" CASCADE;
  DROP TABLE "posts_locales" CASCADE;
  DROP TABLE "_posts_v" CASCADE;
  DROP TABLE "_posts_v_locales" CASCADE;
  DROP TABLE "comments" CASCADE;
  DROP TABLE "comments_rels" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "catalog" CASCADE;
  DROP TABLE "catalog_locales" CASCADE;
  DROP TABLE "catalog_rels" CASCADE;
  DROP TABLE "_catalog_v" CASCADE;
  DROP TABLE "_catalog_v_locales" CASCADE;
  DROP TABLE "_catalog_v_rels" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_models_status";
  DROP TYPE "public"."enum__models_v_version_status";
  DROP TYPE "public"."enum__models_v_published_locale";
  DROP TYPE "public"."enum_cases_providers";
  DROP TYPE "public"."enum_cases_area";
  DROP TYPE "public"."enum_cases_status";
  DROP TYPE "public"."enum__cases_v_version_providers";
  DROP TYPE "public"."enum__cases_v_version_area";
  DROP TYPE "public"."enum__cases_v_version_status";
  DROP TYPE "public"."enum__cases_v_published_locale";
  DROP TYPE "public"."enum_dilemmas_status";
  DROP TYPE "public"."enum__dilemmas_v_version_status";
  DROP TYPE "public"."enum__dilemmas_v_published_locale";
  DROP TYPE "public"."enum_themes_kind";
  DROP TYPE "public"."enum_newsletters_status";
  DROP TYPE "public"."enum__newsletters_v_version_status";
  DROP TYPE "public"."enum__newsletters_v_published_locale";
  DROP TYPE "public"."enum_partners_status";
  DROP TYPE "public"."enum_partners_sector";
  DROP TYPE "public"."enum_partners_tier";
  DROP TYPE "public"."enum_posts_status";
  DROP TYPE "public"."enum__posts_v_version_status";
  DROP TYPE "public"."enum__posts_v_published_locale";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_catalog_status";
  DROP TYPE "public"."enum__catalog_v_version_status";
  DROP TYPE "public"."enum__catalog_v_published_locale";`)
}
