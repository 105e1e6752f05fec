// Word shapes verbClaim reads around an English reporting verb: what follows a speaker, an elliptic clause,
// objects that are acts, and subjects that report only with a clause.
import { isJsSpace } from "../text/chars.ts";
import { MODALS } from "./auxiliaries.ts";
import { wordsBetween } from "./content.ts";
import type { ContentStart } from "./verb-call.ts";

/** After ", X said(, time)," the occasion or the writer's comparison ("after a record …", "more than double …"). */
const WRITER_AFTER_SPEAKER =
  /^[\s\u00A0]*(?:after|amid|following|despite|days after|hours after|(?:more|less) than (?:double|twice|triple|half)\b|(?:double|twice|triple|treble) the\s)/;
export const ELLIPTIC_CLAUSE =
  /^[\s\u00A0]*(?:it|he|she|they|we|i|you|there)[\s\u00A0]+(?:would|will|did|does|do|had|has|have|could|can|might|may|should|was|were|is|are)(?:[\s\u00A0]+(?:not|be|have|been))?[\s\u00A0]*(?:[.,;:!?]|$)/i;
/** Verbs whose bare object is an act ("claimed victory", "conceded defeat", "defended his decision"). */
export const NOMINAL_ACTS = new Set(
  "claim concede defend admit acknowledge accept welcome praise hail criticize criticise condemn reject question".split(
    " ",
  ),
);
export const CLAUSE_WORDS =
  /^(?:he|she|they|it|we|i|you|there)\b|[“"‘]|\b(?:is|are|was|were|had|has|have|would|will|could|should|might|must)\b/i;
/** Verbs whose clause after "as X …" is a report, not a comparison ("… as union admits members …"). */
export const AS_CLAUSE_VERBS = new Set(
  "say admit insist warn claim concede acknowledge argue predict deny confirm tell".split(" "),
);
/** Text that opens with a modal ("will add", "would say"). */
export const MODAL = new RegExp(`^(?:${[...MODALS].join("|")})\\b`, "i");
/** Subjects whose weak verb reports only with a clause: "I hope", "we expect", "not everyone agreed with …". */
export const GENERIC_SUBJECT = /^(?:i|we|you|(?:not\s+)?(?:everyone|everybody|someone|somebody|nobody))$/i;
/**
 * "The villagers, who wrote to the council in March, said …": a relative "who" never closes the words before
 * its comma, nor interrupts them.
 */
export const isRelativeWho = (
  text: string,
  subject: { start: number; end: number; pronoun?: boolean } | null,
) => !!subject?.pronoun && /^who$/i.test(text.slice(subject.start, subject.end));
/**
 * What follows "…, X said" when the words after it are not the speaker's: a subordinate clause ("…, lawmakers
 * said Friday, as they bristled at …"; also "…, the companies said, creating the largest …": the writer's
 * participle of consequence, and "…, the department said Friday, up from 29 a week earlier": the writer's
 * comparison), or after a comma the occasion or the writer's comparison ("…, Gov. Suzuki said Tuesday,
 * after a record number of attacks …", "…, the prefecture said, more than double the figure …").
 */
export const writerFollowsSpeaker = (text: string, pos: number): boolean =>
  /^[\s\u00A0]*(?:,[\s\u00A0]*)?(?:as|when|while|because|since|although|though|even as|but|(?:up|down) from\s|(?:granted|given) anonymity\b|(?:creating|sending|making|bringing|leaving|putting|raising|ending|marking|pushing|setting|giving|paving|prompting|triggering|capping|dealing)\s)\b/.test(
    text.slice(text[pos - 1] === "," ? pos - 1 : pos, pos + 12),
  ) ||
  (/,[\s\u00A0]*$/.test(text.slice(pos - 3, pos)) && WRITER_AFTER_SPEAKER.test(text.slice(pos, pos + 24)));
/**
 * "the explosion that Mayor de Blasio described as …", "what Liz Wahl said": a relative pronoun right before
 * the subject at `at` (not "in which he said …", which introduces a statement); `from` is the sentence start.
 */
export const objectRelativeBefore = (text: string, from: number, at: number): boolean =>
  /\b(?:what|which|that|whom)$/i.test(text.slice(Math.max(from, at - 8), at).trimEnd()) &&
  // ("to which she replied, “…”": the reply's words follow its verb)
  !/\b(?:in|at|during|on|with|after|for|to)\s+(?:which|whom)$/i.test(
    text.slice(Math.max(from, at - 16), at).trimEnd(),
  );
/**
 * A "that" after words that take a clause and are never a noun a relative clause describes ("it emerged that",
 * "to reflect that", "now that", "not that", "it is clear that"): the clause after it is a complement.
 */
const COMPLEMENT_THAT =
  /\b(?:not|now|given|except|emerged|emerges|reflect|reflects|reflected|means|meant|clear|unclear|likely|unlikely|evident|true|possible|relieved|surprised|pleased|glad|notable|significant|ironic)[\s\u00A0]+that$/i;
export const complementThatBefore = (text: string, from: number, at: number): boolean =>
  COMPLEMENT_THAT.test(text.slice(Math.max(from, at - 20), at).trimEnd());
/**
 * "…, the agency said in a June report, and …", "The crossing, she said at a briefing, would not open …":
 * circumstances right after the cue ending at `cueEnd`, then the comma, then the words going on.
 */
export const adjunctThenComma = (text: string, cueEnd: number): boolean =>
  isJsSpace(text.charCodeAt(cueEnd)) &&
  /^[\s\u00A0]+(?:in|on|at|during|after|before|last|this|earlier|late|early)\b[^,.;:“”"]{0,50},[\s\u00A0]+(?:and|but|(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do)[\s\u00A0])/.test(
    text.slice(cueEnd, cueEnd + 70),
  );

/** A "that" right after the verb (or its hearer) opens the content; a later one belongs to something else. */
export const thatOpensContent = (text: string, cueEnd: number, start: ContentStart): boolean =>
  start.that && wordsBetween(text, cueEnd, start.pos) <= 4;
