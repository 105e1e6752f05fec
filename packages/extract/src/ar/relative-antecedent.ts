// A reporting verb that opens a relative clause («، الذي يرى أن …») speaks for the titled person or body before it.
import { seatless } from "../text/chars.ts";
import type { Sentence } from "../text/segment.ts";
import { tokensForward } from "../text/tokens.ts";
import type { Cue } from "./cue-finder.ts";
import { foldArabicWord } from "./cues.ts";
import { foldWord, ORG_TITLES, PERSON_TITLES } from "./lexicon.ts";
import { titleHead } from "./phrase.ts";
import { readSubject, type SpanPair } from "./subject.ts";

/** «أن», «بأنه», «إنها» right after the verb. */
const THAT_AFTER = seatless(/^[\s\u00A0]+(?:ب?[أإ]ن)(?:ه|ها|هم)?(?![\p{L}\p{M}])/u);
/** Verbs whose nominal object after «، الذي/التي» is a stance («أكد التزام …», «شدد على ضرورة …»). Folded. */
const STANCE_LEMMAS = new Set(["أكد", "شدد", "أعرب", "جدد", "دعا"].map(foldArabicWord));

/**
 * «ويتفق معه أستاذ التمويل … الدكتور X، الذي يرى أن …»: a reporting verb opening a relative clause on a
 * titled person or a body speaks for that antecedent, when a clause (أن/إن) or a stance verb's object follows it.
 */
export function relativeAntecedent(
  text: string,
  s: Sentence,
  cue: Cue,
  knownNames: Set<string>,
): SpanPair | null {
  if (cue.verbStart > cue.start) return null;
  const rel = /[،,][\s\u00A0]*(?:الذي|التي)[\s\u00A0]+$/u.exec(
    text.slice(Math.max(s.start, cue.start - 12), cue.start),
  );
  const clause = THAT_AFTER.test(text.slice(cue.end, cue.end + 10));
  // «، الذي أكد التزام المنظمة بـ…»: a stance verb may report a nominal object too
  if (!rel || !(clause || (cue.lemma && STANCE_LEMMAS.has(cue.lemma)))) return null;
  const comma = cue.start - rel[0].length;
  let k = comma;
  while (k > s.start && comma - k <= 120 && !/[،,:؛;.!؟]/u.test(text[k - 1] as string)) k--;
  for (const t of tokensForward(text, k, comma, 20)) {
    if (!t.word) continue;
    const head = titleHead(t.text);
    if (!PERSON_TITLES.has(head) && !ORG_TITLES.has(head) && !knownNames.has(foldWord(t.text))) continue;
    const subject = readSubject(text, t.start, comma, knownNames);
    if (subject && /^[\s\u00A0]*$/u.test(text.slice(subject.end, comma))) return subject;
  }
  return null;
}
