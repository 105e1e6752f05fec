import type { ArticleView } from "../draft.ts";
import { quoteAt } from "../text/quotes.ts";
import { untilComma } from "./content.ts";

/** A dash set off by spaces (em dash, horizontal bar, en dash) or a double hyphen. */
const SPACED_DASH = /[\s\u00A0](?:[—―–]|--)[\s\u00A0]/g;

/**
 * "When Varn noted that the ferry had not sailed ― as was true all winter ― the minister replied, …": a
 * subordinate clause's content stops at its first comma, or before at a dash that opens the writer's aside
 * (outside quotes), so that it never runs on into the main clause.
 */
export function untilSubordinateEnd(view: ArticleView, content: [number, number]): [number, number] | null {
  const byComma = untilComma(view, content);
  if (!byComma) return byComma;
  const slice = view.text.slice(byComma[0], byComma[1]);
  SPACED_DASH.lastIndex = 0;
  for (let m = SPACED_DASH.exec(slice); m; m = SPACED_DASH.exec(slice)) {
    const at = byComma[0] + m.index;
    if (quoteAt(view.quotes, at + 1)) continue;
    return at > byComma[0] ? [byComma[0], at] : byComma;
  }
  return byComma;
}
