-- Content faithful to the report (issue 13, docs/decisions/003 and 010).

-- AlterEnum: the report lists the RROCM apart from the observer organisations (report line 108), and the
-- CRM's Executive Secretariat is not an observer. Existing rows move by slug; any other OBSERVER row
-- (none is seeded) becomes an international organisation.
BEGIN;
CREATE TYPE "ActorGroup_new" AS ENUM ('CRM_MEMBER', 'SOUTH_AMERICAN_CHAMPION', 'EXTRA_REGIONAL_CHAMPION', 'CIVIL_SOCIETY', 'CRM_SECRETARIAT', 'INTERNATIONAL_ORGANIZATION', 'OTHER_COUNTRY');
ALTER TABLE "Actor" ALTER COLUMN "group" TYPE "ActorGroup_new" USING (
  CASE
    WHEN "group"::text <> 'OBSERVER' THEN "group"::text
    WHEN "slug" = 'rrocm' THEN 'CIVIL_SOCIETY'
    WHEN "slug" = 'se-crm' THEN 'CRM_SECRETARIAT'
    ELSE 'INTERNATIONAL_ORGANIZATION'
  END::"ActorGroup_new"
);
ALTER TYPE "ActorGroup" RENAME TO "ActorGroup_old";
ALTER TYPE "ActorGroup_new" RENAME TO "ActorGroup";
DROP TYPE "public"."ActorGroup_old";
COMMIT;

-- AlterTable: the communiqué is dated with both days of the forum; it has no signature block.
ALTER TABLE "Communique" RENAME COLUMN "date" TO "startDate";
ALTER TABLE "Communique" ADD COLUMN "endDate" DATE;
UPDATE "Communique" SET "endDate" = "startDate";
ALTER TABLE "Communique" ALTER COLUMN "endDate" SET NOT NULL;
ALTER TABLE "Communique" DROP COLUMN "signatories";

-- AlterTable: the secretariat's editorial date, apart from the report's.
ALTER TABLE "Practice" ADD COLUMN "editedAt" TIMESTAMP(3);
-- A published practice the secretariat already changed (seedHash cleared) keeps its last change as its date.
UPDATE "Practice" SET "editedAt" = "publishedAt" WHERE "seedHash" IS NULL AND "publishedAt" IS NOT NULL;

-- AlterTable: the language annex 1 prints each participant's role and institution in (WCAG 3.1.2).
ALTER TABLE "Participant" ADD COLUMN "lang" TEXT NOT NULL DEFAULT 'es';
