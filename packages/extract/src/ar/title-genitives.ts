// Genitives inside a title's phrase that a name reader would otherwise stop at: the country a bare portfolio is
// in construct with («نائبة رئيس وزراء بلجيكا»), «على» after a verbal noun in a body's name («هيئة الرقابة على …»),
// and the members a union is of («النقابة الوطنية لعمال النقل»).
import { seatless } from "../text/chars.ts";
import type { Token } from "../text/tokens.ts";
import { FUNCTION_WORDS, foldWord, isOrgHead, PERSON_TITLES, PLACE_NOUNS, PORTFOLIOS } from "./lexicon.ts";
import { bare, hasAl, nameLike, titleHead } from "./phrase.ts";

/** «نائبة رئيس وزراء بلجيكا سارة …»: the bare country a bare portfolio is in construct with, before a name. */
export function portfolioCountry(text: string, toks: Token[], i: number): boolean {
  const [portfolio, t, next] = [toks[i - 1], toks[i] as Token, toks[i + 1]];
  if (!portfolio?.word || hasAl(portfolio) || !PORTFOLIOS.has(foldWord(portfolio.text))) return false;
  return (
    !hasAl(t) &&
    !PLACE_NOUNS.has(foldWord(t.text)) &&
    nameLike(text, t) &&
    !!next?.word &&
    nameLike(text, next)
  );
}

/** «الرقابة», «للإشراف», «الحفاظ», «المحافظة»: verbal nouns that take «على» inside a body's name. */
const ON_NOUNS = seatless(/^(?:ال|لل)(?:رقابة|إشراف|اشراف|حفاظ|محافظة)$/u);

/**
 * «هيئة الرقابة على أراضي الدولة», «لجنة الإشراف على الانتخابات»: «على» and its genitive chain (ending in
 * a definite noun) after a verbal noun that governs it, inside a body's name. Returns the tokens (0 if none).
 */
export function onGenitive(toks: Token[], i: number): number {
  const [before, t] = [toks[i - 1], toks[i]];
  if (!before?.word || !t?.word || bare(t) !== "على" || !ON_NOUNS.test(bare(before))) return 0;
  for (let k = i + 1; k < i + 4 && toks[k]?.word; k++) {
    const w = toks[k] as Token;
    if (FUNCTION_WORDS.has(foldWord(w.text))) return 0;
    if (hasAl(w)) return k - i + 1;
  }
  return 0;
}

/** «لعمال», «لموظفي», «لمعلمي»: whose body a union or league is, after the body's head. */
const MEMBERS_LAM = seatless(/^ل(?:عمال|أطباء|اطباء|أساتذة|اساتذة|تجار|صيادلة|م\p{L}{3,}ي)$/u);

/**
 * «النقابة الوطنية المستقلة لعمال النقل», «الاتحاد العام لموظفي البلديات»: the members a union is of,
 * a ل-genitive with its definite noun, inside a body's name (not after a person's title: «قال المدير
 * لعمال المصنع» tells the hearers). Returns the tokens it spans (0 or 2).
 */
export function membersGenitive(toks: Token[], i: number): number {
  const [t, n] = [toks[i], toks[i + 1]];
  if (!t?.word || !n?.word || !hasAl(n) || FUNCTION_WORDS.has(foldWord(n.text))) return 0;
  const head = titleHead((toks[0] as Token).text);
  return isOrgHead(head) && !PERSON_TITLES.has(head) && MEMBERS_LAM.test(bare(t)) ? 2 : 0;
}
