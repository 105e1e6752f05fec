import { seatedImams } from "./ar/seated-imam.ts";
import type { ArticleView } from "./draft.ts";
import { directionMarksAsSpaces } from "./text/chars.ts";
import { withoutFurniture } from "./text/furniture.ts";
import { findQuotes } from "./text/quotes.ts";
import { segment } from "./text/segment.ts";

/**
 * What the rules read of the caller's text, offset for offset: page furniture blanked, a name's RLM no letter
 * of it, a seatless «امام» before a mosque written as the title «إمام».
 */
export function articleView(text: string): ArticleView {
  const visible = seatedImams(withoutFurniture(directionMarksAsSpaces(text)));
  return { text: visible, sentences: segment(visible), quotes: findQuotes(visible) };
}
