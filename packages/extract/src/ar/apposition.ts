// The apposition after an Arabic subject that belongs to the mention: a bare title's name, a name's title.
import { seatless, withoutHarakat } from "../text/chars.ts";
import { type Token, tokensForward } from "../text/tokens.ts";
import { ABBREVIATION_LETTERS } from "./abbreviated-title.ts";
import { withoutTrailingAge } from "./age-bracket.ts";
import { ANONYMITY, ASIDE_OPENERS, COMMAS, DOCUMENT_VERBS } from "./content.ts";
import { foldArabicWord } from "./cues.ts";
import {
  ADJUNCT_STARTS,
  CAPACITY,
  FUNCTION_WORDS,
  foldWord,
  hasArticle,
  PERSON_TITLES,
  STATEMENT_NOUNS,
} from "./lexicon.ts";
import { MILITARY_RANK, RETIRED } from "./military-rank.ts";
import { nameOnly } from "./name-only.ts";
import { isComplementizer, OCCASIONS, titleHead, VERB_PARTICLE } from "./phrase.ts";
import { isHal, type SpanPair } from "./subject.ts";
import { timeOnly } from "./time-aside.ts";

/** «في», «إلى», «لدى»: what links a title to its place («المبعوث الخاص إلى اليمن»). */
// («صلب»: within, Tunisian: «الغرفة الوطنية لمصدري التمور صلب الاتحاد …، السيد X،»)
const TITLE_PLACE_LINK = seatless(/^(?:في|إلى|لدى|عن|من|صلب)$/u);
/** «"», «»», «“»: a quotation mark round a name. */
const QUOTE_MARK = /^["«»“”]$/u;

/**
 * «، د. كريم عبد الحق،», «، أ.د. X،»: the dot of an abbreviated title first in an apposition, or after the
 * title it follows («، النائب م. هدى …،»).
 */
const abbreviationDot = (inner: Token[], k: number): boolean =>
  inner[k]?.text === "." &&
  ABBREVIATION_LETTERS.test(inner[k - 1]?.text ?? "") &&
  !!inner[k + 1]?.word &&
  (k === 1 || (k === 2 && PERSON_TITLES.has(titleHead((inner[0] as Token).text))));

/** «يدعى X», «ويدعى X», «واسمه X»: an apposition that gives a person's name (folded; mention-words.ts CALLED is the «يدعى» forms alone). */
const NAME_GIVING_WORDS = new Set(["يدعي", "تدعي", "ويدعي", "وتدعي", "اسمه", "واسمه"]);

/**
 * The apposition after a subject, between commas, that belongs to the mention: the name of a bare title
 * («المتحدث باسم الهيئة، أحمد فؤاد،») or the title of a name («طارق الشناوي، رئيس الهيئة …،»), also after
 * a short «في المنطقة» («منسقة الشؤون الإنسانية في المنطقة، ماري دياكيتي،»). Returns the mention's new end.
 */
/**
 * «حذّر الدكتور X، استشاري أول الأمراض المعدية بمؤسسة …، من أن …»: after a titled name, a description
 * between commas that the verb's complementizer (or its particle and complementizer) follows is an
 * apposition even when its head is no known title: the clause after it is the content.
 */
function describesBeforeClause(text: string, toks: Token[], inner: Token[], close: number): boolean {
  const head = inner[0] as Token;
  if (!COMMAS.has((toks[close] as Token).text) || hasArticle(head.text)) return false;
  if (FUNCTION_WORDS.has(foldWord(head.text)) || ADJUNCT_STARTS.has(foldWord(head.text))) return false;
  const next = toks[close + 1];
  if (!next?.word) return false;
  if (isComplementizer(text, next)) return true;
  const then = toks[close + 2];
  return VERB_PARTICLE.test(next.text) && !!then?.word && isComplementizer(text, then);
}

export function appositionEnd(text: string, subject: SpanPair, limit: number): number | null {
  const toks = tokensForward(text, subject.end, limit, 24);
  let i = 0;
  const words = text.slice(subject.start, subject.end).split(/[\s\u00A0]+/);
  const titled = PERSON_TITLES.has(titleHead(words[0] ?? ""));
  // («أحد السائقين في حمص، أبو سامر،»: one of a group is placed like a title)
  const oneOf = /^(?:أحد|إحدى|احد|احدى)$/u.test(words[0] ?? "");
  if ((titled || oneOf) && toks[0]?.word && TITLE_PLACE_LINK.test(toks[0].text)) {
    i = 1;
    // «في المنطقة», «في حلب», «من ولاية صور», «في الجانب الأيسر من الموصل» (not an occasion: «في بيان»)
    // («في نقابة "أونيا"»: a body's quoted name)
    const of = (t: Token | undefined, k: number): boolean =>
      (!!t && !t.word && k > 1 && QUOTE_MARK.test(t.text)) ||
      (!!t?.word &&
        (!FUNCTION_WORDS.has(foldWord(t.text)) || (k > 2 && (t.text === "من" || t.text === "في"))));
    while (i < 7 && of(toks[i], i)) i++;
    const where = (toks[1] as Token | undefined)?.text ?? "";
    if (i === 1 || STATEMENT_NOUNS.has(foldWord(where)) || OCCASIONS.test(where)) return null;
  } else if (titled && toks[0]?.word && /^ب/u.test(toks[0].text) && toks[1] && COMMAS.has(toks[1].text))
    i = 1;
  if (!toks[i] || !COMMAS.has((toks[i] as Token).text)) return null;
  const from = i + 1;
  let close = from;
  // «قالت المديرة …، الدكتورة ليلى حداد: «…»»: the colon before the words closes the apposition too
  // («"…"، يقول الباحث في المشروع، الدكتور سامي علي.»: after a quotation, the sentence's end; not «د.»)
  const closes = (t: Token): boolean =>
    COMMAS.has(t.text) || t.text === ":" || (t.text === "." && t === toks[toks.length - 1]);
  while (close < toks.length && close < from + 12 && !closes(toks[close] as Token)) close++;
  if (close === from || !toks[close] || !closes(toks[close] as Token)) return null;
  const inner = withoutTrailingAge(toks.slice(from, close));
  // («اللواء (م) X»: a retired officer's bracket is part of the rank)
  const retired = (k: number): boolean =>
    [k, k - 2].some(
      (o) =>
        inner[o]?.text === "(" &&
        inner[o + 2]?.text === ")" &&
        RETIRED.test(`(${inner[o + 1]?.text ?? ""})`) &&
        MILITARY_RANK.test(inner[o - 1]?.text ?? ""),
    );
  if (
    inner.some((t, k) => !t.word && !/^["«»“”]$/u.test(t.text) && !abbreviationDot(inner, k) && !retired(k))
  )
    return null;
  // «، فضّل عدم ذكر اسمه،», «، طلب عدم الكشف عن هويته،»: a request for anonymity is an aside, never a name
  // (the place before it is still the speaker's: «مدير إحدى المدارس في منطقة المويلح، فضّل …،»)
  // «، بصفتها طرفا مدنيا،» (in its capacity as): the role the speaker acts in, no name or title of its own
  // («، واسمه X،» gives the name its «اسمه» would hide in a request)
  const givesName = NAME_GIVING_WORDS.has(foldArabicWord(inner[0]?.text ?? ""));
  if (
    (!givesName &&
      inner.some((t) => ANONYMITY.test(withoutHarakat(t.text)) || withoutHarakat(t.text) === "عدم")) ||
    CAPACITY.test(withoutHarakat(inner[0]?.text ?? ""))
  )
    return i > 0 ? (toks[i - 1] as Token).end : null;
  // «، أول أمس،», «، أول من أمس،», «، مطلع الأسبوع،»: a time between commas, no name
  if (timeOnly(inner)) return null;
  // «دراسة جامعية، نشرت الشهر الماضي،»: the document's aside names no one
  if (isHal(inner[0] as Token) || DOCUMENT_VERBS.includes(withoutHarakat((inner[0] as Token).text)))
    return null;
  const first = foldArabicWord((inner[0] as Token).text);
  const nationality = (inner[0] as Token).text;
  const appositive =
    nameOnly(inner) ||
    (abbreviationDot(inner, 1) && nameOnly(inner.slice(2))) ||
    // «مدرب الساحل، البرتغالي جواو فيريرا،» (not a relative clause «، الذي فضل عدم ذكر اسمه،»)
    (hasArticle(nationality) &&
      /(?:ي|ية)$/u.test(nationality) &&
      !ASIDE_OPENERS.has(foldArabicWord(nationality)) &&
      nameOnly(inner.slice(1))) ||
    PERSON_TITLES.has(titleHead((inner[0] as Token).text)) ||
    first === "احد" ||
    first === "احدي" ||
    first === "وهو" ||
    first === "وهي" ||
    // «فلاح من منطقة الجم، يدعى عبد الستار،»
    NAME_GIVING_WORDS.has(first) ||
    (titled && i === 0 && describesBeforeClause(text, toks, inner, close));
  // before a colon only a name or a title: «فاطمة، وهي أم لثلاثة أطفال: …» keeps the name alone
  // («أحد المحتجين، ويدعى X: …»: the aside that gives the name still belongs)
  const clause =
    toks[close]?.text === ":" &&
    !NAME_GIVING_WORDS.has(first) &&
    (/^و/u.test(first) || first === "احد" || first === "احدي");
  return appositive && !clause ? (inner[inner.length - 1] as Token).end : null;
}
