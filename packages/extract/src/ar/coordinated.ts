// Constructs joined by «و» inside a title or a body's name.
import { withoutHarakat } from "../text/chars.ts";
import type { Token } from "../text/tokens.ts";
import { foldArabicWord, VERB_FORMS } from "./cues.ts";
import {
  ADJUNCT_STARTS,
  FUNCTION_WORDS,
  foldWord,
  hasArticle,
  PERSON_TITLES,
  STATEMENT_NOUNS,
} from "./lexicon.ts";
import {
  bare,
  COMMA,
  definiteWord,
  hasAl,
  isComplementizer,
  isTitleWord,
  nameLike,
  OCCASIONS,
  titleHead,
} from "./phrase.ts";
import { timeThenComplementizer } from "./time-closes.ts";

/**
 * «وزارة الثروة الزراعية والسمكية وموارد المياه أن …», «وزارة الزراعة واستصلاح الأراضي المصرية، …»: a
 * coordinated construct (its definite genitive and that one's adjectives) ends the body's name when the
 * complementizer or a comma closes it; «جمعية مصدري البندق ومنتجاته في منطقة البحر الأسود، …»: so does a noun
 * whose pronoun points back into the name, with where the body is. Returns the tokens from `i` (0 if none).
 */
export function coordinatedBodyName(text: string, toks: Token[], i: number): number {
  const conj = toks[i];
  if (!conj?.word || hasAl(conj)) return 0;
  const b = bare(conj);
  // a short «و» word is a conjunct only before a definite genitive that closes the name at once: «وفاة», «وقف»,
  // «وصول» are nouns whose root opens with «و», the verb's object
  const gen = toks[i + 1];
  const longConjunct = /^و(?!ال)\p{L}{4,}$/u.test(b);
  const shortClosed = /^و(?!ال)/u.test(b) && !!gen && hasAl(gen) && closes(text, toks[i + 2]);
  if (!longConjunct && !shortClosed) return 0;
  if (FUNCTION_WORDS.has(foldWord(b.slice(1))) || VERB_FORMS.has(foldArabicWord(b))) return 0;
  let j = i + 1;
  const own = OWN_PRONOUN.test(b);
  if (!own) {
    if (!toks[j]?.word || !hasAl(toks[j] as Token)) return 0;
    j++;
    while (j < i + 4 && definiteWord(toks[j])) j++;
  }
  if (closes(text, toks[j]) || timeThenComplementizer(text, toks, j)) return j - i;
  if (!own || foldWord(toks[j]?.text ?? "") !== "في") return 0;
  const place = toks[j + 1];
  if (
    !place?.word ||
    STATEMENT_NOUNS.has(foldWord(place.text)) ||
    OCCASIONS.test(bare(place).replace(/^ال/u, ""))
  )
    return 0;
  let k = j + 1;
  while (k < j + 5 && toks[k]?.word && !FUNCTION_WORDS.has(foldWord((toks[k] as Token).text))) k++;
  return k > j + 1 && closes(text, toks[k]) ? k - i : 0;
}

/** «ومنتجاته», «وفروعها»: a noun with a pronoun that points back to the body. */
const OWN_PRONOUN = /^و\p{L}{3,}(?:ه|ها)$/u;

/** A comma, the complementizer or the end: nothing of the name's clause follows. */
const closes = (text: string, t: Token | undefined): boolean =>
  !t || COMMA.test(t.text) || isComplementizer(text, t);

/** «وإدارة», «وشؤون»: «و» and a bare noun (not a verb, a function word or a person's title: «ومدير المستشفى» is another person), as a word. */
const joinedBareNoun = (w: string): boolean =>
  // («وادارة»: «وإدارة» written without the hamza seat)
  /^و(?!ال)\p{L}{3,}$/u.test(w) &&
  !FUNCTION_WORDS.has(foldWord(w.slice(1))) &&
  !VERB_FORMS.has(foldArabicWord(w)) &&
  !PERSON_TITLES.has(titleHead(w.slice(1))) &&
  // «ونظيره»: a pronoun ends a phrase, it is never a portfolio
  !/(?:ه|ها|هم|هما)$/u.test(w) &&
  !GIVEN_NAMES_IN_WAW.test(w);

/**
 * «وزير الطوارئ وإدارة الكوارث أحمد سليم …»: a second portfolio joined by «و» (its «و», bare noun and
 * definite genitive) before a name of two bare words; «وزير التربية الوطنية وإصلاح النظام التعليمي»: when
 * only definite words follow, the portfolio closes the title (no name starts with «و» and a bare noun).
 * Returns how many words of `ws` from `i` belong to the title (0 if none).
 */
export function secondPortfolioWords(ws: readonly string[], i: number): number {
  const w = ws[i] as string;
  if (i < 2 || !hasArticle(ws[i - 1] as string) || !joinedBareNoun(w) || !hasArticle(ws[i + 1] ?? ""))
    return 0;
  if (ws.slice(i + 2, i + 4).filter((x) => !hasArticle(x)).length === 2) return 2;
  return ws.slice(i + 1).every(hasArticle) ? ws.length - i : 0;
}

/** «وليد», «وائل», «وسام»: given names that open with «و», never «و» and a noun. */
const GIVEN_NAMES_IN_WAW = /^و(?:ليد|ائل|سام|سيم|فاء|جدي|حيد|ديع|داد|لاء|صفي|هيب|فيق|ضاح)$/u;

/**
 * «وزير الطوارئ وإدارة الكوارث أحمد سليم …», «وزيرة الزراعة وإصلاح الأراضي منى …»: after a definite
 * portfolio, «و» and a bare noun in construct with a definite one are a second portfolio of the same title
 * when a name of two bare words follows («وزير الصحة وليد الخطيب» is a name: no bare words after it).
 */
export function coordinatedPortfolio(text: string, toks: Token[], i: number): boolean {
  const [prev, conj, gen, n1, n2] = [toks[i - 1], toks[i], toks[i + 1], toks[i + 2], toks[i + 3]];
  if (!prev?.word || !hasAl(prev) || !conj?.word || !definiteWord(gen)) return false;
  const bareName = (t: Token | undefined): boolean => !!t?.word && !hasAl(t) && nameLike(text, t);
  return (
    joinedBareNoun(withoutHarakat(conj.text)) &&
    bareName(n1) &&
    bareName(n2) &&
    !isComplementizer(text, n1 as Token)
  );
}

/** «في», «خلال», «عبر», «اليوم», «أمس»: where or when, right after a subject. */
const OCCASION_AFTER = /^(?:في|خلال|عبر|اليوم|أمس)$/u;

/**
 * «وأكدت مصر وقطر في بيان مشترك …», «وقال أحمد ويوسف إن …»: two bare names joined by «و» speak together
 * when the occasion or the complementizer follows them. Returns the pair's end offset, or null.
 */
export function joinedNamesEnd(text: string, toks: Token[]): number | null {
  const [first, joined, after] = toks;
  if (!first?.word || !joined?.word || !after?.word || !nameLike(text, first)) return null;
  const second = bare(joined).slice(1);
  const pair =
    /^و\p{L}{3,}$/u.test(bare(joined)) &&
    !isTitleWord(titleHead(first.text)) &&
    !isTitleWord(titleHead(second)) &&
    ![FUNCTION_WORDS, ADJUNCT_STARTS].some((words) => words.has(foldWord(second))) &&
    !VERB_FORMS.has(foldArabicWord(bare(joined))) &&
    !/(?:ه|ها|هم|هما)$/u.test(second);
  return pair && (OCCASION_AFTER.test(bare(after)) || isComplementizer(text, after)) ? joined.end : null;
}
