import type { Token } from "../text/tokens.ts";
import { pronounOfContraction } from "./contracted.ts";
import { withIssuer, withSentDocument } from "./issued-document.ts";
import { firstOfJoined } from "./joined-subject.ts";
import { withoutOpeningPhrase } from "./opening-adjunct.ts";
import { withPersonAtPlace } from "./person-at-place.ts";
import { type SourceSpan, subjectBefore } from "./source.ts";
import { sourceBeforeRelative } from "./source-which.ts";
import { withUnnamedBodyMember } from "./unnamed-body-member.ts";

/** The tokens before index k, nearest first (as the speaker walk reads them). */
export function nearestFirst(toks: Token[], k: number): Token[] {
  const out: Token[] = [];
  for (let i = k; i >= 0 && i > k - 60; i--) out.push(toks[i] as Token);
  return out;
}

/** The speaker phrases walked back from tokens of one sentence, by token index (a sentence has few). */
export interface Walks {
  from: number[];
  subjects: (SourceSpan | null)[];
}

/** The speaker phrase walked back from token k, computed once per k of a sentence (`walks`). */
export function walkedBackFrom(text: string, toks: Token[], k: number, walks: Walks): SourceSpan | null {
  const known = walks.from.indexOf(k);
  if (known >= 0) return walks.subjects[known] as SourceSpan | null;
  const near = nearestFirst(toks, raisedSubjectEnd(toks, k));
  // ("He’s claiming that …": the pronoun is the subject, its contracted auxiliary part of the verb)
  if (near[0]) near[0] = pronounOfContraction(near[0]);
  const walked = subjectBefore(text, near);
  const first = firstOfJoined(text, toks, withIssuer(toks, k, withoutOpeningPhrase(toks, walked)));
  const floor = toks[0]?.start ?? 0;
  const subject =
    withSentDocument(
      text,
      floor,
      withPersonAtPlace(text, floor, withUnnamedBodyMember(text, floor, first)),
    ) ?? sourceBeforeRelative(toks, k);
  walks.from.push(k);
  walks.subjects.push(subject);
  return subject;
}

/** "is understood to", "was reported to", "are believed to": a hedge between a subject and its verb. */
const RAISING = /^(?:understood|reported|said|believed|thought|alleged|known|rumou?red|expected|claimed)$/i;
const BE = /^(?:is|are|was|were|be|been)$/i;
/**
 * "The Prime Minister is understood to have told colleagues …", "The striker is reported to have said …":
 * the speaker is the subject before the hedge, not "to"; the index to walk back from (k itself otherwise).
 */
function raisedSubjectEnd(toks: Token[], k: number): number {
  const to = toks[k];
  if (!to?.word || to.text.toLowerCase() !== "to") return k;
  let j = k - 1;
  if (!RAISING.test(toks[j]?.text ?? "")) return k;
  j--;
  // ("is widely understood to", "was later reported to")
  if (/ly$|^(?:later|also|now|still)$/i.test(toks[j]?.text ?? "")) j--;
  if (toks[j]?.text && /^been$/i.test(toks[j]?.text as string)) j--;
  if (toks[j]?.text && /^(?:has|have|had)$/i.test(toks[j]?.text as string)) return j - 1;
  return BE.test(toks[j]?.text ?? "") ? j - 1 : k;
}
