/** Final touches to English content edges that apply whichever rule found the claim. */
import type { ArticleView, Draft } from "../draft.ts";
import { quoteAt } from "../text/quotes.ts";

/** "And perhaps, he said, …", "But the goal is …": a sentence-initial conjunction links to the writer's text. */
const LEADING_CONJUNCTION = /^(?:And|But|So|Yet|Or)[\s\u00A0]+(?=[\p{L}\p{N}“"‘'«])/u;

/** "WASHINGTON ― …", "BEIJING (Reuters) — …": a dateline opening the article is the writer's. */
const DATELINE = /^\p{Lu}[\p{Lu}.,’' ]{1,30}(?:\([^()]{1,30}\)[\s\u00A0]*)?[―—–-]{1,2}[\s\u00A0]*/u;

export function trimContentEdges(view: ArticleView, d: Draft): void {
  if (d.contentStart < 0) return;
  const dateline = DATELINE.exec(
    view.text.slice(d.contentStart, Math.min(d.contentEnd, d.contentStart + 64)),
  );
  if (dateline && d.contentStart + dateline[0].length < d.contentEnd) d.contentStart += dateline[0].length;
  if (quoteAt(view.quotes, d.contentStart)) return;
  const m = LEADING_CONJUNCTION.exec(
    view.text.slice(d.contentStart, Math.min(d.contentEnd, d.contentStart + 8)),
  );
  if (m && d.contentStart + m[0].length < d.contentEnd) d.contentStart += m[0].length;
}
