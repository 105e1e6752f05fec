// «قضت محكمة الاستئناف، أمس، بإلغاء …» then «وقالت المحكمة …»: a body that opens a sentence by acting (no
// claim) is known to the article, so that its short name later speaks for it (also a definite or quoted
// one: «رفعت "المؤسسة العامة للمخابز" …» then «وبررت المؤسسة …»).
import type { MentionParse } from "../speakers.ts";
import type { Sentence } from "../text/segment.ts";
import type { Token } from "../text/tokens.ts";
import { subjectBeforeObject } from "./clause-end-object.ts";
import {
  ADJUNCT_STARTS,
  FUNCTION_WORDS,
  foldWord,
  hasArticle,
  OPEN_QUOTE,
  ORG_TITLES,
  SOURCE_NOUNS,
} from "./lexicon.ts";
import { parseArabicMention } from "./mention.ts";
import { readSubject } from "./subject.ts";

/** The body named right after a sentence's first word («قضت محكمة الاستئناف»), or null. */
export function actingBody(
  text: string,
  s: Sentence,
  toks: Token[],
): { pos: number; parse: MentionParse } | null {
  const verb = toks[0];
  // («رفعت "المؤسسة العامة للمخابز" …»: the body's name in quotation marks)
  const quoted = OPEN_QUOTE.test(toks[1]?.text ?? "") ? 1 : 0;
  const head = toks[1 + quoted];
  if (!verb?.word || !head?.word || !ORG_TITLES.has(foldWord(head.text).replace(/^ال/u, ""))) return null;
  const definite = hasArticle(head.text);
  const first = foldWord(verb.text);
  if (FUNCTION_WORDS.has(first) || ADJUNCT_STARTS.has(first) || ORG_TITLES.has(first)) return null;
  // («ونعت وزارة الثقافة الراحل، …»: the verb's object is no part of the body's name)
  const span = subjectBeforeObject(text, verb.text, readSubject(text, head.start, s.end, new Set()));
  const parse = span ? parseArabicMention(text.slice(span.start, span.end)) : null;
  if (parse?.kind !== "organisation" || !parse.name) return null;
  // («رفعت المؤسسة العامة للمخابز …»: a definite head only with the rest of its name, never alone — unless
  // the article never names it more fully: «نظمت الجمعية وقفة …. وأوضح البلاغ أن …»)
  const whole = !definite || /[\s\u00A0]/u.test(parse.name) || onlyShortName(text, head.text);
  return whole ? { pos: head.start, parse } : null;
}

/**
 * «الجمعية», «النقابة» where the article never writes «جمعية …», «نقابة …»: a body known only by its head with
 * the article (not a document or a source: «البيان», «الدراسة»).
 */
function onlyShortName(text: string, head: string): boolean {
  const bareHead = head.replace(/^(?:ال)/u, "");
  if (SOURCE_NOUNS.has(foldWord(bareHead)) || bareHead.length < 3) return false;
  return !new RegExp(`(?<![\\p{L}\\p{M}])[وفب]?${bareHead}(?![\\p{L}\\p{M}])`, "u").test(text);
}
