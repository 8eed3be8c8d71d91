-- CreateEnum
CREATE TYPE "PracticeSource" AS ENUM ('FORUM_REPORT', 'PROPOSAL', 'SECRETARIAT');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('RECEIVED', 'IN_REVIEW', 'PUBLISHED', 'DECLINED');

-- CreateEnum
CREATE TYPE "ProposalType" AS ENUM ('NEW_PRACTICE', 'CORRECTION');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- AlterTable
ALTER TABLE "Practice" ADD COLUMN     "proposedAt" TIMESTAMP(3),
ADD COLUMN     "proposedByInstitution" TEXT,
ADD COLUMN     "source" "PracticeSource" NOT NULL DEFAULT 'FORUM_REPORT';

-- CreateTable
CREATE TABLE "Proposal" (
    "id" SERIAL NOT NULL,
    "reference" TEXT NOT NULL,
    "statusTokenHash" TEXT NOT NULL,
    "status" "ProposalStatus" NOT NULL DEFAULT 'RECEIVED',
    "type" "ProposalType" NOT NULL DEFAULT 'NEW_PRACTICE',
    "locale" TEXT NOT NULL,
    "kind" "PracticeKind" NOT NULL,
    "title" TEXT NOT NULL,
    "actorId" INTEGER,
    "otherActorName" TEXT,
    "objectiveNumbers" INTEGER[],
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "results" TEXT,
    "lessons" TEXT,
    "link" TEXT,
    "proposerName" TEXT,
    "proposerInstitution" TEXT,
    "proposerEmail" TEXT,
    "duplicateOfId" INTEGER,
    "targetPracticeId" INTEGER,
    "practiceId" INTEGER,
    "declineReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),
    "personalDataPurgedAt" TIMESTAMP(3),

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" SERIAL NOT NULL,
    "recipient" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "proposalId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Proposal_reference_key" ON "Proposal"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "Proposal_statusTokenHash_key" ON "Proposal"("statusTokenHash");

-- CreateIndex
CREATE INDEX "Proposal_status_createdAt_idx" ON "Proposal"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Proposal_type_status_idx" ON "Proposal"("type", "status");

-- CreateIndex
CREATE INDEX "Proposal_title_actorId_createdAt_idx" ON "Proposal"("title", "actorId", "createdAt");

-- CreateIndex
CREATE INDEX "Proposal_practiceId_idx" ON "Proposal"("practiceId");

-- CreateIndex
CREATE INDEX "Proposal_targetPracticeId_idx" ON "Proposal"("targetPracticeId");

-- CreateIndex
CREATE INDEX "Proposal_closedAt_idx" ON "Proposal"("closedAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_proposalId_idx" ON "OutboxMessage"("proposalId");

-- CreateIndex
CREATE INDEX "OutboxMessage_createdAt_idx" ON "OutboxMessage"("createdAt");

-- CreateIndex
CREATE INDEX "Practice_source_idx" ON "Practice"("source");

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_targetPracticeId_fkey" FOREIGN KEY ("targetPracticeId") REFERENCES "Practice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Practices the secretariat added in the workspace or by import before provenance existed: the seed
-- writes no createdById, so only those rows have one.
UPDATE "Practice" SET "source" = 'SECRETARIAT' WHERE "createdById" IS NOT NULL;
