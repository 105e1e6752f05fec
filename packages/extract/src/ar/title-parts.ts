// Parts a title phrase may carry that read as punctuation or as a name: a body's abbreviation in brackets,
// a retired officer's bracket, a body's wing after a dash, a governor's place with a compass word, where an
// envoy serves.
import type { Token } from "../text/tokens.ts";
import { stateNameWords } from "./bare-genitive.ts";
import { COMPASS, ENVOYS, foldWord, GOVERNORS, isOrgHead, ORG_TITLES } from "./lexicon.ts";
import { MILITARY_RANK, RETIRED } from "./military-rank.ts";
import { officePlaceAt } from "./office-place.ts";
import { bare, dashJoin, hasAl, nameLike, titleHead } from "./phrase.ts";
import { tiedToPost } from "./title-complements.ts";

/**
 * «منظمة الأغذية والزراعة (فاو)», «ممثل منظمة الأغذية والزراعة (فاو) لدى الجامعة»: an abbreviation in
 * brackets after a body's name, in the body's own phrase or inside a person's title, goes on with it.
 */
export function bracketedAbbreviation(toks: Token[], i: number, isOrg: boolean): number {
  // («(الصوناد)», «(GDL)», «(دويتشه بان)»: up to three words)
  let close = i + 1;
  while (close < i + 4 && toks[close]?.word) close++;
  if (toks[i]?.text !== "(" || close === i + 1 || toks[close]?.text !== ")") return 0;
  // («للأمم», «لوكالة»: a body in a ل-genitive of the title, with or without the article)
  const body = (t: Token): boolean =>
    t.word &&
    (ORG_TITLES.has(foldWord(t.text.replace(/^لل/u, "ال"))) ||
      (/^ل[^ل]/u.test(t.text) && ORG_TITLES.has(foldWord(t.text.slice(1)))));
  return isOrg || toks.slice(1, i).some(body) ? close - i + 1 : 0;
}

/** «اللواء (م) X», «العميد (متقاعد) X»: a retired officer's bracket at `i`, after the rank. */
export const retiredRank = (toks: Token[], i: number): boolean =>
  toks[i]?.text === "(" &&
  toks[i + 2]?.text === ")" &&
  RETIRED.test(`(${toks[i + 1]?.text ?? ""})`) &&
  i > 0 &&
  MILITARY_RANK.test(bare(toks[i - 1] as Token));

/** «الحركة الشعبية لتحرير السودان – شمال،»: a body's wing after a spaced dash at `i`, closing the phrase. */
export const wingAfterDash = (text: string, toks: Token[], i: number): boolean =>
  dashJoin(text, toks, i) &&
  toks[i + 2] !== undefined &&
  !toks[i + 2]?.word &&
  (COMPASS.test(bare(toks[i + 1] as Token)) || hasAl(toks[i + 1] as Token)) &&
  toks.slice(0, i).some((w) => w.word && isOrgHead(titleHead(w.text)));

/** «والي جنوب كردفان المكلف»: after a governor's title, a compass word and the place are one place. */
export const governedPlace = (text: string, toks: Token[]): boolean => {
  const [t0, t, next] = [toks[0], toks[1], toks[2]];
  return (
    !!t0?.word &&
    !hasAl(t0) &&
    GOVERNORS.has(titleHead(t0.text)) &&
    !!t?.word &&
    COMPASS.test(bare(t)) &&
    !!next?.word &&
    nameLike(text, next)
  );
};

/**
 * «سفير مصر لدى الأردن», «مندوب فلسطين لدى الأمم المتحدة»: after an envoy's title, the state's bare name,
 * «لدى» and the word after it say whom the envoy speaks for and where they serve; they belong to the title.
 * Returns how many tokens from i (the state, «لدى» and its word; or «لدى» and its word), 0 if none.
 */
function accreditedAt(toks: Token[], i: number): number {
  // («سعادة سفير …»: the envoy's style before the title)
  const h = OFFICE_STYLE.test(bare(toks[0] as Token)) ? 1 : 0;
  const t0 = toks[h];
  if (!t0?.word || hasAl(t0) || !ENVOYS.has(titleHead(t0.text)) || i < 1 + h) return 0;
  const state = i === 1 + h ? stateWords(toks.slice(h)) : 0;
  const at = toks[i + state];
  // («سفير جمهورية مصر العربية محمد …»: a state's long name is the title's even without «لدى»)
  if (!tiedToPost(at, toks[i + state + 1])) return state > 1 ? state : 0;
  return state + 2;
}

/** An envoy's post («سفير مصر لدى الأردن») or an office's place («مدير التربية في محافظة البصرة»): its words. */
export const postOrPlaceAt = (toks: Token[], i: number): number =>
  accreditedAt(toks, i) || officePlaceAt(toks, i);

/** «سعادة», «معالي»: the style of an office holder, before the title. */
const OFFICE_STYLE = /^(?:سعادة|معالي|فخامة|سمو)$/u;
/** The words of the state an envoy speaks for: a bare name («مصر»), or «جمهورية القمر المتحدة». */
const stateWords = (toks: Token[]): number => {
  if (!toks[1]?.word || hasAl(toks[1])) return 0;
  const words = toks.slice(0, 6).map((t) => (t.word ? bare(t) : ""));
  return stateNameWords(words, 1) || 1;
};
