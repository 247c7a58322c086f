-- AlterTable
ALTER TABLE "ReferenceRequest" ADD COLUMN     "sendCount" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Decision" ADD COLUMN     "sections" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "ApplicationSubmission" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "round" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "evaluation" JSONB NOT NULL,
    "response" TEXT,
    "submittedById" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationSubmission_applicationId_round_key" ON "ApplicationSubmission"("applicationId", "round");

-- AddForeignKey
ALTER TABLE "ApplicationSubmission" ADD CONSTRAINT "ApplicationSubmission_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- One open application per applicant at a time (Prisma cannot express a partial unique index):
-- a second "Start application" racing the first fails here instead of creating a twin.
CREATE UNIQUE INDEX "Application_one_open_per_profile" ON "Application"("profileId")
  WHERE "status" NOT IN ('ENDORSED', 'DENIED', 'WITHDRAWN');
