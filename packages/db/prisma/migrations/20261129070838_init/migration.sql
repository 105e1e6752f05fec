-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- Trigram matching for the GIN indexes on "Claim"."contentNorm" and "Speaker"."nameKey" (hand-added:
-- Prisma 7 leaves extensions to migrations).
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('admin', 'reviewer');

-- CreateEnum
CREATE TYPE "IngestState" AS ENUM ('queued', 'processing', 'done', 'failed', 'unsupported');

-- CreateEnum
CREATE TYPE "SpeakerKind" AS ENUM ('person', 'organisation', 'unknown');

-- CreateEnum
CREATE TYPE "ClaimKind" AS ENUM ('direct', 'indirect', 'mixed');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('unreviewed', 'verified', 'rejected', 'needs_work');

-- CreateEnum
CREATE TYPE "LinkType" AS ENUM ('same', 'supports', 'contradicts', 'updates');

-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'reviewer',
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" TIMESTAMP(3),
    "refreshTokenExpiresAt" TIMESTAMP(3),
    "scope" TEXT,
    "password" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "lastRequest" BIGINT NOT NULL,

    CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" TEXT NOT NULL,
    "title" TEXT,
    "outlet" TEXT,
    "url" TEXT,
    "lang" TEXT,
    "publishedAt" DATE,
    "text" TEXT NOT NULL,
    "textSha256" TEXT NOT NULL,
    "ingestState" "IngestState" NOT NULL DEFAULT 'queued',
    "lastError" TEXT,
    "extractor" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Speaker" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "kind" "SpeakerKind" NOT NULL DEFAULT 'unknown',
    "aliases" TEXT[],
    "titles" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Speaker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RatingLevel" (
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "RatingLevel_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "speakerId" TEXT,
    "mentionStart" INTEGER,
    "mentionEnd" INTEGER,
    "mentionText" TEXT,
    "cueStart" INTEGER,
    "cueEnd" INTEGER,
    "cueText" TEXT,
    "contentStart" INTEGER NOT NULL,
    "contentEnd" INTEGER NOT NULL,
    "contentText" TEXT NOT NULL,
    "contentNorm" TEXT NOT NULL,
    "kind" "ClaimKind" NOT NULL,
    "statedOn" DATE,
    "statedOnStart" INTEGER,
    "statedOnEnd" INTEGER,
    "statedOnText" TEXT,
    "why" TEXT,
    "extractorName" TEXT NOT NULL,
    "extractorVersion" TEXT NOT NULL,
    "status" "ReviewStatus" NOT NULL DEFAULT 'unreviewed',
    "verdictKey" TEXT,
    "verdictNote" TEXT,
    "humanTouchedAt" TIMESTAMP(3),
    "reviewerId" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimLink" (
    "id" TEXT NOT NULL,
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "type" "LinkType" NOT NULL,
    "note" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "session_token_key" ON "session"("token");

-- CreateIndex
CREATE INDEX "session_userId_idx" ON "session"("userId");

-- CreateIndex
CREATE INDEX "account_userId_idx" ON "account"("userId");

-- CreateIndex
CREATE INDEX "verification_identifier_idx" ON "verification"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "rate_limit_key_key" ON "rate_limit"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Article_textSha256_key" ON "Article"("textSha256");

-- CreateIndex
CREATE INDEX "Article_publishedAt_idx" ON "Article"("publishedAt");

-- CreateIndex
CREATE INDEX "Article_outlet_idx" ON "Article"("outlet");

-- CreateIndex
CREATE INDEX "Article_lang_idx" ON "Article"("lang");

-- CreateIndex
CREATE UNIQUE INDEX "Speaker_nameKey_key" ON "Speaker"("nameKey");

-- CreateIndex
CREATE INDEX "Speaker_nameKey_trgm_idx" ON "Speaker" USING GIN ("nameKey" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Claim_status_createdAt_id_idx" ON "Claim"("status", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Claim_speakerId_createdAt_idx" ON "Claim"("speakerId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Claim_articleId_contentStart_idx" ON "Claim"("articleId", "contentStart");

-- CreateIndex
CREATE INDEX "Claim_contentNorm_trgm_idx" ON "Claim" USING GIN ("contentNorm" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Claim_articleId_contentStart_contentEnd_key" ON "Claim"("articleId", "contentStart", "contentEnd");

-- CreateIndex
CREATE INDEX "ClaimLink_toId_idx" ON "ClaimLink"("toId");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimLink_fromId_toId_type_key" ON "ClaimLink"("fromId", "toId", "type");

-- CreateIndex
CREATE INDEX "AuditEvent_entity_entityId_at_idx" ON "AuditEvent"("entity", "entityId", "at");

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account" ADD CONSTRAINT "account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_verdictKey_fkey" FOREIGN KEY ("verdictKey") REFERENCES "RatingLevel"("key") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
