-- CreateTable
CREATE TABLE "CatalogueTerm" (
    "term" TEXT NOT NULL,
    "entries" INTEGER NOT NULL,

    CONSTRAINT "CatalogueTerm_pkey" PRIMARY KEY ("term")
);

-- ---------------------------------------------------------------------------------------------
-- Hand-written: spelling correction for the catalogue (docs/decisions/009-catalogue-index.md).
-- When a search finds nothing, each query word that is not (the start of) a known word is replaced by
-- the closest word of published titles and actor names/acronyms within 1 edit (words of up to 5
-- letters) or 2 edits, and the search runs again: "grupo veta" → "grupo beta".
-- ---------------------------------------------------------------------------------------------
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

-- Whether a word means something to the search: not a stop word in Spanish or in English.
CREATE FUNCTION crm_catalogue_is_content_word(word text) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
  SELECT length(to_tsvector('crm_es', word)) > 0 AND length(to_tsvector('crm_en', word)) > 0
$fn$;

-- The distinct words (3+ characters, no stop words) of an entry's unaccented titles and actor
-- names/acronyms.
CREATE FUNCTION crm_catalogue_terms_of(trgm text) RETURNS SETOF text
LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
  SELECT DISTINCT w FROM regexp_split_to_table(coalesce(trgm, ''), '[^[:alnum:]]+') AS w
   WHERE length(w) >= 3 AND crm_catalogue_is_content_word(w)
$fn$;

CREATE FUNCTION crm_catalogue_terms_changed() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "CatalogueTerm" AS t (term, entries)
    SELECT w, count(*)::integer FROM new_rows n CROSS JOIN LATERAL crm_catalogue_terms_of(n."searchTrgm") AS w
     GROUP BY w ORDER BY w
    ON CONFLICT (term) DO UPDATE SET entries = t.entries + excluded.entries;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "CatalogueTerm" AS t (term, entries)
    SELECT w, -count(*)::integer FROM old_rows o CROSS JOIN LATERAL crm_catalogue_terms_of(o."searchTrgm") AS w
     GROUP BY w ORDER BY w
    ON CONFLICT (term) DO UPDATE SET entries = t.entries + excluded.entries;
  ELSE
    INSERT INTO "CatalogueTerm" AS t (term, entries)
    SELECT d.w, sum(d.delta)::integer FROM (
      SELECT w, 1 AS delta FROM new_rows n CROSS JOIN LATERAL crm_catalogue_terms_of(n."searchTrgm") AS w
      UNION ALL
      SELECT w, -1 FROM old_rows o CROSS JOIN LATERAL crm_catalogue_terms_of(o."searchTrgm") AS w
    ) AS d
     GROUP BY d.w HAVING sum(d.delta) <> 0 ORDER BY d.w
    ON CONFLICT (term) DO UPDATE SET entries = t.entries + excluded.entries;
  END IF;
  RETURN NULL;
END
$fn$;
CREATE TRIGGER catalogue_terms_insert AFTER INSERT ON "CatalogueEntry"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_catalogue_terms_changed();
CREATE TRIGGER catalogue_terms_update AFTER UPDATE ON "CatalogueEntry"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_catalogue_terms_changed();
CREATE TRIGGER catalogue_terms_delete AFTER DELETE ON "CatalogueEntry"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_catalogue_terms_changed();

-- For each query word, the known word that replaces it, or NULL when it stays: it is short (< 3),
-- has digits, is a stop word, is the start of a known word, or nothing is close enough. Closest first, then the word
-- more entries have, then alphabetical.
CREATE FUNCTION crm_catalogue_correct(words text[]) RETURNS text[]
LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
  SELECT array_agg(c.term ORDER BY w.n)
    FROM (SELECT lower(unaccent(u.raw)) AS word, u.n FROM unnest(words) WITH ORDINALITY AS u(raw, n)) AS w
    LEFT JOIN LATERAL (
      SELECT t.term FROM "CatalogueTerm" t
       WHERE length(w.word) >= 3 AND w.word !~ '[0-9]' AND crm_catalogue_is_content_word(w.word) AND t.entries > 0
         AND NOT EXISTS (SELECT 1 FROM "CatalogueTerm" k WHERE k.entries > 0 AND starts_with(k.term, w.word))
         AND levenshtein_less_equal(w.word, t.term, CASE WHEN length(w.word) <= 5 THEN 1 ELSE 2 END)
             <= CASE WHEN length(w.word) <= 5 THEN 1 ELSE 2 END
       ORDER BY levenshtein(w.word, t.term), t.entries DESC, t.term
       LIMIT 1) AS c ON true
$fn$;

-- The vocabulary of the entries that exist today.
INSERT INTO "CatalogueTerm" (term, entries)
SELECT w, count(*)::integer FROM "CatalogueEntry" e CROSS JOIN LATERAL crm_catalogue_terms_of(e."searchTrgm") AS w GROUP BY w;
