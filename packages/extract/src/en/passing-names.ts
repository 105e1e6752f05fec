/**
 * Names an English article only passes by: a place after a preposition ("a councillor in Co Meath", "a
 * seat in Dublin Bay South") or a name inside someone's quoted words ("the mudguard for Fianna Fáil or
 * Fine Gael"). They are not new people the next "he" or "she" can point to.
 */
import type { ArticleView } from "../draft.ts";
import { quoteAt } from "../text/quotes.ts";

const PLACE_PREPOSITION = /\b(?:in|at|near|across|throughout|outside|inside|around)[\s\u00A0]+$/;

export function passingName(view: ArticleView, start: number): boolean {
  if (PLACE_PREPOSITION.test(view.text.slice(Math.max(0, start - 12), start))) return true;
  const quote = quoteAt(view.quotes, start);
  return quote !== null && quote.start < start;
}
