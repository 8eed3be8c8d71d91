-- CreateEnum
CREATE TYPE "ActorType" AS ENUM ('COUNTRY', 'ORGANIZATION');

-- CreateEnum
CREATE TYPE "ActorGroup" AS ENUM ('CRM_MEMBER', 'SOUTH_AMERICAN_CHAMPION', 'EXTRA_REGIONAL_CHAMPION', 'OBSERVER', 'INTERNATIONAL_ORGANIZATION');

-- CreateEnum
CREATE TYPE "PracticeKind" AS ENUM ('GOOD_PRACTICE', 'POLICY', 'TOOL');

-- CreateEnum
CREATE TYPE "PublicationStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "TranslationStatus" AS ENUM ('MISSING', 'SOURCE', 'TRANSLATED', 'REVIEWED');

-- CreateEnum
CREATE TYPE "RecommendationKind" AS ENUM ('FINAL', 'POST_TEST', 'CONCLUSION');

-- CreateTable
CREATE TABLE "Objective" (
    "number" INTEGER NOT NULL,
    "titleEs" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "shortLabelEs" TEXT,
    "shortLabelEn" TEXT,

    CONSTRAINT "Objective_pkey" PRIMARY KEY ("number")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "titleEs" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "overviewEs" TEXT,
    "overviewEn" TEXT,
    "discussionEs" TEXT,
    "discussionEn" TEXT,
    "challengesEs" TEXT,
    "challengesEn" TEXT,
    "opportunitiesEs" TEXT,
    "opportunitiesEn" TEXT,
    "workingTable" INTEGER,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionObjective" (
    "sessionId" INTEGER NOT NULL,
    "objectiveNumber" INTEGER NOT NULL,

    CONSTRAINT "SessionObjective_pkey" PRIMARY KEY ("sessionId","objectiveNumber")
);

-- CreateTable
CREATE TABLE "Actor" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "type" "ActorType" NOT NULL,
    "isoCode" TEXT,
    "acronymEs" TEXT,
    "acronymEn" TEXT,
    "nameEs" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "group" "ActorGroup" NOT NULL,

    CONSTRAINT "Actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Practice" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "PracticeKind" NOT NULL,
    "titleEs" TEXT NOT NULL,
    "titleEn" TEXT,
    "summaryEs" TEXT NOT NULL,
    "summaryEn" TEXT,
    "bodyEs" TEXT,
    "bodyEn" TEXT,
    "reportTitle" TEXT,
    "sourceSectionEs" TEXT,
    "sourceSectionEn" TEXT,
    "externalUrl" TEXT,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "translationStatusEs" "TranslationStatus" NOT NULL DEFAULT 'SOURCE',
    "translationStatusEn" "TranslationStatus" NOT NULL DEFAULT 'MISSING',
    "version" INTEGER NOT NULL DEFAULT 1,
    "seedHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Practice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeActor" (
    "practiceId" INTEGER NOT NULL,
    "actorId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PracticeActor_pkey" PRIMARY KEY ("practiceId","actorId")
);

-- CreateTable
CREATE TABLE "PracticeObjective" (
    "practiceId" INTEGER NOT NULL,
    "objectiveNumber" INTEGER NOT NULL,

    CONSTRAINT "PracticeObjective_pkey" PRIMARY KEY ("practiceId","objectiveNumber")
);

-- CreateTable
CREATE TABLE "PracticeSession" (
    "practiceId" INTEGER NOT NULL,
    "sessionId" INTEGER NOT NULL,
    "listedKind" "PracticeKind" NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PracticeSession_pkey" PRIMARY KEY ("practiceId","sessionId")
);

-- CreateTable
CREATE TABLE "CooperationIdea" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "table" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "sessionId" INTEGER NOT NULL,
    "textEs" TEXT NOT NULL,
    "textEn" TEXT NOT NULL,

    CONSTRAINT "CooperationIdea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CooperationIdeaObjective" (
    "ideaId" INTEGER NOT NULL,
    "objectiveNumber" INTEGER NOT NULL,

    CONSTRAINT "CooperationIdeaObjective_pkey" PRIMARY KEY ("ideaId","objectiveNumber")
);

-- CreateTable
CREATE TABLE "CooperationIdeaPractice" (
    "ideaId" INTEGER NOT NULL,
    "practiceId" INTEGER NOT NULL,

    CONSTRAINT "CooperationIdeaPractice_pkey" PRIMARY KEY ("ideaId","practiceId")
);

-- CreateTable
CREATE TABLE "Recommendation" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "RecommendationKind" NOT NULL,
    "position" INTEGER NOT NULL,
    "textEs" TEXT NOT NULL,
    "textEn" TEXT NOT NULL,

    CONSTRAINT "Recommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecommendationObjective" (
    "recommendationId" INTEGER NOT NULL,
    "objectiveNumber" INTEGER NOT NULL,

    CONSTRAINT "RecommendationObjective_pkey" PRIMARY KEY ("recommendationId","objectiveNumber")
);

-- CreateTable
CREATE TABLE "RecommendationSession" (
    "recommendationId" INTEGER NOT NULL,
    "sessionId" INTEGER NOT NULL,

    CONSTRAINT "RecommendationSession_pkey" PRIMARY KEY ("recommendationId","sessionId")
);

-- CreateTable
CREATE TABLE "RecommendationPractice" (
    "recommendationId" INTEGER NOT NULL,
    "practiceId" INTEGER NOT NULL,

    CONSTRAINT "RecommendationPractice_pkey" PRIMARY KEY ("recommendationId","practiceId")
);

-- CreateTable
CREATE TABLE "Communique" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "titleEs" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "placeEs" TEXT NOT NULL,
    "placeEn" TEXT NOT NULL,
    "signatories" JSONB NOT NULL,

    CONSTRAINT "Communique_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommuniqueParagraph" (
    "id" SERIAL NOT NULL,
    "communiqueId" INTEGER NOT NULL,
    "anchor" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "textEs" TEXT NOT NULL,
    "textEn" TEXT NOT NULL,

    CONSTRAINT "CommuniqueParagraph_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KeyFigure" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "valueEs" TEXT NOT NULL,
    "valueEn" TEXT NOT NULL,
    "labelEs" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "sentenceEs" TEXT NOT NULL,
    "sentenceEn" TEXT NOT NULL,

    CONSTRAINT "KeyFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delegation" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "nameEs" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "listEs" TEXT NOT NULL,
    "listEn" TEXT NOT NULL,
    "actorId" INTEGER,

    CONSTRAINT "Delegation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Participant" (
    "id" SERIAL NOT NULL,
    "delegationId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT,
    "institution" TEXT,

    CONSTRAINT "Participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Abbreviation" (
    "id" SERIAL NOT NULL,
    "abbr" TEXT NOT NULL,
    "expansionEs" TEXT NOT NULL,
    "expansionEn" TEXT NOT NULL,

    CONSTRAINT "Abbreviation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportSection" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "titleEs" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "bodyEs" TEXT NOT NULL,
    "bodyEn" TEXT NOT NULL,

    CONSTRAINT "ReportSection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Session_code_key" ON "Session"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Session_slug_key" ON "Session"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Session_position_key" ON "Session"("position");

-- CreateIndex
CREATE INDEX "SessionObjective_objectiveNumber_idx" ON "SessionObjective"("objectiveNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Actor_slug_key" ON "Actor"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Actor_isoCode_key" ON "Actor"("isoCode");

-- CreateIndex
CREATE UNIQUE INDEX "Practice_slug_key" ON "Practice"("slug");

-- CreateIndex
CREATE INDEX "Practice_status_updatedAt_idx" ON "Practice"("status", "updatedAt");

-- CreateIndex
CREATE INDEX "Practice_kind_idx" ON "Practice"("kind");

-- CreateIndex
CREATE INDEX "PracticeActor_actorId_idx" ON "PracticeActor"("actorId");

-- CreateIndex
CREATE INDEX "PracticeObjective_objectiveNumber_idx" ON "PracticeObjective"("objectiveNumber");

-- CreateIndex
CREATE INDEX "PracticeSession_sessionId_idx" ON "PracticeSession"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "CooperationIdea_key_key" ON "CooperationIdea"("key");

-- CreateIndex
CREATE INDEX "CooperationIdea_sessionId_idx" ON "CooperationIdea"("sessionId");

-- CreateIndex
CREATE INDEX "CooperationIdeaObjective_objectiveNumber_idx" ON "CooperationIdeaObjective"("objectiveNumber");

-- CreateIndex
CREATE INDEX "CooperationIdeaPractice_practiceId_idx" ON "CooperationIdeaPractice"("practiceId");

-- CreateIndex
CREATE UNIQUE INDEX "Recommendation_key_key" ON "Recommendation"("key");

-- CreateIndex
CREATE INDEX "Recommendation_kind_position_idx" ON "Recommendation"("kind", "position");

-- CreateIndex
CREATE INDEX "RecommendationObjective_objectiveNumber_idx" ON "RecommendationObjective"("objectiveNumber");

-- CreateIndex
CREATE INDEX "RecommendationSession_sessionId_idx" ON "RecommendationSession"("sessionId");

-- CreateIndex
CREATE INDEX "RecommendationPractice_practiceId_idx" ON "RecommendationPractice"("practiceId");

-- CreateIndex
CREATE UNIQUE INDEX "Communique_key_key" ON "Communique"("key");

-- CreateIndex
CREATE INDEX "CommuniqueParagraph_communiqueId_position_idx" ON "CommuniqueParagraph"("communiqueId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "CommuniqueParagraph_communiqueId_anchor_key" ON "CommuniqueParagraph"("communiqueId", "anchor");

-- CreateIndex
CREATE UNIQUE INDEX "KeyFigure_key_key" ON "KeyFigure"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Delegation_key_key" ON "Delegation"("key");

-- CreateIndex
CREATE INDEX "Delegation_actorId_idx" ON "Delegation"("actorId");

-- CreateIndex
CREATE INDEX "Participant_delegationId_idx" ON "Participant"("delegationId");

-- CreateIndex
CREATE UNIQUE INDEX "Abbreviation_abbr_key" ON "Abbreviation"("abbr");

-- CreateIndex
CREATE UNIQUE INDEX "ReportSection_key_key" ON "ReportSection"("key");

-- AddForeignKey
ALTER TABLE "SessionObjective" ADD CONSTRAINT "SessionObjective_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionObjective" ADD CONSTRAINT "SessionObjective_objectiveNumber_fkey" FOREIGN KEY ("objectiveNumber") REFERENCES "Objective"("number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeActor" ADD CONSTRAINT "PracticeActor_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeActor" ADD CONSTRAINT "PracticeActor_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeObjective" ADD CONSTRAINT "PracticeObjective_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeObjective" ADD CONSTRAINT "PracticeObjective_objectiveNumber_fkey" FOREIGN KEY ("objectiveNumber") REFERENCES "Objective"("number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeSession" ADD CONSTRAINT "PracticeSession_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeSession" ADD CONSTRAINT "PracticeSession_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationIdea" ADD CONSTRAINT "CooperationIdea_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationIdeaObjective" ADD CONSTRAINT "CooperationIdeaObjective_ideaId_fkey" FOREIGN KEY ("ideaId") REFERENCES "CooperationIdea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationIdeaObjective" ADD CONSTRAINT "CooperationIdeaObjective_objectiveNumber_fkey" FOREIGN KEY ("objectiveNumber") REFERENCES "Objective"("number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationIdeaPractice" ADD CONSTRAINT "CooperationIdeaPractice_ideaId_fkey" FOREIGN KEY ("ideaId") REFERENCES "CooperationIdea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationIdeaPractice" ADD CONSTRAINT "CooperationIdeaPractice_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationObjective" ADD CONSTRAINT "RecommendationObjective_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationObjective" ADD CONSTRAINT "RecommendationObjective_objectiveNumber_fkey" FOREIGN KEY ("objectiveNumber") REFERENCES "Objective"("number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationSession" ADD CONSTRAINT "RecommendationSession_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationSession" ADD CONSTRAINT "RecommendationSession_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationPractice" ADD CONSTRAINT "RecommendationPractice_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationPractice" ADD CONSTRAINT "RecommendationPractice_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommuniqueParagraph" ADD CONSTRAINT "CommuniqueParagraph_communiqueId_fkey" FOREIGN KEY ("communiqueId") REFERENCES "Communique"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
