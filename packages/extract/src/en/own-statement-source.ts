// "X has confirmed 11 cases, according to a statement issued on Monday": the statement is X's own, where X said it.
import type { ArticleView, Draft } from "../draft.ts";

/** "according to a statement", "according to its press release": a document with no source named of its own. */
const UNNAMED_STATEMENT =
  /^according to (?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|press release|news release|release|announcement|communiqu[eé])s?\b(?!\s+(?:from|by|of)\b)(?!'s)/i;

/**
 * The claims without an "according to" that only says where a clause with its own reporting verb was said:
 * the clause's claim keeps the speaker, and the statement's circumstances ("issued on Monday") stay its frame.
 */
export function withoutOwnStatementSource(view: ArticleView, drafts: Draft[]): Draft[] {
  const { text } = view;
  const relays = (d: Draft): boolean =>
    UNNAMED_STATEMENT.test(text.slice(d.cueStart, d.cueStart + 80)) &&
    drafts.some(
      (o) =>
        o !== d &&
        o.mentionStart >= 0 &&
        o.cueStart >= d.contentStart &&
        o.contentEnd <= d.cueStart &&
        o.cueEnd <= o.contentStart &&
        /^[\s\u00A0]*,[\s\u00A0]*$/.test(text.slice(o.contentEnd, d.cueStart)),
    );
  const relayed = new Set(drafts.filter(relays));
  return relayed.size ? drafts.filter((d) => !relayed.has(d)) : drafts;
}
