-- AlterTable
ALTER TABLE "ApiToken" ADD COLUMN     "revokedById" TEXT;

-- CreateTable
CREATE TABLE "ApiTokenCall" (
    "id" BIGSERIAL NOT NULL,
    "tokenId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "operationName" TEXT,
    "query" TEXT NOT NULL,
    "variables" JSONB,
    "ip" TEXT,
    "refused" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ApiTokenCall_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ApiTokenCall_tokenId_at_idx" ON "ApiTokenCall"("tokenId", "at");

-- CreateIndex
CREATE INDEX "ApiToken_chapterId_idx" ON "ApiToken"("chapterId");

-- AddForeignKey
ALTER TABLE "ApiTokenCall" ADD CONSTRAINT "ApiTokenCall_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "ApiToken"("id") ON DELETE CASCADE ON UPDATE CASCADE;

