import { type Token, tokensBackward, tokensForward } from "../text/tokens.ts";
import { AR_COMPLEMENTIZER } from "./cues.ts";
import {
  ADJUNCT_STARTS,
  FUNCTION_WORDS,
  foldWord,
  hasArticle,
  ORG_TITLES,
  PERSON_TITLES,
  TITLE_ADJECTIVES,
  TITLE_LINKS,
} from "./lexicon.ts";

export interface SpanPair {
  start: number;
  end: number;
}

const hasAl = (t: Token): boolean => hasArticle(t.text);
export const isComplementizer = (text: string, t: Token): boolean =>
  t.word && AR_COMPLEMENTIZER.test(text.slice(t.start, t.end + 1));
const isTitleWord = (f: string): boolean => PERSON_TITLES.has(f) || ORG_TITLES.has(f);
/** «علي» with a dotted ya is the name Ali; «على» is the preposition. */
const isNameAli = (t: Token): boolean => t.text.replace(/[\u064B-\u065F\u0640]/g, "") === "علي";
const nameLike = (text: string, t: Token): boolean =>
  t.word &&
  !hasAl(t) &&
  (isNameAli(t) || !FUNCTION_WORDS.has(foldWord(t.text))) &&
  !isComplementizer(text, t) &&
  !/^\p{N}/u.test(t.text) &&
  !t.text.endsWith("ـ");

/**
 * A bare title can be followed directly by the verb's nominal object («ونفى المتحدث باسم الحكومة وجود
 * خلافات مع …»), which reads like a name. Words after a title count as a name when punctuation, a
 * complementizer (or a preposition before one) or an adjunct («في», «أمس») closes them, or when the article named them before.
 */
function closesName(text: string, toks: Token[], i: number): boolean {
  const next = toks[i];
  if (!next?.word || isComplementizer(text, next) || ADJUNCT_STARTS.has(foldWord(next.text))) return true;
  // the verb's own preposition before its complementizer: «حذّر … من أن», «لفت … إلى أن»
  const after = toks[i + 1];
  return FUNCTION_WORDS.has(foldWord(next.text)) && after !== undefined && isComplementizer(text, after);
}

function knownPrefix(toks: Token[], from: number, to: number, knownNames: Set<string>): number {
  let i = from;
  while (i < to && knownNames.has(foldWord((toks[i] as Token).text))) i++;
  return i;
}

/**
 * The speaker's words right after a verb cue (VSO order): a title phrase and the name that follows it
 * («وزير الخارجية الإسرائيلي جدعون ساعر»), a name already seen in the article, or the few words before a
 * comma or complementizer. Null when the verb has no expressed subject («وأضاف أن …»).
 */
export function readSubject(
  text: string,
  from: number,
  limit: number,
  knownNames: Set<string>,
): SpanPair | null {
  const toks = tokensForward(text, from, limit, 16);
  const t0 = toks[0];
  if (!t0?.word || isComplementizer(text, t0)) return null;
  const f0 = foldWord(t0.text);
  if (FUNCTION_WORDS.has(f0) || ADJUNCT_STARTS.has(f0)) return null;
  if (isTitleWord(f0)) {
    let i = 1;
    const isOrg = ORG_TITLES.has(f0) && !PERSON_TITLES.has(f0);
    while (i < toks.length) {
      const t = toks[i] as Token;
      const f = foldWord(t.text);
      if (!t.word || (FUNCTION_WORDS.has(f) && !isNameAli(t)) || isComplementizer(text, t)) break;
      if (TITLE_LINKS.has(f) && i + 1 < toks.length && toks[i + 1]?.word) i += 2;
      else if (hasAl(t) || isTitleWord(f) || TITLE_ADJECTIVES.has(f)) i++;
      else break;
    }
    // an institution's own name right after its head: «وكالة رويترز», «حركة حماس»
    if (isOrg && i === 1) {
      while (i < 3 && i < toks.length && nameLike(text, toks[i] as Token)) i++;
    }
    if (!isOrg) {
      const titleEnd = i;
      let names = 0;
      // a name; after its first word, family names with the article may follow («محمد الحمصاني»)
      while (i < toks.length && names < 4) {
        const t = toks[i] as Token;
        const familyName = names > 0 && t.word && hasAl(t) && !FUNCTION_WORDS.has(foldWord(t.text));
        if (!nameLike(text, t) && !familyName) break;
        i++;
        names++;
      }
      if (names > 0 && !closesName(text, toks, i)) i = knownPrefix(toks, titleEnd, i, knownNames);
    }
    return { start: t0.start, end: (toks[i - 1] as Token).end };
  }
  if (knownNames.has(f0)) {
    let i = 1;
    while (i < toks.length && toks[i]?.word && knownNames.has(foldWord((toks[i] as Token).text))) i++;
    return { start: t0.start, end: (toks[i - 1] as Token).end };
  }
  // «وطالب المتظاهرون بإسقاط …», «وأكدت الحكومة الأردنية أن …»: a definite noun (and its adjectives)
  if (hasAl(t0)) {
    let i = 1;
    while (
      i < 4 &&
      toks[i]?.word &&
      hasAl(toks[i] as Token) &&
      !FUNCTION_WORDS.has(foldWord((toks[i] as Token).text))
    )
      i++;
    const next = toks[i];
    const opens =
      !next?.word ||
      isComplementizer(text, next) ||
      /^(?:[إا]ل[ىي]|عل[ىي]|عن|من)$/.test(next.text.replace(/[\u064B-\u065F\u0640]/g, "")) ||
      /^ب/.test(next.text);
    if (opens && !FUNCTION_WORDS.has(f0)) return { start: t0.start, end: (toks[i - 1] as Token).end };
  }
  for (let i = 1; i < Math.min(toks.length, 6); i++) {
    const t = toks[i] as Token;
    if (!t.word || isComplementizer(text, t)) {
      const words = toks.slice(0, i);
      if (words.every((w) => nameLike(text, w) || hasAl(w)))
        return { start: t0.start, end: (toks[i - 1] as Token).end };
      break;
    }
  }
  return nameLike(text, t0) ? { start: t0.start, end: t0.end } : null;
}

/** «وكان ترامب قد أعلن»: the subject between كان and قد, before the verb. */
export function readPluperfectSubject(
  text: string,
  sentenceStart: number,
  qadStart: number,
): SpanPair | null {
  const back = tokensBackward(text, sentenceStart, qadStart, 7);
  for (let i = 0; i < back.length; i++) {
    const t = back[i] as Token;
    if (!t.word) return null;
    if (/^[وف]?كان(?:ت|وا)?$/u.test(foldWord(t.text)) && i > 0) {
      const first = back[i - 1] as Token;
      const last = back[0] as Token;
      return { start: first.start, end: last.end };
    }
  }
  return null;
}
