CREATE TYPE "public"."wanted_status" AS ENUM('open', 'fulfilled', 'closed');--> statement-breakpoint
CREATE TYPE "public"."construction_type" AS ENUM('brick', 'half_timbered', 'rubble_stone', 'brick_concrete', 'timber_frame', 'concrete', 'other');--> statement-breakpoint
CREATE TABLE "wanted_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"category_id" uuid,
	"title" text,
	"quantity" numeric(14, 3),
	"unit" "unit",
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"radius_km" numeric(6, 1) NOT NULL,
	"postcode" text,
	"municipality_code" text,
	"needed_by" date,
	"note" text,
	"search" jsonb,
	"status" "wanted_status" DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wanted_posts_quantity_positive" CHECK ("wanted_posts"."quantity" IS NULL OR "wanted_posts"."quantity" > 0),
	CONSTRAINT "wanted_posts_radius" CHECK ("wanted_posts"."radius_km" > 0 AND "wanted_posts"."radius_km" <= 500),
	CONSTRAINT "wanted_posts_quantity_has_unit" CHECK (("wanted_posts"."quantity" IS NULL) = ("wanted_posts"."unit" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "material_intensities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"archetype" text NOT NULL,
	"building_uses" "building_use"[] NOT NULL,
	"construction_types" "construction_type"[] NOT NULL,
	"year_from" integer,
	"year_to" integer,
	"category_id" uuid NOT NULL,
	"kg_per_m2" numeric(10, 2) NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "material_intensities_non_negative" CHECK ("material_intensities"."kg_per_m2" >= 0)
);
--> statement-breakpoint
CREATE TABLE "planned_demolitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_code" text NOT NULL,
	"organisation_id" uuid,
	"created_by" uuid,
	"address" text,
	"postcode" text NOT NULL,
	"lat" double precision,
	"lon" double precision,
	"building_use" "building_use" NOT NULL,
	"construction_type" "construction_type" DEFAULT 'brick' NOT NULL,
	"construction_year" integer,
	"floor_area_m2" numeric(10, 1) NOT NULL,
	"expected_year" integer NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "planned_demolitions_floor_area_positive" CHECK ("planned_demolitions"."floor_area_m2" > 0)
);
--> statement-breakpoint
ALTER TABLE "wanted_posts" ADD CONSTRAINT "wanted_posts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wanted_posts" ADD CONSTRAINT "wanted_posts_category_id_material_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."material_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wanted_posts" ADD CONSTRAINT "wanted_posts_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "material_intensities" ADD CONSTRAINT "material_intensities_category_id_material_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."material_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planned_demolitions" ADD CONSTRAINT "planned_demolitions_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planned_demolitions" ADD CONSTRAINT "planned_demolitions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planned_demolitions" ADD CONSTRAINT "planned_demolitions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "wanted_posts_category_idx" ON "wanted_posts" USING btree ("category_id") WHERE "wanted_posts"."status" = 'open';--> statement-breakpoint
CREATE INDEX "wanted_posts_user_idx" ON "wanted_posts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "wanted_posts_municipality_idx" ON "wanted_posts" USING btree ("municipality_code");--> statement-breakpoint
CREATE INDEX "material_intensities_archetype_idx" ON "material_intensities" USING btree ("archetype");--> statement-breakpoint
CREATE INDEX "planned_demolitions_municipality_idx" ON "planned_demolitions" USING btree ("municipality_code","expected_year");