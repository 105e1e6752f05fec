import { seatless } from "../text/chars.ts";
import type { Sentence } from "../text/segment.ts";
import { asAsideInClause } from "./as-aside.ts";
import { calledInAside } from "./called-aside.ts";
import { clauseInitial } from "./content.ts";
import type { Cue } from "./cue-finder.ts";
import { qadlessPluperfect } from "./kana.ts";
import { markedSubject } from "./marked-subject.ts";
import { namedBeforeAside } from "./name-aside.ts";
import { frontedSubject, frontedWithApposition, statementOwner } from "./owner.ts";
import { inOpeningQuestion } from "./question.ts";
import { relativeAntecedent } from "./relative-antecedent.ts";
import type { SpanPair } from "./subject.ts";

/**
 * Whether cue c of sentence s stands: not inside an opening question, and a verb only with a subject it can have
 * (a clause on a statement, a relative's antecedent, a fronted or marked subject, a pluperfect's, a pronoun).
 * Records the subject found in fronted, pronounLed or owned.
 */
export function keepCue(
  text: string,
  s: Sentence,
  c: Cue,
  knownNames: Set<string>,
  fronted: Map<Cue, SpanPair>,
  pronounLed: Set<Cue>,
  owned: Map<Cue, { span: SpanPair; from: number }>,
): boolean {
  if (inOpeningQuestion(text, s, c.start)) return false;
  if (c.kind !== "verb") return true;
  if (asAsideInClause(text, s, c)) return false;
  // «طالبت فيه», «كتب فيها»: a verb in a clause on a statement
  const owner = statementOwner(text, s, c, knownNames);
  if (owner) owned.set(c, owner);
  if (owner) return true;
  const antecedent = relativeAntecedent(text, s, c, knownNames);
  if (antecedent) {
    fronted.set(c, antecedent);
    return true;
  }
  // «أن المتهم، وهو صاحب المستودع، صرّح …»: the verb of a content clause, after an aside on its subject
  if (!c.pronounObject && inClauseAfterAside(text, s, c)) return false;
  if (clauseInitial(text, s, c) || c.pronounObject) {
    const named =
      frontedWithApposition(text, s, c, knownNames) ??
      markedSubject(text, s, c, knownNames) ??
      namedBeforeAside(text, s, c) ??
      calledInAside(text, s, c);
    if (named) fronted.set(c, named);
    return true;
  }
  // «وكانت الوزارة حذرت …»: the subject between كان and the verb (speaker.ts reads it)
  if (qadlessPluperfect(text, s.start, c.start)) return true;
  const { span, pronoun } = frontedSubject(text, s, c, knownNames);
  const aged = span ? null : namedBeforeAside(text, s, c);
  if (aged) fronted.set(c, aged);
  if (aged) return true;
  if (span) fronted.set(c, span);
  if (pronoun) pronounLed.add(c);
  return span !== null || pronoun;
}

/**
 * «… أن المتهم، وهو صاحب المستودع، صرّح …», «… بأن الرجل، وهي …،»: a complementizer, its subject, and an
 * aside «، وهو …،» on it right before the verb.
 */
const ASIDE_IN_CLAUSE = seatless(
  /(?:^|[\s\u00A0])ب?[أإ]ن\u0651?[\s\u00A0]+[^،,.:«»"“”]{2,40}?(?<=[\p{L}\p{M}])[\s\u00A0]*[،,][\s\u00A0]*و(?:هو|هي|هم|هن|هما)[\s\u00A0][^،,.:«»"“”]{2,60}[،,][\s\u00A0]*$/u,
);

/** Whether a verb cue is the predicate of a content clause whose subject has an aside before it. */
function inClauseAfterAside(text: string, s: Sentence, cue: Cue): boolean {
  return (
    cue.verbStart === cue.start &&
    ASIDE_IN_CLAUSE.test(text.slice(Math.max(s.start, cue.start - 120), cue.start))
  );
}
