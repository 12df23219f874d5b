-- Extensions used for fuzzy text search (pg_trgm) and distances on the globe (cube + earthdistance).
-- They are part of PostgreSQL's contrib and of PGlite's bundled extensions.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS cube;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS earthdistance;
