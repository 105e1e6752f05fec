import { lowerOf as lower, type Token } from "../text/tokens.ts";
import { anonymityClauseStart } from "./anonymous-source.ts";
import { chargedPerson } from "./charged.ts";
import { PRONOUNS } from "./lexicon.ts";
import { modifiedHead } from "./modified-head.ts";
import { isCap } from "./np-words.ts";
import { askedPeople } from "./reached-by.ts";
import {
  antecedentOfWhich,
  antecedentOfWho,
  contactRelative,
  peopleBeforeWho,
  relativeAfterObject,
} from "./relative-subject.ts";
import type { SourceSpan } from "./source.ts";

const OBJECT_PRONOUNS = new Set(["him", "her", "them", "us"]);
/** A verb of speech after "who" ("Protesters, who called for …"; not "Farmers, who opposed the levy,"). */
const SPEECH_AFTER =
  /^[\s\u00A0]+(?:(?:has|have|had)[\s\u00A0]+)?(?:said|say|says|told|tell|argued?|argues|warned?|warns|called[\s\u00A0]+for|call[\s\u00A0]+for|claimed?|claims|insisted|insists?|urged?|urges|demanded|demands?|alleged?|alleges|noted|contended|contends?)\b/;

/**
 * The speaker of a verb whose subject is read through a clause before it (toks nearest first, toks[0] the word
 * before the verb): a relative clause, a "who" or "which", an anonymity clause, a pronoun, "those close to
 * him". `subject` reads the speaker phrase ending at a token list. Undefined when none of these applies.
 */
export function speakerThroughClause(
  text: string,
  nearestFirst: Token[],
  toks: Token[],
  subject: (toks: Token[]) => SourceSpan | null,
): SourceSpan | null | undefined {
  const first = toks[0] as Token;
  const people = askedPeople(nearestFirst, toks, subject) ?? chargedPerson(toks, subject);
  if (people) return people;
  // "The company that ran Llyn Carreg has told": the name is the clause's object, the head before it speaks
  const relative = relativeAfterObject(toks, isCap);
  if (relative > 0) {
    const head = subject(toks.slice(relative + 1));
    if (head && !head.pronoun) return { start: head.start, end: first.end, pronoun: false };
  }
  // "The traders I spoke to said": a relative clause without its pronoun, the people before it speak
  const contact = contactRelative(toks);
  if (contact > 0) {
    const head = subject(toks.slice(contact + 1));
    if (head && !head.pronoun) return { start: head.start, end: first.end, pronoun: false };
  }
  // "opposition from businesses who say …": the people a relative "who" follows speak
  if (first.word && lower(first) === "who") {
    const head =
      antecedentOfWho(toks, subject) ??
      (SPEECH_AFTER.test(text.slice(first.end, first.end + 30)) ? peopleBeforeWho(toks, subject) : null);
    if (head) return head;
  }
  if (first.word && PRONOUNS.has(lower(first))) return { start: first.start, end: first.end, pronoun: true };
  // ("…, who asked not to be named because she feared …": the pronoun opens the reason's own clause)
  const anonymous = first.word ? anonymityClauseStart(text, toks) : -1;
  if (anonymous > 0) {
    const head = subject(toks.slice(anonymous + 1));
    return head && !head.pronoun ? head : null;
  }
  if (first.word && lower(first) === "which") return antecedentOfWhich(text, toks, subject);
  if (first.word && OBJECT_PRONOUNS.has(lower(first))) {
    // "Those close to him said"
    const head = modifiedHead(toks, subject, 0);
    return head ? { start: head.start, end: first.end, pronoun: false } : null;
  }
  return undefined;
}
