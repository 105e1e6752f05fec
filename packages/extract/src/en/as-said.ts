/** "As the minister said, …" and "…, as police have said.": the speaker's words are the main clause. */
import { type ArticleView, type Draft, trimSpan } from "../draft.ts";
import type { Sentence } from "../text/segment.ts";
import { untilComma, wordsBetween, writerTakesOver } from "./content.ts";
import { AS_CLAUSE_VERBS, ELLIPTIC_CLAUSE } from "./verb-claim-shapes.ts";
import type { VerbHit } from "./verbs.ts";

/**
 * A comma right after the cue, a weekday or "yesterday"/"today" between them allowed, and a short adjunct of
 * where, how or to whom ("As the auditor pointed out in her report,", "as one user noted with a chart,").
 */
const COMMA_AFTER =
  /^(?:[\s\u00A0]+(?:on[\s\u00A0]+)?(?:[A-Z][a-z]+day|yesterday|today))?(?:[\s\u00A0]+(?:in|at|on|during|with|to|before|after|last)[\s\u00A0]+[^,;:.!?“”"]{1,40}?)?[\s\u00A0]*,/;
/** A subordinator before the "as"-clause: the content is its clause only. */
const SUBORDINATE_OPENER = /^(?:If|When|While|Although|Though|Because|Since|Unless|Even if|Even though),$/;
/** "The reservoir, as X said, was built …": the words after the clause go on with a verb (the subject is before). */
const VERB_GOES_ON =
  /^[\s\u00A0]*(?:[a-z]+ly[\s\u00A0]+)?(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|does|do|did|[a-z]+ed)\b/;
/** A bare subject before the "as"-clause: a few words, no comma, clause mark or verb of its own. */
const BARE_SUBJECT = /^\p{Lu}[^,;:“”"]*,$/u;
/** The sentence ends right after the cue (a closing quote mark allowed). */
const END_AFTER = /^[\s\u00A0]*[.!?]/;

/**
 * The content of an "as"-clause of saying, given where "as" starts and the cue ends: after the clause's
 * comma when the clause opens the sentence (or follows a comma), else the clause before ", as …" when it
 * ends the sentence; null when the verb has an object ("as X called them") or the clause is something else.
 */
function asSaidContent(
  view: ArticleView,
  s: Sentence,
  asStart: number,
  cueEnd: number,
): [number, number] | null {
  const { text } = view;
  const before = text.slice(s.start, asStart).trimEnd();
  const after = text.slice(cueEnd, Math.min(s.end, cueEnd + 72));
  const comma = COMMA_AFTER.exec(after);
  if (comma && (before === "" || before.endsWith(",") || /^(?:Yet|But|And|So)$/.test(before))) {
    let from = cueEnd + comma[0].length;
    const end = writerTakesOver(view, from, s.end);
    // ("Hawaii, as one adviser pointed out, rarely gets …": the subject said it too)
    if (
      BARE_SUBJECT.test(before) &&
      before.split(/\s+/).length <= 6 &&
      !/\b(?:is|are|was|were|has|have|had|will|would|said|says)\b/.test(before) &&
      VERB_GOES_ON.test(text.slice(from, from + 30))
    )
      from = s.start;
    const content = trimSpan(text, from, end);
    // "If, as I have argued, the rules favour them, …": only the subordinate clause
    return content && SUBORDINATE_OPENER.test(before) ? untilComma(view, content) : content;
  }
  if (END_AFTER.test(after) && before.endsWith(","))
    return trimSpan(text, s.start, s.start + before.length - 1);
  return null;
}

/**
 * A cue after "as" and its subject: the main clause is what was said (d, its content set), a comparison
 * ("as X called them", null), or the verb's own clause after it (undefined: read on).
 */
export function asSaidClaim(
  view: ArticleView,
  s: Sentence,
  d: Draft,
  subject: { start: number; end: number },
  hit: VerbHit,
  start: { pos: number; that: boolean },
  cueEnd: number,
  closesSentence: boolean,
): Draft | null | undefined {
  const { text } = view;
  // "As the minister said, the plan …", "…, as police have said.": the main clause is what was said
  const asStart = text.lastIndexOf("as", subject.start - 1);
  const content = hit.base === "call" ? null : asSaidContent(view, s, Math.max(s.start, asStart), cueEnd);
  // "… as Vincent admits voters ‘sent us a message’": a clause of its own after the verb, no comparison
  // (not the ellipsis of "as Smith said it would.")
  const ownClause =
    hit.base !== "call" &&
    (start.that ||
      (AS_CLAUSE_VERBS.has(hit.base) &&
        // ("joined the show as a staff writer … and wrote …": "as" a preposition before a role)
        !!subject &&
        !/^(?:an?|one)\s/i.test(text.slice(subject.start, subject.end)) &&
        /^[\s\u00A0]+[\p{Ll}‘“"]/u.test(text.slice(cueEnd, cueEnd + 2)) &&
        wordsBetween(text, cueEnd, s.end) >= 3)) &&
    !ELLIPTIC_CLAUSE.test(text.slice(start.pos, start.pos + 30));
  if (!content && !(ownClause && !closesSentence)) return null;
  if (content) {
    [d.contentStart, d.contentEnd] = content;
    d.rules.push("en.as-said");
    return d;
  }
  return undefined;
}
