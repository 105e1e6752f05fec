// "X said in a letter dated November 10 that …. The letter said …": the document speaks on the day its
// sentence gave it.
import type { DateMention } from "../dates.ts";
import type { Draft } from "../draft.ts";
import { paragraphAt, type Sentence, sentenceAt } from "../text/segment.ts";
import type { Dated } from "../timeline.ts";

const DOCUMENT_MENTION =
  /^the\s+(statement|letter|release|note|memo|report|post|email|message|notice|notification|circular)$/i;

/**
 * The own day of the claim just before (this paragraph or the one before) whose sentence names the document that
 * `d`'s mention ("The letter") points back to ("in a letter dated …", "in a statement on Monday"); else null.
 */
export function dayOfDocumentNamed(
  text: string,
  sentences: Sentence[],
  drafts: Draft[],
  out: Dated[],
  i: number,
): DateMention | null {
  const d = drafts[i] as Draft;
  if (d.mentionStart < 0 || d.mentionEnd - d.mentionStart > 16) return null;
  const m = DOCUMENT_MENTION.exec(text.slice(d.mentionStart, d.mentionEnd));
  if (!m || i === 0) return null;
  const prev = drafts[i - 1] as Draft;
  const o = out[i - 1] as Dated;
  if (
    o.inherited ||
    !o.source ||
    paragraphAt(sentences, prev.cueStart) < paragraphAt(sentences, d.cueStart) - 1
  )
    return null;
  const s = sentenceAt(sentences, prev.cueStart);
  if (!s) return null;
  const named = new RegExp(`\\b(?:in|by)\\s+(?:a|an|the|its|his|her|their)\\s+(?:\\w+\\s+)?${m[1]}\\b`, "i");
  return named.test(text.slice(s.start, s.end)) ? o.source : null;
}
