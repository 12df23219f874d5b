CREATE TABLE "search_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
DROP INDEX "lot_search_text_trgm_idx";--> statement-breakpoint
CREATE INDEX "search_words_trgm_idx" ON "search_words" USING gist ("word" gist_trgm_ops);--> statement-breakpoint
-- Everything below is written by hand: drizzle-kit does not manage functions and triggers.
-- The words of a search text as the full-text parser splits them (letters of any alphabet kept
-- together, as in the search), of three letters or more: shorter ones are not corrected.
CREATE FUNCTION search_words_of(doc text) RETURNS SETOF text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT t.lexeme FROM unnest(to_tsvector('simple', doc)) AS t WHERE length(t.lexeme) >= 3
$$;
--> statement-breakpoint
-- DO NOTHING takes no lock on a word that is there already: concurrent writers never wait on each other.
CREATE FUNCTION lot_search_words_after_write() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_words (word) SELECT w FROM search_words_of(NEW.search_text) AS w ORDER BY w ON CONFLICT (word) DO NOTHING;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER lot_search_words_after_insert AFTER INSERT ON lot_search
FOR EACH ROW EXECUTE FUNCTION lot_search_words_after_write();
--> statement-breakpoint
-- Reservations rewrite a lot's row without changing its text: those cost only the WHEN test.
CREATE TRIGGER lot_search_words_after_update AFTER UPDATE OF search_text ON lot_search
FOR EACH ROW WHEN (OLD.search_text IS DISTINCT FROM NEW.search_text) EXECUTE FUNCTION lot_search_words_after_write();
--> statement-breakpoint
INSERT INTO search_words (word) SELECT DISTINCT w FROM lot_search, search_words_of(search_text) AS w ON CONFLICT (word) DO NOTHING;
