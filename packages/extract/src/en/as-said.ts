/** "As the minister said, …" and "…, as police have said.": the speaker's words are the main clause. */
import { type ArticleView, trimSpan } from "../draft.ts";
import type { Sentence } from "../text/segment.ts";
import { untilComma, writerTakesOver } from "./content.ts";

/** A comma right after the cue, a weekday or "yesterday"/"today" between them allowed. */
const COMMA_AFTER = /^(?:[\s\u00A0]+(?:on[\s\u00A0]+)?(?:[A-Z][a-z]+day|yesterday|today))?[\s\u00A0]*,/;
/** A subordinator before the "as"-clause: the content is its clause only. */
const SUBORDINATE_OPENER = /^(?:If|When|While|Although|Though|Because|Since|Unless|Even if|Even though),$/;
/** The sentence ends right after the cue (a closing quote mark allowed). */
const END_AFTER = /^[\s\u00A0]*[.!?]/;

/**
 * The content of an "as"-clause of saying, given where "as" starts and the cue ends: after the clause's
 * comma when the clause opens the sentence (or follows a comma), else the clause before ", as …" when it
 * ends the sentence; null when the verb has an object ("as X called them") or the clause is something else.
 */
export function asSaidContent(
  view: ArticleView,
  s: Sentence,
  asStart: number,
  cueEnd: number,
): [number, number] | null {
  const { text } = view;
  const before = text.slice(s.start, asStart).trimEnd();
  const after = text.slice(cueEnd, Math.min(s.end, cueEnd + 24));
  const comma = COMMA_AFTER.exec(after);
  if (comma && (before === "" || before.endsWith(",") || /^(?:Yet|But|And|So)$/.test(before))) {
    const from = cueEnd + comma[0].length;
    const content = trimSpan(text, from, writerTakesOver(view, from, s.end));
    // "If, as I have argued, the rules favour them, …": only the subordinate clause
    return content && SUBORDINATE_OPENER.test(before) ? untilComma(view, content) : content;
  }
  if (END_AFTER.test(after) && before.endsWith(","))
    return trimSpan(text, s.start, s.start + before.length - 1);
  return null;
}
