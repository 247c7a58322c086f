-- CreateTable
CREATE TABLE "StatisticsSnapshot" (
    "associationId" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL,
    "asOf" DATE NOT NULL,
    "data" JSONB NOT NULL,

    CONSTRAINT "StatisticsSnapshot_pkey" PRIMARY KEY ("associationId","scope")
);

-- AddForeignKey
ALTER TABLE "StatisticsSnapshot" ADD CONSTRAINT "StatisticsSnapshot_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

