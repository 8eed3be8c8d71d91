-- The catalogue search's SQL functions as the migrated database has them today, gathered here from
-- the migrations that wrote them (each under the name of its migration) so they can be read in one
-- place. Reference only: migrations change the database, never this file. When a migration changes
-- one of them, copy its new definition here; tests/integration/search-sql.test.ts fails until this
-- file and the migrated database agree.

-- From 20261128172755_catalogue_search.
-- A prefix query from words the app has already reduced to letters and digits (space-separated):
-- each word is normalised by the configuration (unaccent, stemming, stop words dropped) through
-- plainto_tsquery, marked as a prefix, and the words are AND-ed. User text never reaches
-- to_tsquery syntax: only plainto_tsquery's own output, which quotes every lexeme, is re-read.
CREATE OR REPLACE FUNCTION crm_prefix_tsquery(config regconfig, words text)
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

-- From 20261128222402_catalogue_index.
-- Everything a practice's entry needs from the link tables.
CREATE OR REPLACE FUNCTION crm_practice_links(practice_id integer,
  OUT objective_numbers integer[], OUT actor_ids integer[], OUT session_ids integer[],
  OUT text_es text, OUT text_en text, OUT names text, OUT acronyms text)
LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
  SELECT
    coalesce(objectives.numbers, '{}'), coalesce(actors.ids, '{}'), coalesce(sessions.ids, '{}'),
    concat_ws(' ', actors.es, objectives.es),
    concat_ws(' ', actors.en, objectives.en),
    actors.names, actors.acronyms
  FROM
    (SELECT array_agg(a.id ORDER BY a.id) AS ids,
            string_agg(concat_ws(' ', a."nameEs", a."acronymEs"), ' ') AS es,
            string_agg(concat_ws(' ', a."nameEn", a."acronymEn"), ' ') AS en,
            string_agg(concat_ws(' ', a."nameEs", a."nameEn", a."acronymEs", a."acronymEn"), ' ') AS names,
            string_agg(concat_ws(' ', a."acronymEs", a."acronymEn"), ' ') AS acronyms
       FROM "PracticeActor" pa JOIN "Actor" a ON a.id = pa."actorId"
      WHERE pa."practiceId" = practice_id) AS actors,
    (SELECT array_agg(o.number ORDER BY o.number) AS numbers,
            string_agg(concat_ws(' ', o."titleEs", o."shortLabelEs"), ' ') AS es,
            string_agg(concat_ws(' ', o."titleEn", o."shortLabelEn"), ' ') AS en
       FROM "PracticeObjective" po JOIN "Objective" o ON o.number = po."objectiveNumber"
      WHERE po."practiceId" = practice_id) AS objectives,
    (SELECT array_agg(ps."sessionId" ORDER BY ps."sessionId") AS ids
       FROM "PracticeSession" ps
      WHERE ps."practiceId" = practice_id) AS sessions
$fn$;

-- From 20261130115825_catalogue_source.
-- Recompute the entries of these practices: insert or update the published ones, delete the rest.
CREATE OR REPLACE FUNCTION crm_catalogue_refresh(ids integer[]) RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
  IF cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  DELETE FROM "CatalogueEntry" e
   WHERE e."practiceId" = ANY (ids)
     AND NOT EXISTS (SELECT 1 FROM "Practice" p
                      WHERE p.id = e."practiceId" AND p.status = 'PUBLISHED' AND p."deletedAt" IS NULL);
  INSERT INTO "CatalogueValueSet" (facet, "values")
  SELECT DISTINCT s.facet, s."values"
    FROM "Practice" p CROSS JOIN LATERAL crm_practice_links(p.id) l
   CROSS JOIN LATERAL (VALUES ('objective', l.objective_numbers), ('actor', l.actor_ids), ('session', l.session_ids)) AS s(facet, "values")
   WHERE p.id = ANY (ids) AND p.status = 'PUBLISHED' AND p."deletedAt" IS NULL
  ON CONFLICT DO NOTHING;
  INSERT INTO "CatalogueEntry" AS e
    ("practiceId", kind, source, "objectiveNumbers", "actorIds", "sessionIds", "objectiveSetId", "actorSetId", "sessionSetId", "updatedAt", "sortTitleEs", "sortTitleEn",
     "searchAll", "searchHead", "searchEs", "searchEn", "searchTrgm")
  SELECT p.id, p.kind, p.source, l.objective_numbers, l.actor_ids, l.session_ids, so.id, sa.id, ss.id, p."updatedAt",
         lower(unaccent(p."titleEs")), lower(unaccent(coalesce(nullif(p."titleEn", ''), p."titleEs"))),
         v.es || v.en,
         setweight(to_tsvector('crm_es', concat_ws(' ', p."titleEs", l.acronyms)), 'A')
           || setweight(to_tsvector('crm_en', concat_ws(' ', p."titleEn", l.acronyms)), 'A'),
         v.es, v.en,
         lower(unaccent(concat_ws(' ', p."titleEs", p."titleEn", l.names)))
    FROM "Practice" p
   CROSS JOIN LATERAL crm_practice_links(p.id) l
   JOIN "CatalogueValueSet" so ON so.facet = 'objective' AND so."values" = l.objective_numbers
   JOIN "CatalogueValueSet" sa ON sa.facet = 'actor' AND sa."values" = l.actor_ids
   JOIN "CatalogueValueSet" ss ON ss.facet = 'session' AND ss."values" = l.session_ids
   CROSS JOIN LATERAL (SELECT
         setweight(to_tsvector('crm_es', coalesce(p."titleEs", '')), 'A')
      || setweight(to_tsvector('crm_es', coalesce(l.text_es, '')), 'B')
      || setweight(to_tsvector('crm_es', coalesce(p."summaryEs", '')), 'C')
      || setweight(to_tsvector('crm_es', coalesce(p."bodyEs", '')), 'D') AS es,
         setweight(to_tsvector('crm_en', coalesce(p."titleEn", '')), 'A')
      || setweight(to_tsvector('crm_en', coalesce(l.text_en, '')), 'B')
      || setweight(to_tsvector('crm_en', coalesce(p."summaryEn", '')), 'C')
      || setweight(to_tsvector('crm_en', coalesce(p."bodyEn", '')), 'D') AS en) v
   WHERE p.id = ANY (ids) AND p.status = 'PUBLISHED' AND p."deletedAt" IS NULL
  ON CONFLICT ("practiceId") DO UPDATE SET
    kind = excluded.kind, source = excluded.source, "objectiveNumbers" = excluded."objectiveNumbers", "actorIds" = excluded."actorIds",
    "sessionIds" = excluded."sessionIds", "objectiveSetId" = excluded."objectiveSetId",
    "actorSetId" = excluded."actorSetId", "sessionSetId" = excluded."sessionSetId", "updatedAt" = excluded."updatedAt",
    "sortTitleEs" = excluded."sortTitleEs", "sortTitleEn" = excluded."sortTitleEn",
    "searchAll" = excluded."searchAll", "searchHead" = excluded."searchHead",
    "searchEs" = excluded."searchEs", "searchEn" = excluded."searchEn", "searchTrgm" = excluded."searchTrgm";
END
$fn$;

-- From 20261130115825_catalogue_source.
-- Practices: one refresh per statement, of the rows whose public state changed (a draft saved on
-- a published practice changes only "draft" columns and "updatedAt": the latter is the "recent" sort).
CREATE OR REPLACE FUNCTION crm_catalogue_practice_changed() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM crm_catalogue_refresh(ARRAY(SELECT id FROM new_rows));
  ELSE
    PERFORM crm_catalogue_refresh(ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
       WHERE (n.status, n."deletedAt", n.kind, n.source, n."titleEs", n."titleEn", n."summaryEs", n."summaryEn",
              n."bodyEs", n."bodyEn", n."updatedAt")
             IS DISTINCT FROM
             (o.status, o."deletedAt", o.kind, o.source, o."titleEs", o."titleEn", o."summaryEs", o."summaryEn",
              o."bodyEs", o."bodyEn", o."updatedAt")));
  END IF;
  RETURN NULL;
END
$fn$;

-- From 20261128222402_catalogue_index.
-- Links (actors, objectives, sessions): one refresh of the practices a statement touched.
CREATE OR REPLACE FUNCTION crm_catalogue_links_changed() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM crm_catalogue_refresh(ARRAY(SELECT DISTINCT "practiceId" FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM crm_catalogue_refresh(ARRAY(SELECT "practiceId" FROM new_rows UNION SELECT "practiceId" FROM old_rows));
  ELSE
    PERFORM crm_catalogue_refresh(ARRAY(SELECT DISTINCT "practiceId" FROM old_rows));
  END IF;
  RETURN NULL;
END
$fn$;

-- From 20261128222402_catalogue_index.
-- A renamed actor or objective refreshes the practices that name it.
CREATE OR REPLACE FUNCTION crm_catalogue_actor_renamed() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM crm_catalogue_refresh(ARRAY(SELECT "practiceId" FROM "PracticeActor" WHERE "actorId" = NEW.id));
  RETURN NULL;
END
$fn$;

-- From 20261128222402_catalogue_index.
CREATE OR REPLACE FUNCTION crm_catalogue_objective_renamed() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM crm_catalogue_refresh(ARRAY(SELECT "practiceId" FROM "PracticeObjective" WHERE "objectiveNumber" = NEW.number));
  RETURN NULL;
END
$fn$;

-- From 20261130115825_catalogue_source.
-- The facet values an entry counts for.
CREATE OR REPLACE FUNCTION crm_catalogue_facet_keys(kind "PracticeKind", source "PracticeSource", objective_numbers integer[], actor_ids integer[], session_ids integer[])
RETURNS TABLE (facet text, value text)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  SELECT 'total', ''
  UNION ALL SELECT 'kind', kind::text
  UNION ALL SELECT 'source', source::text
  UNION ALL SELECT 'objective', x::text FROM unnest(objective_numbers) AS x
  UNION ALL SELECT 'actor', x::text FROM unnest(actor_ids) AS x
  UNION ALL SELECT 'session', x::text FROM unnest(session_ids) AS x
$fn$;

-- From 20261130115825_catalogue_source.
-- Entries added, changed or removed by a statement: add their net effect to the counts, in key
-- order (concurrent publications then lock the count rows in the same order).
CREATE OR REPLACE FUNCTION crm_catalogue_counts_changed() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "CatalogueFacetCount" AS c (facet, value, count)
    SELECT k.facet, k.value, count(*)::integer FROM new_rows n
     CROSS JOIN LATERAL crm_catalogue_facet_keys(n.kind, n.source, n."objectiveNumbers", n."actorIds", n."sessionIds") k
     GROUP BY k.facet, k.value ORDER BY k.facet, k.value
    ON CONFLICT (facet, value) DO UPDATE SET count = c.count + excluded.count;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "CatalogueFacetCount" AS c (facet, value, count)
    SELECT k.facet, k.value, -count(*)::integer FROM old_rows o
     CROSS JOIN LATERAL crm_catalogue_facet_keys(o.kind, o.source, o."objectiveNumbers", o."actorIds", o."sessionIds") k
     GROUP BY k.facet, k.value ORDER BY k.facet, k.value
    ON CONFLICT (facet, value) DO UPDATE SET count = c.count + excluded.count;
  ELSE
    INSERT INTO "CatalogueFacetCount" AS c (facet, value, count)
    SELECT d.facet, d.value, sum(d.delta)::integer FROM (
      SELECT k.facet, k.value, 1 AS delta FROM new_rows n
       CROSS JOIN LATERAL crm_catalogue_facet_keys(n.kind, n.source, n."objectiveNumbers", n."actorIds", n."sessionIds") k
      UNION ALL
      SELECT k.facet, k.value, -1 FROM old_rows o
       CROSS JOIN LATERAL crm_catalogue_facet_keys(o.kind, o.source, o."objectiveNumbers", o."actorIds", o."sessionIds") k
    ) AS d
     GROUP BY d.facet, d.value HAVING sum(d.delta) <> 0 ORDER BY d.facet, d.value
    ON CONFLICT (facet, value) DO UPDATE SET count = c.count + excluded.count;
  END IF;
  RETURN NULL;
END
$fn$;

-- From 20261128222402_catalogue_index.
-- Typo-tolerant matches among published practices: titles or actor names/acronyms containing an
-- extent similar to the query (pg_trgm word_similarity ≥ threshold, through the trigram index).
-- The threshold is a setting of the operator, so it is set here, for this call only.
CREATE OR REPLACE FUNCTION crm_catalogue_trgm_matches(query text, threshold real)
RETURNS TABLE (id integer, similarity real)
LANGUAGE plpgsql STABLE
SET pg_trgm.word_similarity_threshold = 0.6
AS $fn$
DECLARE
  needle text := lower(unaccent(query));
BEGIN
  PERFORM set_config('pg_trgm.word_similarity_threshold', threshold::text, true);
  RETURN QUERY
    SELECT e."practiceId", word_similarity(needle, e."searchTrgm")
      FROM "CatalogueEntry" e
     WHERE needle <% e."searchTrgm";
END
$fn$;

-- From 20261128223355_catalogue_terms.
-- Whether a word means something to the search: not a stop word in Spanish or in English.
CREATE OR REPLACE FUNCTION crm_catalogue_is_content_word(word text) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
  SELECT length(to_tsvector('crm_es', word)) > 0 AND length(to_tsvector('crm_en', word)) > 0
$fn$;

-- From 20261128223355_catalogue_terms.
-- The distinct words (3+ characters, no stop words) of an entry's unaccented titles and actor
-- names/acronyms.
CREATE OR REPLACE FUNCTION crm_catalogue_terms_of(trgm text) RETURNS SETOF text
LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
  SELECT DISTINCT w FROM regexp_split_to_table(coalesce(trgm, ''), '[^[:alnum:]]+') AS w
   WHERE length(w) >= 3 AND crm_catalogue_is_content_word(w)
$fn$;

-- From 20261128223355_catalogue_terms.
CREATE OR REPLACE FUNCTION crm_catalogue_terms_changed() RETURNS trigger
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

-- From 20261128223355_catalogue_terms.
-- For each query word, the known word that replaces it, or NULL when it stays: it is short (< 3),
-- has digits, is a stop word, is the start of a known word, or nothing is close enough. Closest first, then the word
-- more entries have, then alphabetical.
CREATE OR REPLACE FUNCTION crm_catalogue_correct(words text[]) RETURNS text[]
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
