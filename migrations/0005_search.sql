CREATE TABLE "lot_search" (
	"lot_id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"category_id" uuid NOT NULL,
	"top_category_id" uuid NOT NULL,
	"title" text NOT NULL,
	"search_text" text NOT NULL,
	"tsv" "tsvector" NOT NULL,
	"condition" "condition" NOT NULL,
	"price_dkk" numeric(12, 2) NOT NULL,
	"price_band" smallint NOT NULL,
	"quantity_left" numeric(14, 3) NOT NULL,
	"municipality_code" text NOT NULL,
	"postcode" text NOT NULL,
	"available_from" date,
	"pick_up_by" date,
	"screened" boolean NOT NULL,
	"org_kind" "organisation_kind" NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"geo" "earth" NOT NULL,
	"merc_x" double precision NOT NULL,
	"merc_y" double precision NOT NULL,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "search_outbox" (
	"lot_id" uuid PRIMARY KEY NOT NULL,
	"seq" bigserial NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"claimed_until" timestamp with time zone,
	"last_error" text
);
--> statement-breakpoint
CREATE TABLE "search_index_state" (
	"id" integer PRIMARY KEY NOT NULL,
	"paused_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "wanted_alert_queue" (
	"lot_id" uuid PRIMARY KEY NOT NULL,
	"enqueued_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wanted_alerts" (
	"wanted_id" uuid NOT NULL,
	"lot_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wanted_alerts_wanted_id_lot_id_pk" PRIMARY KEY("wanted_id","lot_id")
);
--> statement-breakpoint
ALTER TABLE "lot_search" ADD CONSTRAINT "lot_search_lot_id_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."lots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wanted_alerts" ADD CONSTRAINT "wanted_alerts_wanted_id_wanted_posts_id_fk" FOREIGN KEY ("wanted_id") REFERENCES "public"."wanted_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wanted_alerts" ADD CONSTRAINT "wanted_alerts_lot_id_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."lots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "lot_search_tsv_idx" ON "lot_search" USING gin ("tsv");--> statement-breakpoint
CREATE INDEX "lot_search_text_trgm_idx" ON "lot_search" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "lot_search_geo_idx" ON "lot_search" USING gist ("geo");--> statement-breakpoint
CREATE INDEX "lot_search_category_idx" ON "lot_search" USING btree ("category_id");--> statement-breakpoint
CREATE INDEX "lot_search_municipality_idx" ON "lot_search" USING btree ("municipality_code");--> statement-breakpoint
CREATE INDEX "lot_search_published_idx" ON "lot_search" USING btree ("published_at" DESC NULLS LAST,"lot_id");--> statement-breakpoint
CREATE INDEX "lot_search_pick_up_by_idx" ON "lot_search" USING btree ("pick_up_by","lot_id");--> statement-breakpoint
CREATE INDEX "search_outbox_seq_idx" ON "search_outbox" USING btree ("seq");--> statement-breakpoint
-- Everything below is written by hand: drizzle-kit does not manage functions and triggers.
-- Danish stemming, applied twice: the Snowball stemmer takes off one suffix per pass, so
-- "murstenene" → "mursten" → "murst" and "mursten" → "murst" meet; a second pass of an already
-- stemmed word changes nothing. Documents and queries go through the same two passes.
CREATE FUNCTION search_restem(lexeme text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce((ts_lexize('danish_stem', lexeme))[1], lexeme)
$$;
--> statement-breakpoint
-- The search lexeme of one query word; NULL for a stop word.
CREATE FUNCTION search_stem(word text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT search_restem(t.lexeme) FROM unnest(to_tsvector('danish', word)) AS t ORDER BY t.positions[1] LIMIT 1
$$;
--> statement-breakpoint
-- to_tsvector('danish', doc) with every lexeme stemmed a second time, positions kept (ts_rank_cd
-- needs them). Most texts have no lexeme that a second pass changes: those are returned as they are.
CREATE FUNCTION search_tsvector(doc text) RETURNS tsvector
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  v tsvector := to_tsvector('danish', coalesce(doc, ''));
  lexeme text;
BEGIN
  FOREACH lexeme IN ARRAY tsvector_to_array(v) LOOP
    IF search_restem(lexeme) <> lexeme THEN
      RETURN (
        SELECT coalesce(string_agg(x.lexeme || ':' || x.positions, ' '), '')::tsvector
        FROM (
          SELECT '''' || replace(replace(r.lexeme, '\', '\\'), '''', '''''') || '''' AS lexeme, string_agg(p::text, ',') AS positions
          FROM unnest(v) AS t
          CROSS JOIN LATERAL unnest(t.positions) AS p
          CROSS JOIN LATERAL (SELECT search_restem(t.lexeme) AS lexeme) AS r
          GROUP BY r.lexeme
        ) AS x
      );
    END IF;
  END LOOP;
  RETURN v;
END
$$;
--> statement-breakpoint
-- A query from groups of words: the words of a group are alternatives (the word typed, then its
-- synonyms), all groups must match; the typed word of the last group may be a prefix (as-you-type),
-- its synonyms may not ("mursten" must not find "tegltagsten" through "tegl"). Stop words drop out.
CREATE FUNCTION search_tsquery(groups text[], prefix_last boolean) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(x.g, ' & ' ORDER BY x.gi), '')::tsquery
  FROM (
    SELECT u.gi, '(' || string_agg(DISTINCT '''' || replace(replace(s.stem, '\', '\\'), '''', '''''') || ''''
      || CASE WHEN prefix_last AND u.gi = cardinality(groups) AND w.wi = 1 THEN ':*' ELSE '' END, ' | ') || ')' AS g
    FROM unnest(groups) WITH ORDINALITY AS u(grp, gi)
    CROSS JOIN LATERAL unnest(string_to_array(u.grp, '|')) WITH ORDINALITY AS w(word, wi)
    CROSS JOIN LATERAL (SELECT search_stem(w.word) AS stem) AS s
    WHERE s.stem IS NOT NULL AND s.stem <> ''
    GROUP BY u.gi
  ) AS x
$$;
--> statement-breakpoint
-- Marks lots for the Meilisearch worker; a newer change of a queued lot gets a newer seq.
CREATE FUNCTION search_outbox_touch(ids uuid[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO search_outbox (lot_id)
  SELECT DISTINCT x FROM unnest(ids) AS x WHERE x IS NOT NULL ORDER BY x
  ON CONFLICT (lot_id) DO UPDATE SET seq = nextval(pg_get_serial_sequence('search_outbox', 'seq')), attempts = 0, next_attempt_at = now(), last_error = NULL
$$;
--> statement-breakpoint
-- Rebuilds the lot_search rows of these lots from lots, projects, organisations and categories:
-- a lot is searchable while published, of a verified organisation, with something left and not deleted.
CREATE FUNCTION lot_search_refresh(ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  kept uuid[];
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  -- The category part of the text is the same for every lot of a category: computed once per category.
  WITH categories AS MATERIALIZED (
    SELECT c.id, coalesce(c.parent_id, c.id) AS top_id,
      concat_ws(' ', c.name_da, c.name_en, pc.name_da, pc.name_en) AS names,
      setweight(search_tsvector(concat_ws(' ', c.name_da, c.name_en, pc.name_da, pc.name_en)), 'B') AS tsv
    FROM material_categories c
    LEFT JOIN material_categories pc ON pc.id = c.parent_id
    WHERE c.id IN (SELECT category_id FROM lots WHERE id = ANY(ids))
  ), upserted AS (
    INSERT INTO lot_search AS s (lot_id, project_id, organisation_id, category_id, top_category_id, title, search_text, tsv, condition, price_dkk,
      price_band, quantity_left, municipality_code, postcode, available_from, pick_up_by, screened, org_kind, lat, lon, geo, merc_x, merc_y, published_at)
    SELECT l.id, l.project_id, p.organisation_id, l.category_id, c.top_id, l.title,
      lower(l.title || ' ' || c.names),
      setweight(search_tsvector(l.title), 'A') || c.tsv || setweight(search_tsvector(l.description), 'C'),
      l.condition, l.price_dkk,
      CASE WHEN l.price_dkk = 0 THEN 0 WHEN l.price_dkk <= 100 THEN 1 WHEN l.price_dkk <= 1000 THEN 2 ELSE 3 END,
      l.quantity - l.reserved_quantity, p.municipality_code, p.postcode, l.available_from, l.pick_up_by,
      p.screening_done, o.kind, p.lat, p.lon, ll_to_earth(p.lat, p.lon),
      (p.lon + 180) / 360,
      (1 - ln(tan(radians(greatest(-85.05112878, least(85.05112878, p.lat)))) + 1 / cos(radians(greatest(-85.05112878, least(85.05112878, p.lat))))) / pi()) / 2,
      l.published_at
    FROM lots l
    JOIN projects p ON p.id = l.project_id
    JOIN organisations o ON o.id = p.organisation_id
    JOIN categories c ON c.id = l.category_id
    WHERE l.id = ANY(ids) AND l.status = 'published' AND l.deleted_at IS NULL AND o.verified AND l.quantity > l.reserved_quantity
    ORDER BY l.id
    ON CONFLICT (lot_id) DO UPDATE SET
      project_id = excluded.project_id, organisation_id = excluded.organisation_id, category_id = excluded.category_id,
      top_category_id = excluded.top_category_id, title = excluded.title, search_text = excluded.search_text, tsv = excluded.tsv,
      condition = excluded.condition, price_dkk = excluded.price_dkk, price_band = excluded.price_band, quantity_left = excluded.quantity_left,
      municipality_code = excluded.municipality_code, postcode = excluded.postcode, available_from = excluded.available_from,
      pick_up_by = excluded.pick_up_by, screened = excluded.screened, org_kind = excluded.org_kind, lat = excluded.lat, lon = excluded.lon,
      geo = excluded.geo, merc_x = excluded.merc_x, merc_y = excluded.merc_y, published_at = excluded.published_at
    RETURNING s.lot_id
  )
  SELECT array_agg(lot_id) INTO kept FROM upserted;
  DELETE FROM lot_search WHERE lot_id = ANY(ids) AND NOT (lot_id = ANY(coalesce(kept, '{}'::uuid[])));
  PERFORM search_outbox_touch(ids);
END
$$;
--> statement-breakpoint
CREATE FUNCTION lots_search_after_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM lot_search_refresh(ARRAY(SELECT id FROM new_rows));
  INSERT INTO wanted_alert_queue (lot_id) SELECT id FROM new_rows WHERE status = 'published' ON CONFLICT (lot_id) DO NOTHING;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION lots_search_after_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM lot_search_refresh(ARRAY(
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.title, n.description, n.category_id, n.project_id, n.quantity, n.reserved_quantity, n.unit, n.condition, n.price_dkk,
           n.available_from, n.pick_up_by, n.status, n.published_at, n.deleted_at)
      IS DISTINCT FROM (o.title, o.description, o.category_id, o.project_id, o.quantity, o.reserved_quantity, o.unit, o.condition, o.price_dkk,
           o.available_from, o.pick_up_by, o.status, o.published_at, o.deleted_at)));
  INSERT INTO wanted_alert_queue (lot_id)
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.status = 'published' AND o.status <> 'published'
    ON CONFLICT (lot_id) DO NOTHING;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION lots_search_after_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM lot_search_refresh(ARRAY(SELECT id FROM old_rows));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION projects_search_after_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM lot_search_refresh(ARRAY(
    SELECT l.id FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN lots l ON l.project_id = n.id
    WHERE l.deleted_at IS NULL
      AND (n.organisation_id, n.municipality_code, n.postcode, n.city, n.lat, n.lon, n.screening_done)
        IS DISTINCT FROM (o.organisation_id, o.municipality_code, o.postcode, o.city, o.lat, o.lon, o.screening_done)));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION organisations_search_after_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM lot_search_refresh(ARRAY(
    SELECT l.id FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN projects p ON p.organisation_id = n.id JOIN lots l ON l.project_id = p.id
    WHERE l.deleted_at IS NULL AND (n.verified, n.kind, n.name) IS DISTINCT FROM (o.verified, o.kind, o.name)));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION material_categories_search_after_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM lot_search_refresh(ARRAY(
    SELECT l.id FROM lots l JOIN material_categories c ON c.id = l.category_id
    WHERE l.deleted_at IS NULL AND (c.id IN (SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE (n.slug, n.name_da, n.name_en, n.parent_id) IS DISTINCT FROM (o.slug, o.name_da, o.name_en, o.parent_id))
      OR c.parent_id IN (SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE (n.slug, n.name_da, n.name_en) IS DISTINCT FROM (o.slug, o.name_da, o.name_en)))));
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- The cover photo is part of the Meilisearch document; PostgreSQL search reads it at query time.
CREATE FUNCTION lot_photos_search_after_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM search_outbox_touch(ARRAY(SELECT lot_id FROM old_rows));
  ELSE
    PERFORM search_outbox_touch(ARRAY(SELECT lot_id FROM new_rows));
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER lots_search_insert AFTER INSERT ON lots REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lots_search_after_insert();
--> statement-breakpoint
CREATE TRIGGER lots_search_update AFTER UPDATE ON lots REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lots_search_after_update();
--> statement-breakpoint
CREATE TRIGGER lots_search_delete AFTER DELETE ON lots REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION lots_search_after_delete();
--> statement-breakpoint
CREATE TRIGGER projects_search_update AFTER UPDATE ON projects REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION projects_search_after_update();
--> statement-breakpoint
CREATE TRIGGER organisations_search_update AFTER UPDATE ON organisations REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION organisations_search_after_update();
--> statement-breakpoint
CREATE TRIGGER material_categories_search_update AFTER UPDATE ON material_categories REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION material_categories_search_after_update();
--> statement-breakpoint
CREATE TRIGGER lot_photos_search_insert AFTER INSERT ON lot_photos REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lot_photos_search_after_change();
--> statement-breakpoint
CREATE TRIGGER lot_photos_search_update AFTER UPDATE ON lot_photos REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lot_photos_search_after_change();
--> statement-breakpoint
CREATE TRIGGER lot_photos_search_delete AFTER DELETE ON lot_photos REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION lot_photos_search_after_change();
--> statement-breakpoint
-- Bounding boxes (search and map): lon and lat ranges, with the columns that facets and map cells
-- need, so that a view without text is counted from the index alone.
CREATE INDEX lot_search_bbox_idx ON lot_search USING btree (lon, lat)
  INCLUDE (category_id, top_category_id, condition, price_band, price_dkk, municipality_code, postcode, available_from, pick_up_by, screened, org_kind, published_at, merc_x, merc_y, lot_id);
--> statement-breakpoint
INSERT INTO search_index_state (id) VALUES (1);
--> statement-breakpoint
SELECT lot_search_refresh(ARRAY(SELECT id FROM lots));
