-- AlterTable
ALTER TABLE "Practice" ADD COLUMN     "searchEn" tsvector,
ADD COLUMN     "searchEs" tsvector,
ADD COLUMN     "searchTrgm" TEXT;

-- CreateIndex
CREATE INDEX "Practice_searchEs_idx" ON "Practice" USING GIN ("searchEs");

-- CreateIndex
CREATE INDEX "Practice_searchEn_idx" ON "Practice" USING GIN ("searchEn");

-- CreateIndex
CREATE INDEX "Practice_searchTrgm_idx" ON "Practice" USING GIN ("searchTrgm" gin_trgm_ops);

-- ---------------------------------------------------------------------------------------------
-- Hand-written: the catalogue search (docs/decisions/004-catalogue-search.md).
-- The columns above are maintained here, in the database, so every write path (seed, workspace,
-- a psql session) keeps them fresh. The app never writes them.
-- ---------------------------------------------------------------------------------------------

-- Per-language configurations that strip accents before stemming: "regularizacion" and
-- "regularización" give the same lexeme, and ts_headline still shows the original text.
CREATE TEXT SEARCH CONFIGURATION crm_es (COPY = pg_catalog.spanish);
ALTER TEXT SEARCH CONFIGURATION crm_es ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;
CREATE TEXT SEARCH CONFIGURATION crm_en (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION crm_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

-- The actor and objective text of one practice, per language, and every actor name/acronym.
CREATE FUNCTION crm_practice_link_text(practice_id integer, OUT text_es text, OUT text_en text, OUT names text)
LANGUAGE sql STABLE AS $fn$
  SELECT
    concat_ws(' ', actors.es, objectives.es),
    concat_ws(' ', actors.en, objectives.en),
    actors.names
  FROM
    (SELECT string_agg(concat_ws(' ', a."nameEs", a."acronymEs"), ' ') AS es,
            string_agg(concat_ws(' ', a."nameEn", a."acronymEn"), ' ') AS en,
            string_agg(concat_ws(' ', a."nameEs", a."nameEn", a."acronymEs", a."acronymEn"), ' ') AS names
       FROM "PracticeActor" pa JOIN "Actor" a ON a.id = pa."actorId"
      WHERE pa."practiceId" = practice_id) AS actors,
    (SELECT string_agg(concat_ws(' ', o."titleEs", o."shortLabelEs"), ' ') AS es,
            string_agg(concat_ws(' ', o."titleEn", o."shortLabelEn"), ' ') AS en
       FROM "PracticeObjective" po JOIN "Objective" o ON o.number = po."objectiveNumber"
      WHERE po."practiceId" = practice_id) AS objectives
$fn$;

-- Weighted vectors: title A, actors and objectives B, summary C, body D.
CREATE FUNCTION crm_practice_search_row() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
  links record;
BEGIN
  SELECT * INTO links FROM crm_practice_link_text(NEW.id);
  NEW."searchEs" :=
       setweight(to_tsvector('crm_es', coalesce(NEW."titleEs", '')), 'A')
    || setweight(to_tsvector('crm_es', coalesce(links.text_es, '')), 'B')
    || setweight(to_tsvector('crm_es', coalesce(NEW."summaryEs", '')), 'C')
    || setweight(to_tsvector('crm_es', coalesce(NEW."bodyEs", '')), 'D');
  NEW."searchEn" :=
       setweight(to_tsvector('crm_en', coalesce(NEW."titleEn", '')), 'A')
    || setweight(to_tsvector('crm_en', coalesce(links.text_en, '')), 'B')
    || setweight(to_tsvector('crm_en', coalesce(NEW."summaryEn", '')), 'C')
    || setweight(to_tsvector('crm_en', coalesce(NEW."bodyEn", '')), 'D');
  NEW."searchTrgm" := lower(unaccent(concat_ws(' ', NEW."titleEs", NEW."titleEn", links.names)));
  RETURN NEW;
END
$fn$;

-- Any write to the searchable text (or to the search columns themselves) recomputes them.
CREATE TRIGGER practice_search_row
  BEFORE INSERT OR UPDATE OF "titleEs", "titleEn", "summaryEs", "summaryEn", "bodyEs", "bodyEn",
                             "searchEs", "searchEn", "searchTrgm"
  ON "Practice" FOR EACH ROW EXECUTE FUNCTION crm_practice_search_row();

-- Links (actors, objectives): one statement-level refresh of the practices a statement touched.
CREATE FUNCTION crm_practice_search_links_changed() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE "Practice" SET "searchEs" = NULL WHERE id IN (SELECT "practiceId" FROM new_rows);
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "Practice" SET "searchEs" = NULL WHERE id IN (SELECT "practiceId" FROM old_rows);
  END IF;
  RETURN NULL;
END
$fn$;

CREATE TRIGGER practice_actor_search_insert AFTER INSERT ON "PracticeActor"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_practice_search_links_changed();
CREATE TRIGGER practice_actor_search_update AFTER UPDATE ON "PracticeActor"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_practice_search_links_changed();
CREATE TRIGGER practice_actor_search_delete AFTER DELETE ON "PracticeActor"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_practice_search_links_changed();
CREATE TRIGGER practice_objective_search_insert AFTER INSERT ON "PracticeObjective"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_practice_search_links_changed();
CREATE TRIGGER practice_objective_search_update AFTER UPDATE ON "PracticeObjective"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_practice_search_links_changed();
CREATE TRIGGER practice_objective_search_delete AFTER DELETE ON "PracticeObjective"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_practice_search_links_changed();

-- A renamed actor or objective refreshes the practices that name it.
CREATE FUNCTION crm_actor_search_changed() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE "Practice" SET "searchEs" = NULL
   WHERE id IN (SELECT "practiceId" FROM "PracticeActor" WHERE "actorId" = NEW.id);
  RETURN NULL;
END
$fn$;
CREATE TRIGGER actor_search_changed
  AFTER UPDATE OF "nameEs", "nameEn", "acronymEs", "acronymEn" ON "Actor"
  FOR EACH ROW EXECUTE FUNCTION crm_actor_search_changed();

CREATE FUNCTION crm_objective_search_changed() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE "Practice" SET "searchEs" = NULL
   WHERE id IN (SELECT "practiceId" FROM "PracticeObjective" WHERE "objectiveNumber" = NEW.number);
  RETURN NULL;
END
$fn$;
CREATE TRIGGER objective_search_changed
  AFTER UPDATE OF "titleEs", "titleEn", "shortLabelEs", "shortLabelEn" ON "Objective"
  FOR EACH ROW EXECUTE FUNCTION crm_objective_search_changed();

-- Typo-tolerant matches: practices whose titles or actor names contain an extent similar to the
-- query (pg_trgm word_similarity ≥ threshold), found through the GIN trigram index. The threshold
-- is a setting of the operator, so it is set here, for this call only.
CREATE FUNCTION crm_practice_trgm_matches(query text, threshold real)
RETURNS TABLE (id integer, similarity real)
LANGUAGE plpgsql STABLE
SET pg_trgm.word_similarity_threshold = 0.6
AS $fn$
DECLARE
  needle text := lower(unaccent(query));
BEGIN
  PERFORM set_config('pg_trgm.word_similarity_threshold', threshold::text, true);
  RETURN QUERY
    SELECT p.id, word_similarity(needle, p."searchTrgm")
      FROM "Practice" p
     WHERE needle <% p."searchTrgm";
END
$fn$;

-- Fill the columns for rows that exist already.
UPDATE "Practice" SET "searchEs" = NULL;

-- A prefix query from words the app has already reduced to letters and digits (space-separated):
-- each word is normalised by the configuration (unaccent, stemming, stop words dropped) through
-- plainto_tsquery, marked as a prefix, and the words are AND-ed. User text never reaches
-- to_tsquery syntax: only plainto_tsquery's own output, which quotes every lexeme, is re-read.
CREATE FUNCTION crm_prefix_tsquery(config regconfig, words text)
RETURNS tsquery
LANGUAGE sql STABLE AS $fn$
  SELECT coalesce(
    (SELECT string_agg(CASE WHEN right(t, 1) = '''' THEN '(' || t || ':*)' ELSE '(' || t || ')' END, ' & ')
       FROM (SELECT plainto_tsquery(config, w)::text AS t
               FROM regexp_split_to_table(words, '\s+') AS w
              WHERE w <> '') AS parts
      WHERE t <> '')::tsquery,
    ''::tsquery)
$fn$;
