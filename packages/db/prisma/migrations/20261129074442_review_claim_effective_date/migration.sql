-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "effectiveOn" DATE;

-- CreateIndex
CREATE INDEX "Claim_effectiveOn_idx" ON "Claim"("effectiveOn");

-- Hand-written below (Prisma's schema language has no triggers; `migration:new` diffs are unaffected).

-- Claim.effectiveOn = statedOn, else the article's publishedAt.
CREATE FUNCTION "claim_effective_on"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."effectiveOn" := coalesce(NEW."statedOn", (SELECT a."publishedAt" FROM "Article" a WHERE a.id = NEW."articleId"));
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Claim_effective_on"
  BEFORE INSERT OR UPDATE OF "statedOn", "articleId", "effectiveOn" ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION "claim_effective_on"();

CREATE FUNCTION "article_claims_effective_on"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Claim" SET "statedOn" = "statedOn" WHERE "articleId" = NEW.id AND "statedOn" IS NULL;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Article_claims_effective_on"
  AFTER UPDATE OF "publishedAt" ON "Article"
  FOR EACH ROW WHEN (OLD."publishedAt" IS DISTINCT FROM NEW."publishedAt")
  EXECUTE FUNCTION "article_claims_effective_on"();

UPDATE "Claim" c SET "effectiveOn" = coalesce(c."statedOn", a."publishedAt") FROM "Article" a WHERE a.id = c."articleId";
