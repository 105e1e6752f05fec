import type { Draft } from "../draft.ts";
import { bodyDecision } from "./body-decision.ts";
import { quotedObjectOnly } from "./clause-membership.ts";
import { contentAfterCue } from "./content-after-cue.ts";
import { deniedWithoutWords } from "./court-denial.ts";
import { ATTITUDE_ADJECTIVES, WEAK_VERBS } from "./lexicon.ts";
import { objectOfReaction, reportsNothing } from "./no-statement.ts";
import { setRelativeContent } from "./of-whom.ts";
import { outletsOwnFinding } from "./own-reporting.ts";
import { thingWelcomed } from "./plain-object-acts.ts";
import { planInfinitive } from "./plan-infinitive.ts";
import { questionedPerson } from "./questioned-person.ts";
import { beforeNextRelative } from "./relative.ts";
import { markObjectOnly } from "./relayed-or-nested.ts";
import type { SourceSpan } from "./source.ts";
import type { ContentStart, VerbCall } from "./verb-call.ts";
import { CLAUSE_WORDS, NOMINAL_ACTS } from "./verb-claim-shapes.ts";
import type { OpeningSubject } from "./verb-subject.ts";

/** The content after the verb, set on the draft with what it marks (null: nothing reported). */
export function verbContent(
  c: VerbCall,
  subject: SourceSpan | null,
  start: ContentStart,
  opensClause: boolean,
  bareClause: boolean,
  subordinate: boolean,
  ofWhom: OpeningSubject["ofWhom"],
): Draft | null {
  const { view, si, text, s, toks, hit, verb, after, cueStart, cueEnd, stops, marks, d } = c;
  const content = beforeNextRelative(
    text,
    contentAfterCue(view, si, start, hit, opensClause || bareClause, subordinate, stops),
  );
  if (!content || content[1] - content[0] < 4) return null;
  const cue = text.slice(cueStart, cueEnd);
  const hearer = text.slice(cueEnd, content[0]);
  if (
    reportsNothing(text.slice(content[0], content[1]), cue, hit, opensClause, cueStart === verb.start, hearer)
  )
    return null;
  setRelativeContent(view, s, d, content, !!ofWhom, subject);
  // "Union leaders welcomed the move. They said …": no claim, but the subject "they" points back to
  d.silent =
    !opensClause &&
    (objectOfReaction(hit.base, text.slice(content[0], content[1]), cue) ||
      thingWelcomed(hit.base, text.slice(content[0], content[1]), text.slice(content[1], content[1] + 24)));
  // ("Acme plans to build …": a plan, no claim, but its subject stays in focus)
  if (planInfinitive(hit.base, toks, after)) d.silent = true;
  // ("The council has agreed to extend …", "rejected a motion to …": a body's decision, no words)
  if (
    subject &&
    bodyDecision(hit.base, text.slice(subject.start, subject.end), text.slice(content[0], content[1]))
  )
    d.silent = true;
  // ("MPs questioned the minister over …": a person questioned, what was asked not given)
  // ("Ex-cashier denied bail", "was denied entry": a thing refused)
  const said = text.slice(content[0], content[1]);
  if (questionedPerson(hit.base, said) || deniedWithoutWords(hit.base, said, opensClause)) d.silent = true;
  // "Sky News understands that …": the outlet's own finding, no claim, and nothing inside it is one
  if (subject && outletsOwnFinding(cue, text.slice(subject.start, subject.end), text)) {
    d.silent = true;
    marks.ownFindings.push(d);
  }
  d.rules.push(start.that ? "en.content:that-clause" : "en.content:after-verb");
  // "The company said it would report results": a pronoun's action inside a statement is part of it
  // (a bare object: no quoted words, no subject and verb of a clause — "admitted he had “nothing left …”")
  if (
    !opensClause &&
    !bareClause &&
    NOMINAL_ACTS.has(hit.base) &&
    !CLAUSE_WORDS.test(text.slice(content[0], content[1]))
  )
    marks.acts.push(d);
  if (!opensClause) markObjectOnly(marks, d, WEAK_VERBS.has(hit.base), !!subject?.pronoun);
  // 'that he supported “the idea” but …': a quoted object of a weak verb is still only an object
  else if (quotedObjectOnly(text, start, WEAK_VERBS.has(hit.base))) markObjectOnly(marks, d, true, false);
  // "said they were concerned that …": a pronoun's attitude inside a statement is part of it
  else if (ATTITUDE_ADJECTIVES.has(hit.base)) markObjectOnly(marks, d, false, !!subject?.pronoun);
  return d;
}
