// «وانتقد النائب عمر الزعبي الخطة، واصفا …»: after a verb that takes a direct object, a definite noun that closes
// the clause right after a full name (one already ending in a definite family word) is the verb's object.
import { seatless } from "../text/chars.ts";
import { type Token, tokensForward } from "../text/tokens.ts";
import { foldArabicWord } from "./cues.ts";
import { hasArticle, ORG_TITLES, PERSON_TITLES } from "./lexicon.ts";
import { bare, titleHead } from "./phrase.ts";
import type { SpanPair } from "./subject.ts";
import { placeAfter } from "./workplace.ts";

/** Verbs opening a clause whose direct object follows the subject: criticised, attacked, commended, visited … */
const OBJECT_TAKING = seatless(
  /^[وف]?(?:انتقد|هاجم|ثمن|استنكر|أدان|رفض|أيد|زار|تفقد|استقبل|التقى|وصف|أنكر|جدد|أبرز|عرض|دافع|نعى|نعي|نعا|نع)(?:ت)?$/u,
);

/** Verbs whose object follows the subject after «بـ»: praised, welcomed, condemned, demanded … */
const BA_TAKING = seatless(/^[وف]?(?:أشاد|نوه|ندد|رحب|طالب|تمسك|اعترف|احتفى)(?:ت)?$/u);
/** «بن», «بنت»: a ب-word of a name. */
const NAME_LINK = /^بن(?:ت)?$/u;

/**
 * The subject read after `verb`, without its object when the verb takes one («انتقد», «زار»), and, unless it is
 * a reporting verb whose particles are known, a «بـ» one («أشاد بـ»).
 */
export function subjectBeforeObject(
  text: string,
  verb: string,
  read: SpanPair | null,
  reporting = false,
): SpanPair | null {
  if (!read) return read;
  const folded = foldArabicWord(verb);
  if (OBJECT_TAKING.test(folded)) return withoutClauseEndObject(text, read);
  return BA_TAKING.test(folded) && !reporting ? beforeBaObject(text, read) : read;
}

/**
 * «وأشاد المسؤول الأممي بجهود الحكومة، مؤكدا …»: after a verb that takes «بـ», a subject read to the clause's
 * end ends before its last ب-word (not «بن»; «ورحب النائب بدر العلي بالاتفاق،» keeps «بدر»).
 */
function beforeBaObject(text: string, subject: SpanPair): SpanPair {
  if (!CLAUSE_END.test(text.slice(subject.end, subject.end + 4))) return subject;
  const toks = tokensForward(text, subject.start, subject.end, 16);
  for (let k = toks.length - 1; k > 0; k--) {
    const w = bare(toks[k] as Token);
    // (not where a body or a person is: «النائب عن جهة صفاقس بمجلس نواب الشعب»)
    if (toks[k]?.word && /^ب\p{L}{2,}/u.test(w) && !NAME_LINK.test(w) && !placeAfter(text, toks, k))
      return { start: subject.start, end: (toks[k - 1] as Token).end };
  }
  return subject;
}

/** «الزعبي», «المصريون»: a nisba, family name or adjective, never the object here. */
const NISBA = /(?:ي|يون|يين)$/u;
/** «الوطنية» is an adjective, but not of a masculine nisba («المنصوري الميزانية»: the object). */
const FEMININE_NISBA = /ية$/u;
/** «عبد الله», «عبد الرحمن»: the definite half of a compound given name. */
const COMPOUND_HEAD = seatless(/^(?:عبد|أبو|ابو|أبي|ابي|ذو)$/u);
const CLAUSE_END = /^[\s\u00A0]*(?:[،,.:]|$)/u;

/**
 * The subject without a last definite noun that is the verb's object: it closes the clause, it is no nisba,
 * title or body, and the word before it is a definite family word (not «الله» of «عبد الله»).
 */
function withoutClauseEndObject(text: string, subject: SpanPair): SpanPair {
  if (!CLAUSE_END.test(text.slice(subject.end, subject.end + 4))) return subject;
  const toks = tokensForward(text, subject.start, subject.end, 16);
  if (toks.length < 3 || toks.some((t) => !t.word)) return subject;
  const last = toks[toks.length - 1] as Token;
  const before = toks[toks.length - 2] as Token;
  const head = titleHead(last.text);
  const object =
    hasArticle(last.text) &&
    // («المدرب السابق للفريق، X، …»: a «للـ» genitive ends the title; the object has no preposition)
    !/^لل/u.test(bare(last)) &&
    !NISBA.test(bare(last)) &&
    (!FEMININE_NISBA.test(bare(last)) || /ي$/u.test(bare(before))) &&
    !PERSON_TITLES.has(head) &&
    !ORG_TITLES.has(head) &&
    hasArticle(before.text) &&
    !COMPOUND_HEAD.test(bare(toks[toks.length - 3] as Token));
  return object ? { start: subject.start, end: before.end } : subject;
}
