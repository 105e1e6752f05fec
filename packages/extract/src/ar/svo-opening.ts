// «الرئيس تبون يستقبل وزير الخارجية الفرنسي ويؤكد متانة العلاقات»: a headline (or a sentence) in SVO order whose
// first verb reports nothing; a reporting verb joined to it by «و» has the opening subject.
import type { Sentence } from "../text/segment.ts";
import { tokensForward } from "../text/tokens.ts";
import type { Cue } from "./cue-finder.ts";
import { foldWord, hasArticle, ORG_TITLES, PERSON_TITLES } from "./lexicon.ts";
import { IMPERFECT, titleHead } from "./phrase.ts";
import type { SpanPair } from "./subject.ts";

/** A title or a body's head. */
const isTitle = (w: string): boolean => PERSON_TITLES.has(titleHead(w)) || ORG_TITLES.has(titleHead(w));
/** A title, a body's head or a name met before. */
const isTitleOrName = (w: string, knownNames: Set<string>): boolean =>
  isTitle(w) || knownNames.has(foldWord(w));

/**
 * The subject opening the sentence of `cue` when the cue is a verb joined by «و» to the sentence's first
 * verb, in the same clause, and that subject (a title, a body or a name met before) stands right before that
 * verb: «الرئيس تبون يستقبل … ويؤكد …», «وزير الخارجية يلتقي نظيره … ويدعو إلى …». Null otherwise.
 */
export function svoOpeningSubject(
  text: string,
  s: Sentence,
  cue: Cue,
  knownNames: Set<string>,
): SpanPair | null {
  if (text[cue.start] !== "و" || cue.verbStart <= cue.start) return null;
  const toks = tokensForward(text, s.start, cue.start, 7);
  // (not the genitive of a bare title before it: «رئيس تحرير الصحيفة», «مدير تسويق الشركة»)
  const verbLike = (k: number): boolean => {
    const t = toks[k];
    return !!t?.word && IMPERFECT.test(t.text) && !isTitleOrName(t.text, knownNames) && !afterBareTitle(k);
  };
  const afterBareTitle = (k: number): boolean => {
    const before = toks[k - 1];
    return !!before?.word && !hasArticle(before.text) && isTitle(before.text);
  };
  // «الرئيس تبون يستقبل»: of two such words in a row the first is a name («تبون», «يوسف»), the second the verb
  let at = toks.findIndex((_, k) => k > 0 && verbLike(k));
  if (at > 0 && verbLike(at + 1)) at++;
  const verb = toks[at];
  const first = toks[0];
  if (at < 1 || at > 5 || !verb || !first?.word || !isTitleOrName(first.text, knownNames)) return null;
  if (/[،,:؛;«»“”"()]/u.test(text.slice(first.start, verb.start))) return null;
  const subject = { start: first.start, end: (toks[at - 1] as { end: number }).end };
  // the joined verb belongs to the same clause: no comma, colon or quotation between them
  if (/[،,:؛;«»“”"]/u.test(text.slice(verb.end, cue.start))) return null;
  return subject;
}
