// An Arabic verb's object read into its subject, cut off: the hearer, the accused, the blamed, the described,
// the petitioned, then a definite or «بـ» object closing the clause.
import { type Token, tokensForward } from "../text/tokens.ts";
import { subjectBeforeObject } from "./clause-end-object.ts";
import { AFTER_OBJECT, foldArabicWord, HEARER_VERBS } from "./cues.ts";
import { hasArticle, PERSON_TITLES } from "./lexicon.ts";
import { bodyAfterDefinite } from "./oblique-object.ts";
import { DESCRIBE } from "./owner.ts";
import { agrees, bare, titleHead } from "./phrase.ts";
import type { SpanPair } from "./subject.ts";

/**
 * The subject after `verb` without the verb's object read into it: by the cue's lemma, the hearer («أبلغ X رئيس
 * الحكومة»), the accused («اتهمت X بـ»), the one blamed, described or petitioned; then a definite or «بـ» object
 * closing the clause («وانتقد النائب X Y الخطة،», clause-end-object.ts).
 */
export function withoutObject(
  text: string,
  subject: SpanPair | null,
  verb: string,
  lemma: string | null | undefined,
  reporting: boolean,
): SpanPair | null {
  const byLemma = subject && lemma ? withoutLemmaObject(text, subject, lemma) : subject;
  return subjectBeforeObject(text, verb, byLemma, reporting);
}

function withoutLemmaObject(text: string, subject: SpanPair, lemma: string): SpanPair | null {
  if (HEARER_VERBS.has(lemma)) return beforeHearer(text, subject);
  if (lemma === BLAME) return beforeBlamed(text, subject);
  if (lemma === DESCRIBE) return beforeDescribed(text, subject);
  if (lemma === PETITION) return beforePetitioned(text, subject);
  return lemma === ACCUSE ? beforeAccused(text, subject) : subject;
}

const PETITION = foldArabicWord("التمس");
/**
 * «والتمس الدفاع البراءة لموكله», «قبل أن يلتمس المحامي البراءة …»: what a court is asked for follows the
 * asker; a last definite word in ة after a masculine definite noun is no adjective of it (unless a nisba
 * or participle: «النيابة العمومية», «الجهة المختصة»), it is the object.
 */
function beforePetitioned(text: string, subject: SpanPair): SpanPair {
  const toks = tokensForward(text, subject.start, subject.end, 16).filter((t) => t.word);
  const last = toks[toks.length - 1];
  const before = toks[toks.length - 2];
  if (!last || !before || !hasArticle(before.text) || !hasArticle(last.text)) return subject;
  const masculine = !/(?:ة|ات)$/u.test(bare(before));
  const feminineNoun = /ة$/u.test(bare(last)) && !adjectiveOf(before, last);
  return masculine && feminineNoun ? { start: subject.start, end: before.end } : subject;
}

const BLAME = foldArabicWord("حمل");
/** «الحكومة المكلفة», «الشؤون الإدارية»: a word that reads as an adjective of the noun before it. */
const adjectiveOf = (before: Token, w: Token): boolean =>
  agrees(before, w) &&
  (/(?:ي|ية|يون|يين)$/u.test(bare(w)) ||
    (/^ال?م/u.test(bare(w)) && /ة$/u.test(bare(before)) === /ة$/u.test(bare(w))));

/**
 * «وحمّلت الوزارة الشركة المسؤولية عن …»: the blame noun and the blamed before it are not the speaker;
 * the blamed is a last definite word that is no adjective of the definite word before it.
 */
function beforeBlamed(text: string, subject: SpanPair): SpanPair | null {
  const toks = tokensForward(text, subject.start, subject.end, 16);
  let end = toks.findIndex((t) => t.word && AFTER_OBJECT.get(BLAME)?.test(bare(t)));
  if (end === 0) return null;
  if (end < 0) {
    const next = tokensForward(text, subject.end, subject.end + 30, 1)[0];
    if (!next?.word || !AFTER_OBJECT.get(BLAME)?.test(bare(next))) return subject;
    end = toks.length;
  }
  // past the adjectives of the last noun («السلطات المحلية») to the noun itself
  let k = end - 1;
  while (
    k > 1 &&
    hasArticle((toks[k - 1] as Token).text) &&
    adjectiveOf(toks[k - 1] as Token, toks[k] as Token)
  )
    k--;
  const noun = toks[k] as Token;
  const before = toks[k - 1];
  // («مراقبون الحكومة»: a plural in ون never heads a genitive, the definite word after it is the object)
  const definite = before?.word && hasArticle(before.text);
  const nominative = before?.word && !definite && /(?:ون|ان)$/u.test(bare(before));
  if (k > 0 && hasArticle(noun.text) && ((definite && !adjectiveOf(before, noun)) || nominative)) end = k;
  return { start: subject.start, end: (toks[end - 1] as Token).end };
}

const ACCUSE = foldArabicWord("اتهم");
/** «، وهو موظف في …، بـ»: a clause on the accused between commas, then the charge. */
const ACCUSED_ASIDE = /^[\s\u00A0]*[،,][\s\u00A0]*و(?:هو|هي|هم)[\s\u00A0][^،,.:]{2,120}[،,][\s\u00A0]*ب/u;

/**
 * «واتهمت قوات الدعم السريع بارتكاب …»: a بـ right after the words read as the subject of اتهم makes
 * them the accused (the subject is implicit); «اتهمت قوات الأمن المحتجين بـ…»: a last definite word that
 * does not agree with the one before it is the accused, the words before it the accuser.
 */
function beforeAccused(text: string, subject: SpanPair): SpanPair | null {
  const next = tokensForward(text, subject.end, subject.end + 30, 1)[0];
  const toks = tokensForward(text, subject.start, subject.end, 16);
  // «وتتهم النيابة العامة المتهم الأول، وهو موظف …، بإصدار …»: an aside on the accused before the بـ;
  // the accused opens at the first definite word that does not agree with the one before it
  if (ACCUSED_ASIDE.test(text.slice(subject.end, subject.end + 160))) {
    const k = toks.findIndex(
      (t, j) =>
        j > 0 &&
        hasArticle(t.text) &&
        hasArticle((toks[j - 1] as Token).text) &&
        !agrees(toks[j - 1] as Token, t),
    );
    return k > 0 ? { start: subject.start, end: (toks[k - 1] as Token).end } : subject;
  }
  if (!next?.word || !/^ب/u.test(next.text)) return subject;
  const last = toks[toks.length - 1] as Token;
  const before = toks[toks.length - 2];
  if (toks.length > 2 && before?.word && hasArticle(last.text) && !agrees(before, last))
    return { start: subject.start, end: before.end };
  // «واتهمت النقابة الوزارة بـ…»: a body accused after the accuser
  return before && bodyAfterDefinite(toks) ? { start: subject.start, end: before.end } : null;
}

/**
 * «ووصف الوزير القصف بأنه "…"», «وصفت الوزارة القرار بـ"المتسرع"»: the definite noun right before the
 * «بأنه»/«بـ» of وصف is what is described (the verb's object), not more of the speaker.
 */
function beforeDescribed(text: string, subject: SpanPair): SpanPair {
  const next = tokensForward(text, subject.end, subject.end + 30, 1)[0];
  if (!next?.word || !/^ب/u.test(next.text)) return subject;
  const toks = tokensForward(text, subject.start, subject.end, 16);
  const nisba = (t: Token) => /(?:ي|ية|يون|يين)$/u.test(bare(t));
  // («ووصف الوزير الوضع الاقتصادي بأنه …»: past the described noun's adjectives, when a definite word, not the
  // head of a construct, stands before that noun)
  let k = toks.length - 1;
  while (k > 1 && nisba(toks[k] as Token) && hasArticle((toks[k] as Token).text)) k--;
  const last = toks[k] as Token;
  const before = toks[k - 1];
  const construct = k < toks.length - 1 && !hasArticle(before?.text ?? "");
  const adjective = nisba(last) || PERSON_TITLES.has(titleHead(last.text));
  return k > 0 && before?.word && hasArticle(last.text) && !adjective && !construct
    ? { start: subject.start, end: before.end }
    : subject;
}

/** The speaker words up to a person's title after a name: the hearer of «أبلغ/أخبر» («… سمير داود رئيس الحكومة»). */
function beforeHearer(text: string, subject: SpanPair): SpanPair {
  const toks = tokensForward(text, subject.start, subject.end, 16);
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k] as Token;
    const prev = toks[k - 1] as Token;
    if (!t.word || !prev.word) return subject;
    // («والي جنوب كردفان المكلف»: a participle agreeing with the office is its adjective, no hearer)
    if (
      PERSON_TITLES.has(titleHead(t.text)) &&
      !PERSON_TITLES.has(titleHead(prev.text)) &&
      !hasArticle(prev.text) &&
      !(k === toks.length - 1 && adjectiveOf(prev, t))
    )
      return { start: subject.start, end: prev.end };
  }
  return subject;
}
