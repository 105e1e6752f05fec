// "Flood warning for the valley", "Council warning over potholes": in a headline, a bare "-ing" form after
// a noun and before a preposition is the noun of a compound (the flood warning), not a verb with a subject.
import type { ArticleView } from "../draft.ts";
import { lowerOf, type Token } from "../text/tokens.ts";
import { headlineLine } from "./headline-case.ts";
import { INSTITUTION_HEADS, NP_WORDS } from "./lexicon.ts";
import { isAuxiliary } from "./verbs.ts";

/** What follows such a noun in a headline: a preposition or the participle of a notice ("warning issued"). */
const AFTER_HEADLINE_NOUN =
  /^(?:for|over|on|of|about|after|as|in|at|amid|to|from|issued|lifted|extended|expanded|upgraded|downgraded|remains?|stays?|ends?)$/;

/** A word for someone who may give a warning ("Mayor warning: …", "Police warning: …"). */
const mayGiveWarning = (w: string): boolean => NP_WORDS.has(w) || INSTITUTION_HEADS.has(w);

/** toks[index] (a reporting "-ing" form of sentence si) is the noun of a compound in the article's headline. */
export function nounInHeadline(view: ArticleView, si: number, toks: Token[], index: number): boolean {
  const headline = si === 0 ? headlineLine(view) : null;
  if (!headline || /[.!?”"]$/.test(view.text.slice(headline.start, headline.end))) return false;
  const form = toks[index] as Token;
  const before = toks[index - 1];
  const after = toks[index + 1];
  if (!form.text.endsWith("ing") || !before?.word || isAuxiliary(before)) return false;
  // ("Storm warning: residents told to stay home" — but "Mayor warning: cuts ahead" is the mayor's)
  if (after?.text === ":") return !mayGiveWarning(lowerOf(before));
  return !after || (after.word && AFTER_HEADLINE_NOUN.test(lowerOf(after)));
}
