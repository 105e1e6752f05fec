-- DropIndex
DROP INDEX "Claim_articleId_contentStart_idx";

-- CreateIndex
CREATE INDEX "Claim_articleId_contentStart_status_idx" ON "Claim"("articleId", "contentStart", "status");
