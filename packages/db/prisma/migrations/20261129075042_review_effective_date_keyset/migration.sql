-- DropIndex
DROP INDEX "Claim_effectiveOn_idx";

-- CreateIndex
CREATE INDEX "Claim_effectiveOn_createdAt_id_idx" ON "Claim"("effectiveOn", "createdAt", "id");
