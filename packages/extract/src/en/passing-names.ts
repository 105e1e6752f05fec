/**
 * Names an English article only passes by: a place after a preposition ("a councillor in Co Meath", "a
 * seat in Dublin Bay South", "the Reservoir Hill neighborhood") or a name inside someone's quoted words ("the mudguard for Fianna Fáil or
 * Fine Gael"). They are not new people the next "he" or "she" can point to.
 */
import type { ArticleView } from "../draft.ts";
import { quoteAt } from "../text/quotes.ts";

const PLACE_PREPOSITION = /\b(?:in|at|near|across|throughout|outside|inside|around)[\s\u00A0]+$/;

/** "the Reservoir Hill neighborhood", "the Tanjong Pagar area": capitalised words that a place noun follows. */
const BEFORE_PLACE_NOUN =
  /^(?:\p{Lu}[\p{L}’'-]*[\s\u00A0]+){1,3}(?:neighbou?rhoods?|district|area|suburb|estate|quarter|borough|precinct|township|ward|constituency)\b/u;

export function passingName(view: ArticleView, start: number): boolean {
  if (PLACE_PREPOSITION.test(view.text.slice(Math.max(0, start - 12), start))) return true;
  if (BEFORE_PLACE_NOUN.test(view.text.slice(start, start + 60))) return true;
  const quote = quoteAt(view.quotes, start);
  return quote !== null && quote.start < start;
}
