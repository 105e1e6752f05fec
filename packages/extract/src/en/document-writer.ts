// "Mayor X wrote on Facebook that …. “…,” the post read.", "Y said in a written submission that …. “…,” the
// submission reads.": a document just named by its writer's claim speaks for that writer.
import type { Draft } from "../draft.ts";
import { paragraphAt, type Sentence, sentenceAt } from "../text/segment.ts";
import { SOCIAL_PLATFORMS } from "./social-platforms.ts";

/** "the post", "the submission", "the letter": a document pointed back to. */
const DOCUMENT_BACK =
  /^the\s+(post|submission|letter|email|e-mail|message|note|memo|tweet|blog|blog\s+post|comment|comments)$/i;
/** Platforms a writer posts on ("wrote on Facebook", "posted on X"): what is written there is a post. */
const PLATFORM = String.raw`(?:${SOCIAL_PLATFORMS}|(?:his|her|their|its)\s+(?:\p{Lu}\S*\s+)?(?:page|account|blog|website|feed))`;

/** The sentence of the claim before names the document `kind` as the medium of its words. */
export function namesDocument(sentence: string, kind: string): boolean {
  const noun = kind.toLowerCase().replace(/\s+/g, "\\s+");
  const medium = new RegExp(
    String.raw`\b(?:in|on|via|through|by)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}${noun}s?\b`,
    "iu",
  );
  if (medium.test(sentence)) return true;
  return /^(?:post|tweet|comment|comments|blog|blog\s+post)$/i.test(kind)
    ? new RegExp(String.raw`\b(?:wrote|posted|said|commented)\s+(?:\S+\s+){0,2}?on\s+${PLATFORM}`, "u").test(
        sentence,
      )
    : false;
}

/**
 * The index of the claim (the one before `i`, this paragraph or the one before) whose sentence named the document
 * that `drafts[i]`'s mention points back to; -1 when the mention is no such document or none was named.
 */
export function documentWriterClaim(text: string, sentences: Sentence[], drafts: Draft[], i: number): number {
  const d = drafts[i] as Draft;
  if (i === 0 || d.mentionStart < 0 || d.mentionEnd - d.mentionStart > 20) return -1;
  const m = DOCUMENT_BACK.exec(text.slice(d.mentionStart, d.mentionEnd));
  const prev = drafts[i - 1] as Draft;
  if (!m || paragraphAt(sentences, prev.cueStart) < paragraphAt(sentences, d.cueStart) - 1) return -1;
  const s = sentenceAt(sentences, prev.cueStart);
  return s && namesDocument(text.slice(s.start, s.end), m[1] as string) ? i - 1 : -1;
}
