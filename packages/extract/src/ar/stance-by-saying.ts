// «انتقد النائب X آلية الحجز الحالية، قائلا … إن "…"»: a stance on a thing whose words follow «قائلا» in the same
// sentence; the words are the claim, the stance's object none of its own («، معتبرا أن …» keeps both).
import { foldArabicWord } from "./cues.ts";

/** Verbs of a stance on a thing, their object nominal («انتقد الخطة», «رفض القرار»). Folded lemmas. */
const STANCE_VERBS = new Set(["انتقد", "هاجم", "رفض", "استنكر", "أدان", "دان", "ثمن"].map(foldArabicWord));
/** The object (no clause, no quote), then «، قائلا» (also «قائلة», «قائلين») before the sentence ends. */
const OBJECT_THEN_SAYING = /^[^.!?؟:«“"،,]{2,80}[،,][\s\u00A0]*قائل(?:ا|اً|ة|ةً|ين|تين|ون)(?![\p{L}\p{M}])/u;

/** Whether the cue's nominal object (from `start`) is followed by «، قائلا» and the words said. */
export function stanceToldBySaying(text: string, lemma: string | null | undefined, start: number): boolean {
  return !!lemma && STANCE_VERBS.has(lemma) && OBJECT_THEN_SAYING.test(text.slice(start, start + 140));
}
