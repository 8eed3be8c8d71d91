-- ---------------------------------------------------------------------------------------------
-- Hand-written, first: the search columns move from "Practice" to the narrow "CatalogueEntry"
-- (docs/decisions/009-catalogue-index.md). Their old triggers name the columns, so they go first.
-- Kept from 'catalogue_search': the crm_es/crm_en configurations and crm_prefix_tsquery.
-- ---------------------------------------------------------------------------------------------
DROP TRIGGER practice_search_row ON "Practice";
DROP TRIGGER practice_actor_search_insert ON "PracticeActor";
DROP TRIGGER practice_actor_search_update ON "PracticeActor";
DROP TRIGGER practice_actor_search_delete ON "PracticeActor";
DROP TRIGGER practice_objective_search_insert ON "PracticeObjective";
DROP TRIGGER practice_objective_search_update ON "PracticeObjective";
DROP TRIGGER practice_objective_search_delete ON "PracticeObjective";
DROP TRIGGER actor_search_changed ON "Actor";
DROP TRIGGER objective_search_changed ON "Objective";
DROP FUNCTION crm_practice_search_row();
DROP FUNCTION crm_practice_search_links_changed();
DROP FUNCTION crm_actor_search_changed();
DROP FUNCTION crm_objective_search_changed();
DROP FUNCTION crm_practice_trgm_matches(text, real);
DROP FUNCTION crm_practice_link_text(integer);

-- DropIndex
DROP INDEX "Practice_searchEn_idx";

-- DropIndex
DROP INDEX "Practice_searchEs_idx";

-- DropIndex
DROP INDEX "Practice_searchTrgm_idx";

-- AlterTable
ALTER TABLE "Practice" DROP COLUMN "searchEn",
DROP COLUMN "searchEs",
DROP COLUMN "searchTrgm";

-- CreateTable
CREATE TABLE "CatalogueEntry" (
    "practiceId" INTEGER NOT NULL,
    "kind" "PracticeKind" NOT NULL,
    "objectiveNumbers" INTEGER[],
    "actorIds" INTEGER[],
    "sessionIds" INTEGER[],
    "objectiveSetId" INTEGER NOT NULL,
    "actorSetId" INTEGER NOT NULL,
    "sessionSetId" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "sortTitleEs" TEXT NOT NULL,
    "sortTitleEn" TEXT NOT NULL,
    "searchAll" tsvector,
    "searchHead" tsvector,
    "searchEs" tsvector,
    "searchEn" tsvector,
    "searchTrgm" TEXT,

    CONSTRAINT "CatalogueEntry_pkey" PRIMARY KEY ("practiceId")
);

-- CreateTable
CREATE TABLE "CatalogueValueSet" (
    "id" SERIAL NOT NULL,
    "facet" TEXT NOT NULL,
    "values" INTEGER[],

    CONSTRAINT "CatalogueValueSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CatalogueFacetCount" (
    "facet" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "CatalogueFacetCount_pkey" PRIMARY KEY ("facet","value")
);

-- CreateIndex
CREATE INDEX "CatalogueEntry_searchAll_idx" ON "CatalogueEntry" USING GIN ("searchAll");

-- CreateIndex
CREATE INDEX "CatalogueEntry_searchHead_idx" ON "CatalogueEntry" USING GIN ("searchHead");

-- CreateIndex
CREATE INDEX "CatalogueEntry_searchTrgm_idx" ON "CatalogueEntry" USING GIN ("searchTrgm" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "CatalogueEntry_objectiveNumbers_idx" ON "CatalogueEntry" USING GIN ("objectiveNumbers");

-- CreateIndex
CREATE INDEX "CatalogueEntry_actorIds_idx" ON "CatalogueEntry" USING GIN ("actorIds");

-- CreateIndex
CREATE INDEX "CatalogueEntry_sessionIds_idx" ON "CatalogueEntry" USING GIN ("sessionIds");

-- CreateIndex
CREATE INDEX "CatalogueEntry_kind_idx" ON "CatalogueEntry"("kind");

-- CreateIndex
CREATE INDEX "CatalogueEntry_updatedAt_practiceId_idx" ON "CatalogueEntry"("updatedAt" DESC, "practiceId" DESC);

-- CreateIndex
CREATE INDEX "CatalogueEntry_sortTitleEs_practiceId_idx" ON "CatalogueEntry"("sortTitleEs", "practiceId");

-- CreateIndex
CREATE INDEX "CatalogueEntry_sortTitleEn_practiceId_idx" ON "CatalogueEntry"("sortTitleEn", "practiceId");

-- CreateIndex
CREATE UNIQUE INDEX "CatalogueValueSet_facet_values_key" ON "CatalogueValueSet"("facet", "values");

-- AddForeignKey
ALTER TABLE "CatalogueEntry" ADD CONSTRAINT "CatalogueEntry_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Hand-written: the catalogue index (docs/decisions/009-catalogue-index.md).
-- "CatalogueEntry" holds one row per published, not deleted practice; triggers keep it exact on
-- every write path (seed, workspace, import, psql). "CatalogueFacetCount" holds the whole
-- catalogue's facet counts, kept exact by a trigger on "CatalogueEntry".
-- ---------------------------------------------------------------------------------------------

-- The large vectors live out of line (uncompressed, so ranking a few rows reads them fast): a
-- search that visits tens of thousands of matching rows reads only the narrow part of each.
ALTER TABLE "CatalogueEntry" SET (toast_tuple_target = 1024);
ALTER TABLE "CatalogueEntry"
  ALTER COLUMN "searchAll" SET STORAGE EXTERNAL,
  ALTER COLUMN "searchEs" SET STORAGE EXTERNAL,
  ALTER COLUMN "searchEn" SET STORAGE EXTERNAL,
  ALTER COLUMN "searchTrgm" SET STORAGE EXTERNAL,
  ALTER COLUMN "searchHead" SET STORAGE MAIN;

-- The queries run in parallel workers when PostgreSQL chooses to.
ALTER FUNCTION crm_prefix_tsquery(regconfig, text) PARALLEL SAFE;

-- Everything a practice's entry needs from the link tables.
CREATE FUNCTION crm_practice_links(practice_id integer,
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

-- Recompute the entries of these practices: insert or update the published ones, delete the rest.
CREATE FUNCTION crm_catalogue_refresh(ids integer[]) RETURNS void
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
    ("practiceId", kind, "objectiveNumbers", "actorIds", "sessionIds", "objectiveSetId", "actorSetId", "sessionSetId", "updatedAt", "sortTitleEs", "sortTitleEn",
     "searchAll", "searchHead", "searchEs", "searchEn", "searchTrgm")
  SELECT p.id, p.kind, l.objective_numbers, l.actor_ids, l.session_ids, so.id, sa.id, ss.id, p."updatedAt",
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
    kind = excluded.kind, "objectiveNumbers" = excluded."objectiveNumbers", "actorIds" = excluded."actorIds",
    "sessionIds" = excluded."sessionIds", "objectiveSetId" = excluded."objectiveSetId",
    "actorSetId" = excluded."actorSetId", "sessionSetId" = excluded."sessionSetId", "updatedAt" = excluded."updatedAt",
    "sortTitleEs" = excluded."sortTitleEs", "sortTitleEn" = excluded."sortTitleEn",
    "searchAll" = excluded."searchAll", "searchHead" = excluded."searchHead",
    "searchEs" = excluded."searchEs", "searchEn" = excluded."searchEn", "searchTrgm" = excluded."searchTrgm";
END
$fn$;

-- Practices: one refresh per statement, of the rows whose public state changed (a draft saved on
-- a published practice changes only "draft" columns and "updatedAt": the latter is the "recent" sort).
CREATE FUNCTION crm_catalogue_practice_changed() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM crm_catalogue_refresh(ARRAY(SELECT id FROM new_rows));
  ELSE
    PERFORM crm_catalogue_refresh(ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
       WHERE (n.status, n."deletedAt", n.kind, n."titleEs", n."titleEn", n."summaryEs", n."summaryEn",
              n."bodyEs", n."bodyEn", n."updatedAt")
             IS DISTINCT FROM
             (o.status, o."deletedAt", o.kind, o."titleEs", o."titleEn", o."summaryEs", o."summaryEn",
              o."bodyEs", o."bodyEn", o."updatedAt")));
  END IF;
  RETURN NULL;
END
$fn$;
CREATE TRIGGER catalogue_practice_insert AFTER INSERT ON "Practice"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_catalogue_practice_changed();
CREATE TRIGGER catalogue_practice_update AFTER UPDATE ON "Practice"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_catalogue_practice_changed();
-- (A deleted practice's entry goes with it: ON DELETE CASCADE.)

-- Links (actors, objectives, sessions): one refresh of the practices a statement touched.
CREATE FUNCTION crm_catalogue_links_changed() RETURNS trigger
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

CREATE TRIGGER catalogue_actor_links_insert AFTER INSERT ON "PracticeActor"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_catalogue_links_changed();
CREATE TRIGGER catalogue_actor_links_update AFTER UPDATE ON "PracticeActor"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_catalogue_links_changed();
CREATE TRIGGER catalogue_actor_links_delete AFTER DELETE ON "PracticeActor"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_catalogue_links_changed();
CREATE TRIGGER catalogue_objective_links_insert AFTER INSERT ON "PracticeObjective"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_catalogue_links_changed();
CREATE TRIGGER catalogue_objective_links_update AFTER UPDATE ON "PracticeObjective"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_catalogue_links_changed();
CREATE TRIGGER catalogue_objective_links_delete AFTER DELETE ON "PracticeObjective"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_catalogue_links_changed();
CREATE TRIGGER catalogue_session_links_insert AFTER INSERT ON "PracticeSession"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_catalogue_links_changed();
CREATE TRIGGER catalogue_session_links_update AFTER UPDATE ON "PracticeSession"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_catalogue_links_changed();
CREATE TRIGGER catalogue_session_links_delete AFTER DELETE ON "PracticeSession"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_catalogue_links_changed();

-- A renamed actor or objective refreshes the practices that name it.
CREATE FUNCTION crm_catalogue_actor_renamed() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM crm_catalogue_refresh(ARRAY(SELECT "practiceId" FROM "PracticeActor" WHERE "actorId" = NEW.id));
  RETURN NULL;
END
$fn$;
CREATE TRIGGER catalogue_actor_renamed
  AFTER UPDATE OF "nameEs", "nameEn", "acronymEs", "acronymEn" ON "Actor"
  FOR EACH ROW EXECUTE FUNCTION crm_catalogue_actor_renamed();

CREATE FUNCTION crm_catalogue_objective_renamed() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM crm_catalogue_refresh(ARRAY(SELECT "practiceId" FROM "PracticeObjective" WHERE "objectiveNumber" = NEW.number));
  RETURN NULL;
END
$fn$;
CREATE TRIGGER catalogue_objective_renamed
  AFTER UPDATE OF "titleEs", "titleEn", "shortLabelEs", "shortLabelEn" ON "Objective"
  FOR EACH ROW EXECUTE FUNCTION crm_catalogue_objective_renamed();

-- The facet values an entry counts for.
CREATE FUNCTION crm_catalogue_facet_keys(kind "PracticeKind", objective_numbers integer[], actor_ids integer[], session_ids integer[])
RETURNS TABLE (facet text, value text)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  SELECT 'total', ''
  UNION ALL SELECT 'kind', kind::text
  UNION ALL SELECT 'objective', x::text FROM unnest(objective_numbers) AS x
  UNION ALL SELECT 'actor', x::text FROM unnest(actor_ids) AS x
  UNION ALL SELECT 'session', x::text FROM unnest(session_ids) AS x
$fn$;

-- Entries added, changed or removed by a statement: add their net effect to the counts, in key
-- order (concurrent publications then lock the count rows in the same order).
CREATE FUNCTION crm_catalogue_counts_changed() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "CatalogueFacetCount" AS c (facet, value, count)
    SELECT k.facet, k.value, count(*)::integer FROM new_rows n
     CROSS JOIN LATERAL crm_catalogue_facet_keys(n.kind, n."objectiveNumbers", n."actorIds", n."sessionIds") k
     GROUP BY k.facet, k.value ORDER BY k.facet, k.value
    ON CONFLICT (facet, value) DO UPDATE SET count = c.count + excluded.count;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "CatalogueFacetCount" AS c (facet, value, count)
    SELECT k.facet, k.value, -count(*)::integer FROM old_rows o
     CROSS JOIN LATERAL crm_catalogue_facet_keys(o.kind, o."objectiveNumbers", o."actorIds", o."sessionIds") k
     GROUP BY k.facet, k.value ORDER BY k.facet, k.value
    ON CONFLICT (facet, value) DO UPDATE SET count = c.count + excluded.count;
  ELSE
    INSERT INTO "CatalogueFacetCount" AS c (facet, value, count)
    SELECT d.facet, d.value, sum(d.delta)::integer FROM (
      SELECT k.facet, k.value, 1 AS delta FROM new_rows n
       CROSS JOIN LATERAL crm_catalogue_facet_keys(n.kind, n."objectiveNumbers", n."actorIds", n."sessionIds") k
      UNION ALL
      SELECT k.facet, k.value, -1 FROM old_rows o
       CROSS JOIN LATERAL crm_catalogue_facet_keys(o.kind, o."objectiveNumbers", o."actorIds", o."sessionIds") k
    ) AS d
     GROUP BY d.facet, d.value HAVING sum(d.delta) <> 0 ORDER BY d.facet, d.value
    ON CONFLICT (facet, value) DO UPDATE SET count = c.count + excluded.count;
  END IF;
  RETURN NULL;
END
$fn$;
CREATE TRIGGER catalogue_counts_insert AFTER INSERT ON "CatalogueEntry"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_catalogue_counts_changed();
CREATE TRIGGER catalogue_counts_update AFTER UPDATE ON "CatalogueEntry"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_catalogue_counts_changed();
CREATE TRIGGER catalogue_counts_delete AFTER DELETE ON "CatalogueEntry"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_catalogue_counts_changed();

-- Typo-tolerant matches among published practices: titles or actor names/acronyms containing an
-- extent similar to the query (pg_trgm word_similarity ≥ threshold, through the trigram index).
-- The threshold is a setting of the operator, so it is set here, for this call only.
CREATE FUNCTION crm_catalogue_trgm_matches(query text, threshold real)
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

-- The entries of the practices published today.
SELECT crm_catalogue_refresh(ARRAY(SELECT id FROM "Practice"));
