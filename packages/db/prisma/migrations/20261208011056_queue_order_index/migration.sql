-- The staff queue's default order (longest waiting first, then id) for one association, read in index
-- order instead of sorting every submitted application (docs/benchmarks/operations.md).
-- CreateIndex
CREATE INDEX "Application_associationId_submittedAt_id_idx" ON "Application"("associationId", "submittedAt", "id");

