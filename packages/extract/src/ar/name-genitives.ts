// The genitives inside a body's or a title's name: a «لـ» genitive («لمشروعات النقل») and a bare noun in
// construct with a definite one («هيئة شؤون الأسرى»).
import type { Token } from "../text/tokens.ts";
import { headOfficeGenitive } from "./head-office.ts";
import {
  ADJUNCT_STARTS,
  FUNCTION_WORDS,
  foldWord,
  isFunctionWord,
  isOrgHead,
  LAM_HEADS,
  lamHead,
  MEMBERS_CONSTRUCT,
  ORG_TITLES,
  PEOPLE_NOUNS,
  PERSON_TITLES,
  PLACE_NOUNS,
} from "./lexicon.ts";
import { ownersGenitive } from "./owners-genitive.ts";
import { bare, definiteWord, hasAl, isTitleWord, NAME_JOINERS, OPENING_QUOTE, titleHead } from "./phrase.ts";

/**
 * «لمشروعات النقل», «لتوزيع المحروقات»: a ل-genitive and its definite noun inside an institution's or a
 * title's name. Not an addressee («لرويترز», «لنظيره الأمريكي»). Returns the tokens it spans (0 or 2).
 */
export function lamComplement(toks: Token[], i: number): number {
  const [t, n] = [toks[i], toks[i + 1]];
  if (!t?.word || !n) return 0;
  const owners = ownersGenitive(toks, i);
  if (owners) return owners;
  const b = bare(t);
  const [f, office] = [foldWord(t.text), PERSON_TITLES.has(foldWord(b.slice(1))) && n.word && !hasAl(n)];
  if (!/^ل[^ل]/u.test(b) || b.length < 4 || /(?:ه|ها|هم|هما)$/u.test(b) || !(lamHead(b.slice(1)) || office))
    return 0;
  if ((ADJUNCT_STARTS.has(f) && !headOfficeGenitive(toks, i)) || FUNCTION_WORDS.has(f)) return 0;
  // «لمركز "حماية"»: the quoted name is read next
  if (!n.word) return OPENING_QUOTE.test(n.text) && ORG_TITLES.has(foldWord(b.slice(1))) ? 1 : 0;
  if (definiteWord(n)) return 2;
  // «لإغاثة وتشغيل اللاجئين»: a second genitive joined by «و» before the definite noun of both
  const joined = /^و(?!ال)(\p{L}{3,})$/u.exec(bare(n))?.[1];
  const after = toks[i + 2];
  if (joined && lamHead(joined) && after?.word && hasAl(after)) return 3;
  // «الاتحاد العام لطلبة تونس», «النقابة العامة لعمال مصر»: people of a country or town named bare
  const of = foldWord(n.text);
  if (PEOPLE_NOUNS.has(foldWord(b.slice(1))) && !FUNCTION_WORDS.has(of) && !isTitleWord(titleHead(n.text)))
    return PEOPLE_NOUNS.has(of) ? 0 : 2;
  // «لمكتب رئيس مجلس الوزراء», «لنقابات عمال البحرين»: a chain of genitives ending in a definite noun
  // (titles, or one plain noun right after the institution's head); «لرئيس حكومة الوحدة»: an office's body
  if (!isOrgHead(foldWord(b.slice(1))) && !(office && isOrgHead(foldWord(n.text)))) return 0;
  let joinedAt = -1;
  let placeAt = -1;
  for (let k = i + 1; k < toks.length && k < i + 5; k++) {
    const w = toks[k] as Token;
    // (a fourth word only after a place's name)
    if (!w.word || FUNCTION_WORDS.has(foldWord(w.text)) || (k === i + 4 && placeAt !== k - 1)) return 0;
    if (hasAl(w)) return k - i + 1;
    // «لوكالة غوث وتشغيل اللاجئين»: a second plain noun joined by «و» to the first
    const joinedNoun = k === i + 2 && /^و(?!ال)\p{L}{3,}$/u.test(bare(w)) && plainNoun(toks[i + 1] as Token);
    if (joinedNoun) joinedAt = k;
    // «لهيئة موانئ ومناطق جيبوتي الحرة»: then a place's bare name before the definite noun of both
    if (joinedAt === k - 1 && toks[k + 1]?.word && hasAl(toks[k + 1] as Token)) placeAt = k;
    if (!isTitleWord(titleHead(w.text)) && !(k === i + 1 && plainNoun(w)) && !joinedNoun && placeAt !== k)
      return 0;
  }
  return 0;
}

/**
 * «دائرة حماية المستهلك», «هيئة شؤون الأسرى»: a genitive noun that heads a body's name with its definite
 * complement, inside a title. Returns the tokens it spans (0 or 2).
 */
export function constructGenitive(toks: Token[], i: number): number {
  const t = toks[i];
  const n = toks[i + 1];
  // «جمعية أرباب سيارات الأجرة», «اتحاد منتجي زيت الزيتون»: a bare body head's chain of two bare nouns
  const chained = (w: Token | undefined) => !!w?.word && !hasAl(w) && !isFunctionWord(w.text);
  const head0 = toks[i - 1];
  if (chained(t) && chained(n) && definiteWord(toks[i + 2]) && head0?.word && !hasAl(head0))
    if (isOrgHead(foldWord(bare(head0))) && !NAME_JOINERS.has(bare(t as Token))) return 3;
  if (!t?.word || hasAl(t) || !definiteWord(n)) return 0;
  // «اتحاد مزارعي الجزيرة», «نقابة موظفي البلدية»: the members, a plural participle in construct
  const members = MEMBERS_CONSTRUCT.test(bare(t));
  const head = toks[i - 1] as Token;
  // «مدير منطقة الشمال التعليمية X»: a bare office in construct with a place noun and its definite name
  if (PLACE_NOUNS.has(foldWord(t.text)) && !hasAl(head) && PERSON_TITLES.has(foldWord(bare(head)))) return 2;
  if (!isOrgHead(foldWord(bare(head)))) return 0;
  // «رئيس لجنة سوق العمل», «مدير هيئة شؤون الأسرى»: a bare body head is in construct with what follows it
  // («رئيس اللجنة سامي العلي»: after a definite one, the name)
  return LAM_HEADS.has(foldWord(t.text)) || members || !hasAl(head) ? 2 : 0;
}

/** A bare content word: not a time or place adjunct, a number or a complementizer. */
const plainNoun = (w: Token): boolean =>
  !ADJUNCT_STARTS.has(foldWord(w.text)) &&
  !/^\p{N}/u.test(w.text) &&
  !/^ب?[اأإ]ن(?:ه|ها|هم)?$/u.test(bare(w));
