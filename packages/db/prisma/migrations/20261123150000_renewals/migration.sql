-- CreateEnum
CREATE TYPE "RenewalKind" AS ENUM ('RENEWAL', 'REINSTATEMENT');

-- AlterTable
ALTER TABLE "Endorsement" ADD COLUMN     "graceEndsOn" DATE,
ADD COLUMN     "lapsedOn" DATE,
ADD COLUMN     "reinstatedOn" DATE;

-- AlterTable
ALTER TABLE "Renewal" ADD COLUMN     "agreementAcceptedAt" TIMESTAMP(3),
ADD COLUMN     "agreementVersion" TEXT,
ADD COLUMN     "codeOfEthicsAcceptedAt" TIMESTAMP(3),
ADD COLUMN     "codeOfEthicsVersion" TEXT,
ADD COLUMN     "evaluation" JSONB,
ADD COLUMN     "extendedById" TEXT,
ADD COLUMN     "extendedUntil" DATE,
ADD COLUMN     "extensionReason" TEXT,
ADD COLUMN     "firstSubmittedAt" TIMESTAMP(3),
ADD COLUMN     "kind" "RenewalKind" NOT NULL DEFAULT 'RENEWAL',
ADD COLUMN     "late" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "noSanctionAttestedAt" TIMESTAMP(3),
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE "Renewal" ALTER COLUMN "updatedAt" DROP DEFAULT;

-- Existing endorsements get the editions' default grace (31 days); the API recomputes it on the next change.
UPDATE "Endorsement" SET "graceEndsOn" = "expiresOn" + 31;
ALTER TABLE "Endorsement" ALTER COLUMN "graceEndsOn" SET NOT NULL;

-- CreateTable
CREATE TABLE "RenewalNotice" (
    "id" TEXT NOT NULL,
    "endorsementId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RenewalNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobLease" (
    "name" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "lockedUntil" TIMESTAMP(3) NOT NULL,
    "lastRunAt" TIMESTAMP(3),

    CONSTRAINT "JobLease_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE UNIQUE INDEX "RenewalNotice_endorsementId_year_kind_key" ON "RenewalNotice"("endorsementId", "year", "kind");

-- CreateIndex
CREATE INDEX "Endorsement_status_graceEndsOn_idx" ON "Endorsement"("status", "graceEndsOn");

-- CreateIndex
CREATE INDEX "Renewal_status_submittedAt_idx" ON "Renewal"("status", "submittedAt");

-- AddForeignKey
ALTER TABLE "Renewal" ADD CONSTRAINT "Renewal_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RenewalNotice" ADD CONSTRAINT "RenewalNotice_endorsementId_fkey" FOREIGN KEY ("endorsementId") REFERENCES "Endorsement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

