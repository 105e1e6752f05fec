import type { Sentence } from "../text/segment.ts";
import type { Token } from "../text/tokens.ts";
import { bareClauseAfter } from "./bare-clause.ts";
import { adjunctOnly, endsClause, wordsBetween } from "./content.ts";
import { contentStartAfter } from "./content-start.ts";
import {
  ATTITUDE_ADJECTIVES,
  CLAUSE_ONLY_VERBS,
  IMPERSONAL_ADJECTIVES,
  INTENT_VERBS,
  NOUN_FIRST_FORMS,
  THAT_CLAUSE_VERBS,
  WEAK_VERBS,
} from "./lexicon.ts";
import { reasonResumesContent } from "./reason-after-speaker.ts";
import { STANCE_VERBS, stanceContentStart } from "./stance.ts";
import { toldMediumCloses } from "./told-medium.ts";
import type { ContentStart, VerbCall } from "./verb-call.ts";
import { writerFollowsSpeaker } from "./verb-claim-shapes.ts";
import { CLAUSE_OPENERS, lower } from "./verbs.ts";

/**
 * "“Sad to go. See you there!” she posted.": the verb and a short subject end a sentence after a closing quotation
 * mark (the quotation its words, inverted).
 */
export function closesQuotedSentence(s: Sentence, toks: Token[], i: number): boolean {
  const next = toks[i + 1];
  if (!(!next || next.start >= s.end || /^[.!]$/.test(next.text))) return false;
  let k = i - 1;
  while (k > i - 5 && toks[k]?.word && (toks[k] as Token).start >= s.start) k--;
  return k < i - 1 && /^[”"]$/.test(toks[k]?.text ?? "");
}

/**
 * Where the words after the verb start, whether they are a clause without "that", and whether speaker and verb
 * close the sentence (null: the verb takes no content here).
 */
export function verbContentStart(
  c: VerbCall,
): { start: ContentStart; bareClause: boolean; closesSentence: boolean } | null {
  const { text, s, toks, hit, verb, after, cueEnd, stops } = c;
  const stance = STANCE_VERBS.has(hit.base) ? stanceContentStart(toks, after, hit.base) : undefined;
  if (stance === null) return null;
  const start = stance ?? contentStartAfter(toks, after, hit.base);
  if (
    THAT_CLAUSE_VERBS.has(hit.base) &&
    (!start.that || (hit.base === "serve" && cueEnd === verb.end)) &&
    !closesQuotedSentence(s, toks, hit.index)
  )
    return null;
  const thatRightAfter = start.that && wordsBetween(text, cueEnd, start.pos) <= 1;
  // "experts suspect those losses were …": a clause without "that" after an attitude verb
  // (and after an adjective of attitude or evaluation: "we are convinced this is …", "it was clear Clinton is …")
  const bareClause =
    (WEAK_VERBS.has(hit.base) || ATTITUDE_ADJECTIVES.has(hit.base) || IMPERSONAL_ADJECTIVES.has(hit.base)) &&
    toks[after]?.start === start.pos &&
    bareClauseAfter(toks, after, hit.base);
  // "…, The Herald has learned.": a newsroom's finding that closes its sentence reports the words before it
  const learnedClosing =
    hit.form === "learned" &&
    /^(?:has|have)$/i.test(toks[hit.index - 1]?.text ?? "") &&
    endsClause(text, start.pos, s);
  if (
    (CLAUSE_ONLY_VERBS.has(hit.base) || NOUN_FIRST_FORMS.has(hit.form)) &&
    !thatRightAfter &&
    !bareClause &&
    !learnedClosing
  )
    return null;
  // "“…,” Smith said (in a statement)." — speaker and verb close the sentence: the content came before
  // "Jones vows to cut fees": an infinitive after a verb of intent is its content, not an adjunct
  const takesInfinitive =
    INTENT_VERBS.has(hit.base) && toks[after]?.word === true && lower(toks[after] as Token) === "to";
  const closesSentence =
    endsClause(text, start.pos, s) ||
    stops.includes(toks[after]?.start ?? -1) ||
    (adjunctOnly(text, start.pos, s) && !takesInfinitive) ||
    (writerFollowsSpeaker(text, start.pos) && !reasonResumesContent(text, start.pos)) ||
    toldMediumCloses(text, hit.base, start.pos, s.end);
  // "studies have shown that …" / "…, studies have shown." report; "volunteers have shown signs of …" and
  // "has written letters" do not
  if (
    (hit.form === "shown" || hit.form === "written") &&
    !start.that &&
    !bareClause &&
    !closesSentence &&
    !CLAUSE_OPENERS.test(text[start.pos] ?? "") &&
    text[start.pos - 1] !== ":"
  )
    return null;
  return { start, bareClause, closesSentence };
}
