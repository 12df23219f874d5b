CREATE TYPE "public"."building_use" AS ENUM('single_family', 'multi_family', 'farm', 'summer_house', 'commercial', 'industrial', 'public', 'other');--> statement-breakpoint
CREATE TYPE "public"."project_status" AS ENUM('planned', 'active', 'completed');--> statement-breakpoint
CREATE TYPE "public"."condition" AS ENUM('A', 'B', 'C');--> statement-breakpoint
CREATE TYPE "public"."lot_status" AS ENUM('draft', 'published', 'closed');--> statement-breakpoint
CREATE TABLE "places" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"postcode" text NOT NULL,
	"municipality_code" text NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	CONSTRAINT "places_postcode_name_key" UNIQUE("postcode","name")
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"created_by" uuid,
	"title" text NOT NULL,
	"address" text NOT NULL,
	"postcode" text NOT NULL,
	"city" text,
	"municipality_code" text NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"building_use" "building_use" NOT NULL,
	"construction_year" integer,
	"floor_area_m2" numeric(10, 1),
	"harvest_from" date,
	"harvest_to" date,
	"description" text,
	"status" "project_status" DEFAULT 'planned' NOT NULL,
	"screening_done" boolean DEFAULT false NOT NULL,
	"screening_date" date,
	"screening_report_ref" text,
	"screening_findings" jsonb DEFAULT '{"asbestos":false,"pcb":false,"lead":false,"other":null}'::jsonb NOT NULL,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_harvest_window" CHECK ("projects"."harvest_from" IS NULL OR "projects"."harvest_to" IS NULL OR "projects"."harvest_from" <= "projects"."harvest_to"),
	CONSTRAINT "projects_floor_area_positive" CHECK ("projects"."floor_area_m2" IS NULL OR "projects"."floor_area_m2" > 0)
);
--> statement-breakpoint
CREATE TABLE "lots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"category_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"quantity" numeric(14, 3) NOT NULL,
	"reserved_quantity" numeric(14, 3) DEFAULT '0' NOT NULL,
	"unit" "unit" NOT NULL,
	"condition" "condition" NOT NULL,
	"dimensions" text,
	"price_dkk" numeric(12, 2) DEFAULT '0' NOT NULL,
	"available_from" date,
	"pick_up_by" date,
	"hazard" jsonb DEFAULT '{"testedFree":[],"reportRef":null,"note":null}'::jsonb NOT NULL,
	"status" "lot_status" DEFAULT 'draft' NOT NULL,
	"outcome_reused" numeric(14, 3),
	"outcome_recycled" numeric(14, 3),
	"outcome_disposed" numeric(14, 3),
	"outcome_recorded_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "lots_quantity_positive" CHECK ("lots"."quantity" > 0),
	CONSTRAINT "lots_reserved_within_quantity" CHECK ("lots"."reserved_quantity" >= 0 AND "lots"."reserved_quantity" <= "lots"."quantity"),
	CONSTRAINT "lots_price_non_negative" CHECK ("lots"."price_dkk" >= 0),
	CONSTRAINT "lots_dates_ordered" CHECK ("lots"."available_from" IS NULL OR "lots"."pick_up_by" IS NULL OR "lots"."available_from" <= "lots"."pick_up_by"),
	CONSTRAINT "lots_outcome_within_quantity" CHECK (("lots"."outcome_reused" IS NULL AND "lots"."outcome_recycled" IS NULL AND "lots"."outcome_disposed" IS NULL) OR ("lots"."outcome_reused" >= 0 AND "lots"."outcome_recycled" >= 0 AND "lots"."outcome_disposed" >= 0 AND "lots"."outcome_reused" + "lots"."outcome_recycled" + "lots"."outcome_disposed" <= "lots"."quantity"))
);
--> statement-breakpoint
CREATE TABLE "lot_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lot_id" uuid NOT NULL,
	"storage_key" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"position" integer NOT NULL,
	"is_cover" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lot_photos_storage_key_unique" UNIQUE("storage_key")
);
--> statement-breakpoint
CREATE TABLE "lot_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"lot_id" uuid NOT NULL,
	"actor_id" uuid,
	"kind" text NOT NULL,
	"changes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "places" ADD CONSTRAINT "places_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lots" ADD CONSTRAINT "lots_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lots" ADD CONSTRAINT "lots_category_id_material_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."material_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lot_photos" ADD CONSTRAINT "lot_photos_lot_id_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."lots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lot_events" ADD CONSTRAINT "lot_events_lot_id_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."lots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lot_events" ADD CONSTRAINT "lot_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "projects_organisation_idx" ON "projects" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "projects_municipality_idx" ON "projects" USING btree ("municipality_code");--> statement-breakpoint
CREATE INDEX "lots_project_idx" ON "lots" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "lots_category_idx" ON "lots" USING btree ("category_id");--> statement-breakpoint
CREATE INDEX "lots_status_idx" ON "lots" USING btree ("status");--> statement-breakpoint
CREATE INDEX "lot_photos_lot_idx" ON "lot_photos" USING btree ("lot_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "lot_photos_one_cover" ON "lot_photos" USING btree ("lot_id") WHERE "lot_photos"."is_cover";--> statement-breakpoint
CREATE INDEX "lot_events_lot_idx" ON "lot_events" USING btree ("lot_id","at");--> statement-breakpoint
CREATE INDEX "lot_events_at_idx" ON "lot_events" USING btree ("at");