// «رئيس بلدية صور، كبرى مدن الجنوب، علي حسن،», «رئيس بلدية جبيل، المدينة الساحلية شمال بيروت، جوزيف خوري،»: an
// apposition on the place the title ends with, then the apposition that names the person.
import { tokensForward } from "../text/tokens.ts";
import { appositionEnd } from "./apposition.ts";
import { COMMAS } from "./content.ts";
import { PLACE_APPOSITION_HEAD } from "./lexicon.ts";
import type { SpanPair } from "./subject.ts";

/** «كبرى مدن الجنوب», «عاصمة الإقليم», «المدينة الساحلية …»: the head of an apposition on a place. */
export const PLACE_APPOSITION = new RegExp(
  `^(?:${PLACE_APPOSITION_HEAD}|ال(?:مدينة|بلدة|قرية|محافظة|ولاية|منطقة|عاصمة|ميناء))[\\s\\u00A0]`,
  "u",
);

/**
 * The end of the name apposition that follows a place apposition right after the subject, or null (no place
 * apposition, or no name after it: the place apposition alone names no one).
 */
export function nameAfterPlaceApposition(text: string, subject: SpanPair, limit: number): number | null {
  const toks = tokensForward(text, subject.end, limit, 12);
  if (!toks[0] || !COMMAS.has(toks[0].text) || !toks[1]?.word) return null;
  if (!PLACE_APPOSITION.test(text.slice(toks[1].start, limit))) return null;
  const close = toks.findIndex((t, k) => k > 1 && COMMAS.has(t.text));
  if (close < 0 || toks.slice(2, close).some((t) => !t.word)) return null;
  const placeEnd = (toks[close - 1] as { end: number }).end;
  const named = appositionEnd(text, { start: subject.start, end: placeEnd }, limit);
  // (the name's apposition only: not a title run on after the place)
  return named !== null && nameApposition(text, placeEnd, named) ? named : null;
}

/** «، علي حسن»: two to four words, none with the article but a last family name. */
function nameApposition(text: string, from: number, to: number): boolean {
  const ws = text
    .slice(from, to)
    .replace(/^[\s\u00A0]*[،,][\s\u00A0]*/u, "")
    .split(/[\s\u00A0]+/u);
  return ws.length >= 2 && ws.length <= 4 && ws.slice(0, -1).every((w) => !/^ال/u.test(w));
}
