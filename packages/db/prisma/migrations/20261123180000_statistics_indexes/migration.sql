-- Indexes for the chapters' statistics at scale (docs/benchmarks/chapter-statistics.md): members by
-- association or chapter in id order, and training/RSC hours read index-only in (profileId, date) order.
-- DropIndex
DROP INDEX "ApplicantProfile_associationId_chapterId_idx";

-- DropIndex
DROP INDEX "TrainingEntry_profileId_date_idx";

-- DropIndex
DROP INDEX "RscEntry_profileId_startDate_idx";

-- CreateIndex
CREATE INDEX "ApplicantProfile_associationId_chapterId_id_idx" ON "ApplicantProfile"("associationId", "chapterId", "id");

-- CreateIndex
CREATE INDEX "ApplicantProfile_associationId_id_idx" ON "ApplicantProfile"("associationId", "id");

-- CreateIndex
CREATE INDEX "TrainingEntry_profileId_date_hours_idx" ON "TrainingEntry"("profileId", "date", "hours");

-- CreateIndex
CREATE INDEX "RscEntry_profileId_startDate_hours_idx" ON "RscEntry"("profileId", "startDate", "hours");

