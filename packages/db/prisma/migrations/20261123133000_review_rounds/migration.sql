-- DropIndex
DROP INDEX "ReviewAssignment_applicationId_reviewerId_key";

-- AlterTable
ALTER TABLE "ReviewAssignment" ADD COLUMN     "round" INTEGER NOT NULL DEFAULT 1;

-- CreateIndex
CREATE UNIQUE INDEX "ReviewAssignment_applicationId_reviewerId_round_key" ON "ReviewAssignment"("applicationId", "reviewerId", "round");

