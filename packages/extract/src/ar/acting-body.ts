// «قضت محكمة الاستئناف، أمس، بإلغاء …» then «وقالت المحكمة …»: a body that opens a sentence by acting (no
// claim) is known to the article, so that its short name later speaks for it.
import type { MentionParse } from "../speakers.ts";
import type { Sentence } from "../text/segment.ts";
import type { Token } from "../text/tokens.ts";
import { ADJUNCT_STARTS, FUNCTION_WORDS, foldWord, hasArticle, ORG_TITLES } from "./lexicon.ts";
import { parseArabicMention } from "./mention.ts";
import { readSubject } from "./subject.ts";

/** The body named right after a sentence's first word («قضت محكمة الاستئناف»), or null. */
export function actingBody(
  text: string,
  s: Sentence,
  toks: Token[],
): { pos: number; parse: MentionParse } | null {
  const [verb, head] = toks;
  if (!verb?.word || !head?.word || hasArticle(head.text) || !ORG_TITLES.has(foldWord(head.text)))
    return null;
  const first = foldWord(verb.text);
  if (FUNCTION_WORDS.has(first) || ADJUNCT_STARTS.has(first) || ORG_TITLES.has(first)) return null;
  const span = readSubject(text, head.start, s.end, new Set());
  const parse = span ? parseArabicMention(text.slice(span.start, span.end)) : null;
  return parse?.kind === "organisation" && parse.name ? { pos: head.start, parse } : null;
}
