import { EN_WEEKDAY_ALTERNATION } from "../dates.ts";
import type { ArticleView } from "../draft.ts";
import { quoteAt } from "../text/quotes.ts";
import type { Sentence } from "../text/segment.ts";
import { contentAfter, endsClause, nearbyQuote } from "./content.ts";
import { HEARER_VERBS, WEAK_VERBS } from "./lexicon.ts";
import { nextParagraph } from "./neighbouring-quotes.ts";
import { objectBeforeItsDay, objectOnly, withoutTrailingTime } from "./object-span.ts";
import { untilSubordinateEnd } from "./subordinate-end.ts";
import type { VerbHit } from "./verbs.ts";

/** The content after the cue: the next paragraph after a colon, else the words after the verb (an object only for a weak verb). */
export function contentAfterCue(
  view: ArticleView,
  si: number,
  start: { pos: number; that: boolean },
  hit: VerbHit,
  opensClause: boolean,
  subordinate: boolean,
  stops: number[],
): [number, number] | null {
  const s = view.sentences[si] as Sentence;
  const { text } = view;
  let content: [number, number] | null;
  if (text[start.pos - 1] === ":" && endsClause(text, start.pos, s)) content = nextParagraph(view, si);
  else {
    const quoted = HEARER_VERBS.has(hit.base) && !start.that ? nearbyQuote(view, start.pos, s) : -1;
    content = contentAfter(view, s, quoted >= 0 ? quoted : start.pos, stops);
    // an object, not a clause: it ends where the writer adds circumstances
    if (content && !opensClause && WEAK_VERBS.has(hit.base)) {
      content = objectOnly(text, view, content);
      if (hit.form.endsWith("ed")) content = withoutTrailingTime(text, content);
      // ("said the attack happened on Sunday": what follows "said" is a clause, its day the event's)
    } else if (content && !opensClause && hit.base !== "say") content = objectBeforeItsDay(text, content);
  }
  if (content && !opensClause && !CLAUSE_REPORTING.has(hit.base))
    content = beforeNextPredicate(view, content);
  if (content && subordinate) content = untilSubordinateEnd(view, content);
  if (content && PRESENT_FORM.test(hit.form)) content = beforePastOccasion(text, content);
  return content;
}

/**
 * Verbs whose words after them are most often a clause with no "that" ("said the town owed it money and had
 * ignored …"): there an "and had …" may go on the reported clause, so the object's end is not sought.
 */
const CLAUSE_REPORTING = new Set(
  "say tell add write note report announce warn argue claim insist explain confirm reveal allege admit deny predict estimate suggest acknowledge concede state declare stress maintain assert contend conclude reply testify recall".split(
    " ",
  ),
);
const PRESENT_FORM = /[^s]s$/;
/**
 * "Coach X says her side can reach the quarter-finals after she named her squad yesterday": after a
 * present-tense cue, a past "after he/she/they …" clause with its day is the writer's occasion for the words.
 */
const PAST_OCCASION = new RegExp(
  `[\\s\\u00A0]+(?:after|when|as)[\\s\\u00A0]+(?:he|she|they|it|we)[\\s\\u00A0]+(?:[a-z]+ed|was|were|made|gave|met|held|won|lost|took|spoke|chose|sent|told|said)\\b[^.;“”"]*\\b(?:yesterday|last[\\s\\u00A0]+(?:night|week|weekend)|on[\\s\\u00A0]+(?:${EN_WEEKDAY_ALTERNATION}))\\b[^.;“”"]*$`,
);
function beforePastOccasion(text: string, content: [number, number]): [number, number] {
  const m = PAST_OCCASION.exec(text.slice(content[0], content[1]));
  return m ? [content[0], content[0] + m.index] : content;
}

/**
 * "has promised a veto and attempted to make the case …", "encouraged allies to spend more but has said she will
 * …": after an object (or an infinitive), "and"/"but" and a finite verb of the speaker's own open the next thing
 * the speaker did, no part of the object. (A past form counts only before its complement — "and decided against",
 * "and seemed to" — not as an adjective: "praised the brave and dedicated staff".)
 */
const NEXT_PREDICATE =
  /,?[\s\u00A0]+(?:and|but)[\s\u00A0]+(?:(?:he|she|they|it|we)[\s\u00A0]+(?=(?:has|have|had|is|are|was|were)[\s\u00A0]))?(?:(?:also|then|later|still)[\s\u00A0]+)?(?:(?:has|have|had)[\s\u00A0]+(?:(?:also|since|repeatedly)[\s\u00A0]+)?(?:been|said|told|made|to[\s\u00A0]+[a-z]+|[a-z]+(?:ed|en))\b|[a-z]{3,}ed[\s\u00A0]+(?:to|against|that|on|with|about|for|the|a|an|his|her|their|its|him|them)\b)/g;
/** A finite verb or a relative pronoun: the object holds a clause of its own, which the "and" may go on. */
const CLAUSE_INSIDE = /\b(?:is|are|was|were|has|have|had|will|would|can|could|that|which|who|[a-z]{3,}ed)\b/;
function beforeNextPredicate(view: ArticleView, content: [number, number]): [number, number] {
  const slice = view.text.slice(content[0], content[1]);
  NEXT_PREDICATE.lastIndex = 0;
  for (let m = NEXT_PREDICATE.exec(slice); m; m = NEXT_PREDICATE.exec(slice)) {
    if (quoteAt(view.quotes, content[0] + m.index + 1)) continue;
    if (CLAUSE_INSIDE.test(slice.slice(0, m.index))) return content;
    return m.index > 0 ? [content[0], content[0] + m.index] : content;
  }
  return content;
}
