/**
 * «الوحدة الجوارية 17», «جمعية الحي 5», «سكان المربع 9», «المجاورة 12»: a quarter, block or district known by
 * its number (Maghrebi, Egyptian and Sudanese local news). The number is part of the place's name, so of the
 * speaker's words, never the start of what is said.
 */
import { seatless, withoutHarakat } from "../text/chars.ts";
import { type Token, tokensForward } from "../text/tokens.ts";

const NUMBERED_PLACE = seatless(
  /^(?:ال)?(?:حي|جوارية|مجاورة|مربع|حارة|بلوك|قطاع|مقاطعة|منطقة|محلة|وحدة|دائرة|كيلو|مخطط|تجزئة|عمارة)$/u,
);
const NUMBER = /^\p{Nd}{1,4}$/u;

/** «الحي» then «5»: the word `num` is the number of the place word `place` before it. */
export const isPlaceNumber = (place: string, num: string): boolean =>
  NUMBER.test(num) && NUMBERED_PLACE.test(withoutHarakat(place));

/** 1 when `toks[k]` is the number of the place word before it, else 0. */
export function placeNumberAt(toks: readonly Token[], k: number): number {
  const place = toks[k - 1];
  const num = toks[k];
  return place?.word && num?.word && isPlaceNumber(place.text, num.text) ? 1 : 0;
}

/** Where the words `start`–`end` end once the number of a place they close is taken in (`end` if none). */
export function throughPlaceNumber(text: string, start: number, end: number, limit: number): number {
  const toks = tokensForward(text, start, limit, 24);
  const last = toks.findIndex((t) => t.end === end);
  return last >= 0 && placeNumberAt(toks, last + 1) ? (toks[last + 1] as Token).end : end;
}
