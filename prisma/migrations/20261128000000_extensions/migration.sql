-- Extensions the catalogue search needs (accent-insensitive and typo-tolerant matching).
-- Both engines have them: PostgreSQL's contrib package, and PGlite's bundled contrib modules
-- loaded by lib/db.ts.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
