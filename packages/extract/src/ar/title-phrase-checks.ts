// Checks on a word inside a title phrase («حاكم مصرف لبنان بالإنابة», «بلدية بني وليد», «وسائل إعلام بلجيكية»):
// whether it still belongs to the title, for titlePhraseEnd in titled.ts.
import { seatless } from "../text/chars.ts";
import type { Token } from "../text/tokens.ts";
import { TWO_WORD_PLACE } from "./construct-body.ts";
import { foldWord, GOVERNORS, isOrgHead, PERSON_TITLES, TITLE_ADJECTIVES } from "./lexicon.ts";
import { MILITARY_RANK } from "./military-rank.ts";
import { bare, COMMA, hasAl, isComplementizer, isTitleWord, nameLike, titleHead } from "./phrase.ts";

/**
 * «وذكرت وسائل إعلام بلجيكية أن …»: a feminine nisba without the article after an indefinite word of the title,
 * the clause closing right after it, is the title's adjective (a given name would not stand there).
 */
export function closingNisba(text: string, toks: Token[], i: number): boolean {
  const [before, t, next] = [toks[i - 1], toks[i] as Token, toks[i + 1]];
  if (!before?.word || hasAl(before) || hasAl(t) || !/\p{L}{3,}ية$/u.test(bare(t))) return false;
  return !!next && (next.word ? isComplementizer(text, next) : COMMA.test(next.text));
}

/** The bare place name right after a governor's title at `i`, when a rank or a title word follows it. */
export function governorsPlace(text: string, toks: Token[], i: number): boolean {
  const [t0, t, next] = [toks[0] as Token, toks[i], toks[i + 1]];
  if (i !== 1 || hasAl(t0) || !GOVERNORS.has(titleHead(t0.text)) || !t?.word || hasAl(t) || !next?.word)
    return false;
  const f = foldWord(next.text);
  return (
    nameLike(text, t) &&
    (MILITARY_RANK.test(bare(next)) || isTitleWord(titleHead(next.text)) || TITLE_ADJECTIVES.has(f))
  );
}

/** «بالإنابة», «بالوكالة», «بالتكليف»: an office held in an acting capacity. */
const ACTING = seatless(/^(?:بالإنابة|بالنيابة|بالوكالة|بالتكليف)$/u);

/**
 * «حاكم مصرف لبنان بالإنابة X», «رئيس بلدية صور بالوكالة X»: the acting capacity after a title (and the bare
 * name of its body) belongs to the title. Returns the tokens from `i` it spans (0 if none).
 */
export function actingEnd(text: string, toks: Token[], i: number): number {
  const acting = (k: number) => !!toks[k]?.word && ACTING.test(bare(toks[k] as Token));
  if (i < 2) return 0;
  if (acting(i)) return 1;
  const t = toks[i];
  return t?.word && !hasAl(t) && nameLike(text, t) && acting(i + 1) ? 2 : 0;
}

/** «بلدية بني وليد», «ولاية سيدي بوزيد»: 1 when the place noun at `i` has a name of two words, else 0. */
export function twoWordPlace(text: string, toks: Token[], i: number): number {
  const [first, second] = [toks[i + 1], toks[i + 2]];
  return first?.word && TWO_WORD_PLACE.test(bare(first)) && second && nameLike(text, second) ? 1 : 0;
}

/**
 * «نقابة المعلمين قوات الأمن», «اتحاد الشغل وزارة التربية»: after a bare body head and its definite genitive,
 * a bare body head in construct with a definite word of its own opens another noun phrase (the verb's object).
 */
export function secondBodyAfterGenitive(toks: Token[], i: number): boolean {
  const t0 = toks[0] as Token;
  const t = toks[i] as Token;
  const next = toks[i + 1];
  return (
    i >= 2 &&
    !hasAl(t0) &&
    isOrgHead(titleHead(t0.text)) &&
    !PERSON_TITLES.has(titleHead(t0.text)) &&
    hasAl(toks[i - 1] as Token) &&
    t.word &&
    !hasAl(t) &&
    isOrgHead(titleHead(t.text)) &&
    !!next?.word &&
    hasAl(next)
  );
}
