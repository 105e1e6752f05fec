import { recordAudit } from "../audit.ts";
import type { Db } from "../client.ts";
import { parseIsoDate } from "../dates.ts";
import { foldText, speakerNameKey } from "../fold.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { checkClaimSpans, spansOverlap } from "./spans.ts";
import { upsertSpeakers } from "./speakers.ts";
import type { ClaimInput, ExtractionInput, SaveExtractionResult } from "./types.ts";

/** "sayso-ar@1.2.0" → ["sayso-ar", "1.2.0"]; a name without "@" gets version "". */
export function splitExtractor(extractor: string): [name: string, version: string] {
  const at = extractor.lastIndexOf("@");
  return at > 0 ? [extractor.slice(0, at), extractor.slice(at + 1)] : [extractor, ""];
}

/**
 * Stores an extraction of an article in one transaction. Spans that are not the exact slice of the
 * article text are refused (SpanMismatchError) before anything is written. Claims of the previous
 * extraction that no person touched (unreviewed, never edited, no links) are replaced; touched ones
 * are kept with their links and audit history, and new claims overlapping them are skipped. Saving
 * the same extraction twice leaves the same claims.
 */
export async function saveExtraction(
  db: Db,
  articleId: string,
  result: ExtractionInput,
): Promise<SaveExtractionResult> {
  const [extractorName, extractorVersion] = splitExtractor(result.extractor);
  return retryOnConflict(() =>
    db.$transaction(
      async (tx) => {
        const article = await tx.article.findUniqueOrThrow({
          where: { id: articleId },
          select: { id: true, text: true },
        });
        checkClaimSpans(article.text, result.claims);
        const statedOn = result.claims.map((c, i) =>
          c.date ? parseIsoDate(c.date, `claims[${i}].date`) : null,
        );

        const previous = await tx.claim.findMany({
          where: { articleId },
          select: {
            id: true,
            status: true,
            humanTouchedAt: true,
            contentStart: true,
            contentEnd: true,
            _count: { select: { linksFrom: true, linksTo: true } },
          },
        });
        const touched = previous.filter(
          (c) =>
            c.status !== "unreviewed" ||
            c.humanTouchedAt !== null ||
            c._count.linksFrom + c._count.linksTo > 0,
        );
        const untouchedIds = previous.filter((c) => !touched.includes(c)).map((c) => c.id);
        // `id IN (...)` plus the same conditions, so a claim touched since we read it survives
        const removed = await tx.claim.deleteMany({
          where: {
            id: { in: untouchedIds },
            status: "unreviewed",
            humanTouchedAt: null,
            linksFrom: { none: {} },
            linksTo: { none: {} },
          },
        });

        const keptSpans = touched.map((c) => ({ start: c.contentStart, end: c.contentEnd }));
        const fresh: { claim: ClaimInput; statedOn: Date | null }[] = [];
        result.claims.forEach((claim, i) => {
          if (keptSpans.some((span) => spansOverlap(span, claim.content))) return;
          keptSpans.push(claim.content); // also drops a later duplicate of the same passage
          fresh.push({ claim, statedOn: statedOn[i] ?? null });
        });

        const speakerIds = await upsertSpeakers(
          tx,
          fresh.map(({ claim }) => claim.speaker),
        );
        const rows: Prisma.ClaimCreateManyInput[] = fresh.map(({ claim, statedOn }) => ({
          articleId,
          speakerId: claim.speaker.name ? (speakerIds.get(speakerNameKey(claim.speaker.name)) ?? null) : null,
          mentionStart: claim.speaker.mention?.start ?? null,
          mentionEnd: claim.speaker.mention?.end ?? null,
          mentionText: claim.speaker.mention?.text ?? null,
          cueStart: claim.cue.start,
          cueEnd: claim.cue.end,
          cueText: claim.cue.text,
          contentStart: claim.content.start,
          contentEnd: claim.content.end,
          contentText: claim.content.text,
          contentNorm: foldText(claim.content.text),
          kind: claim.kind,
          statedOn,
          statedOnStart: claim.dateSource?.start ?? null,
          statedOnEnd: claim.dateSource?.end ?? null,
          statedOnText: claim.dateSource?.text ?? null,
          why: claim.why,
          extractorName,
          extractorVersion,
        }));
        const inserted = rows.length ? (await tx.claim.createMany({ data: rows })).count : 0;

        await tx.article.update({
          where: { id: articleId },
          data: {
            ingestState: result.supported ? "done" : "unsupported",
            lastError: result.supported ? null : (result.reason ?? "unsupported"),
            lang: result.lang ?? undefined, // keep a caller-given language when detection found none
            extractor: result.extractor,
          },
        });
        const counts = { inserted, kept: touched.length, removed: removed.count };
        await recordAudit(tx, {
          actor: "worker",
          action: "extraction.saved",
          entity: "article",
          entityId: articleId,
          after: {
            extractor: result.extractor,
            lang: result.lang,
            supported: result.supported,
            reason: result.reason,
            ...counts,
          },
        });
        return counts;
      },
      { timeout: 60_000, maxWait: 10_000 },
    ),
  );
}

/**
 * Two saves at once (two workers, or a worker and a re-run) can both create the same new speaker or
 * claim; the loser's transaction rolls back whole with a unique violation, and a second try then
 * sees the winner's rows.
 */
async function retryOnConflict<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (attempt >= attempts || (code !== "P2002" && code !== "P2034")) throw error;
    }
  }
}
