-- The catalogue's "source" filter (issue 15): each entry carries its practice's provenance, and the
-- facet counts count it. Every function below is the previous definition (20261128222402_catalogue_index)
-- with "source" added; prisma/sql/catalogue-search.sql holds the current text.

-- AlterTable: filled from the practices, then without a default like the entry's other columns (only the
-- triggers write it). Written while crm_catalogue_facet_keys still ignores "source", so the fill changes
-- no count; the source counts are added once, at the end.
ALTER TABLE "CatalogueEntry" ADD COLUMN     "source" "PracticeSource" NOT NULL DEFAULT 'FORUM_REPORT';
UPDATE "CatalogueEntry" e SET "source" = p."source" FROM "Practice" p WHERE p.id = e."practiceId" AND p."source" <> e."source";
ALTER TABLE "CatalogueEntry" ALTER COLUMN "source" DROP DEFAULT;

-- CreateIndex
CREATE INDEX "CatalogueEntry_source_idx" ON "CatalogueEntry"("source");

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

-- The facet values an entry counts for (now with its source): a new signature, so the old one goes
-- first, and the counts trigger that calls it is redefined to pass the source.
DROP FUNCTION crm_catalogue_facet_keys("PracticeKind", integer[], integer[], integer[]);
CREATE FUNCTION crm_catalogue_facet_keys(kind "PracticeKind", source "PracticeSource", objective_numbers integer[], actor_ids integer[], session_ids integer[])
RETURNS TABLE (facet text, value text)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  SELECT 'total', ''
  UNION ALL SELECT 'kind', kind::text
  UNION ALL SELECT 'source', source::text
  UNION ALL SELECT 'objective', x::text FROM unnest(objective_numbers) AS x
  UNION ALL SELECT 'actor', x::text FROM unnest(actor_ids) AS x
  UNION ALL SELECT 'session', x::text FROM unnest(session_ids) AS x
$fn$;

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

-- The source counts of the entries already there.
INSERT INTO "CatalogueFacetCount" AS c (facet, value, count)
SELECT 'source', e.source::text, count(*)::integer FROM "CatalogueEntry" e GROUP BY e.source ORDER BY e.source::text
ON CONFLICT (facet, value) DO UPDATE SET count = excluded.count;
