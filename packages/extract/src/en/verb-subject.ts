import { agrees, PART_OF_GROUP } from "./agreement.ts";
import { continuesAnotherClause, coordinatedAfterClaim, subjectWithinContent } from "./clause-membership.ts";
import { beliefClauseAfterAnd, speechActAfterAnd } from "./coordinated-speech.ts";
import { joinedInContent } from "./coordinated-subject.ts";
import { EVIDENCE_VERBS, evidenceSubject } from "./evidence.ts";
import { viewOfFrontedPerson } from "./for-person.ts";
import { ATTITUDE_ADJECTIVES, WEAK_VERBS } from "./lexicon.ts";
import { participleOpensClause } from "./message-participle.ts";
import { notASubject, writersAside } from "./not-a-subject.ts";
import { ofWhomSubject } from "./of-whom.ts";
import { pastOpeningParticiple, subordinateSubject } from "./openers.ts";
import { participleInsideContent } from "./participle-in-content.ts";
import { quotedAs } from "./quoted-as.ts";
import { senderOfMessage } from "./sent-message.ts";
import { messageOfOpeningPhrase } from "./setting-message.ts";
import type { SourceSpan } from "./source.ts";
import { coordinatorBefore, sharesPassiveBefore } from "./time-before-verb.ts";
import { circumstancePhrase, commaCloses, lastListedName } from "./token-shapes.ts";
import type { VerbCall } from "./verb-call.ts";
import { setMention } from "./verb-draft.ts";
import { lower, sayingAfterPreposition } from "./verbs.ts";
import { nearestFirst } from "./walks.ts";

/** The subject a verb's walk found, as an opening participle, "of whom", evidence or subordinate clause leave it. */
export interface OpeningSubject {
  subject: SourceSpan | null;
  ofWhom: ReturnType<typeof ofWhomSubject>;
  evidence: SourceSpan | null;
  subordinate: boolean;
}

/** The verb's subject before its role is read (null: no claim — the writer's aside, or no subject for a finite verb). */
export function verbOpeningSubject(c: VerbCall, walkedSubject: SourceSpan | null): OpeningSubject | null {
  const { text, s, toks, walks, d, hit, verb, cueStart } = c;
  let subject = pastOpeningParticiple(text, s.start, walkedSubject);
  const ofWhom = subject ? null : ofWhomSubject(text, toks, s.start, cueStart, walks);
  if (ofWhom) [subject, d.speakerName] = [ofWhom.mention, ofWhom.antecedent ?? undefined];
  // "The latest poll released Friday shows …": a document or poll with its modifiers
  const evidence = EVIDENCE_VERBS.has(hit.base) ? evidenceSubject(text, s.start, cueStart, hit.base) : null;
  if (evidence && (!subject || subject.start > evidence.start)) subject = evidence;
  // ("Although Trump has admitted …, he …", "the agency, which reported …, is …": up to the clause's comma)
  let subordinate = false;
  if (subject) [subject, subordinate] = subordinateSubject(text, s.start, subject);
  const beforeSubject = subject ? text.slice(Math.max(s.start, subject.start - 16), subject.start) : "";
  if (writersAside(text, s.start, cueStart)) return null;
  const edForm = hit.form.endsWith("ed") && cueStart === verb.start;
  if (subject && notASubject(text.slice(subject.start, subject.end), hit.participle, beforeSubject, edForm)) {
    if (!hit.participle) return null;
    subject = null;
  }
  return { subject, ofWhom, evidence, subordinate };
}

/**
 * Who speaks for the verb: the one quoted, the message's sender, a pronoun after a preposition, the subject —
 * or no one named (d.inherits: a participle after a comma, a coordinated verb). Null: no claim.
 */
export function speakerOrInherited(
  c: VerbCall,
  opening: OpeningSubject,
): { subject: SourceSpan | null } | null {
  const { text, s, toks, walks, d, hit, verb, k, left, cueStart, cueEnd, out } = c;
  const { evidence, ofWhom } = opening;
  let { subject } = opening;
  // "The council issued a statement saying …": the one who put the message out speaks
  const sender = hit.participle && left?.word ? senderOfMessage(text, toks, k, walks) : null;
  if (sender) subject = sender;
  // "a series of tweets early Friday saying that …": a participle with its that-clause after a noun
  const participleClause =
    hit.participle && left?.word && participleOpensClause(toks, hit.index, k) && !subject;
  // "Reuters quoted an official as saying …", "The minister was quoted as saying …": the one quoted speaks
  const quoted = hit.participle && left?.word && lower(left) === "as" ? quotedAs(text, toks, k, walks) : null;
  if (quoted) {
    subject = quoted;
    setMention(d, subject);
    d.rules.push("en.participle:quoted-as");
  } else if (hit.participle && left?.word && sayingAfterPreposition(hit, left)) {
    if (k === 0) return null; // "After saying …, she …": the speaker comes after; not read
    // "…, where he appeared … for saying that …": the nearest he/she/they, else the main clause's speaker
    const pronoun = nearestFirst(toks, k).find((t) => /^(?:he|she|they)$/i.test(t.text));
    subject = pronoun ? { start: pronoun.start, end: pronoun.end, pronoun: true } : null;
    if (subject) setMention(d, subject);
    else d.inherits = true;
    d.rules.push("en.participle:after-preposition");
  } else if (!subject && hit.participle && (commaCloses(toks, k) || participleClause)) {
    if (circumstancePhrase(toks, hit.index)) return null;
    if (participleInsideContent(text, toks, hit.index, cueStart, out)) return null;
    d.inherits = true;
    d.rules.push("en.participle");
  } else if (
    !subject &&
    /^(?:and|but)$/.test(coordinatorBefore(toks, k)) &&
    (coordinatorBefore(toks, k) === "and" || cueStart < verb.start || !WEAK_VERBS.has(hit.base)) &&
    // ("and attempted to make the case …": the raising verb before the infinitive carries the tense)
    // ("and came away convinced that …": an adjective of attitude has its link verb in the cue)
    (hit.form !== hit.base ||
      (hit.start ?? hit.index) < hit.index ||
      (ATTITUDE_ADJECTIVES.has(hit.base) && cueStart < verb.start)) &&
    (!WEAK_VERBS.has(hit.base) ||
      cueEnd > verb.end ||
      coordinatedAfterClaim(out, hit.form) ||
      speechActAfterAnd(hit) ||
      beliefClauseAfterAnd(hit, toks, c.after))
  ) {
    if (continuesAnotherClause(out, text, s.start, cueStart, verb.start)) return null;
    if (sharesPassiveBefore(toks, k, hit.form)) return null;
    d.inherits = true;
    d.rules.push("en.coordinated-verb");
  } else if (subject) {
    if (subject !== evidence && !ofWhom && !agrees(text, hit, subject, cueStart < verb.start)) return null;
    subject = subjectWithinContent(out, subject, cueStart);
    // "the party's wins in Richmond, Northcote and Albert Park showed …": a listed place is no speaker
    // (inside an earlier claim's words; "A spokesperson for the Department for Environment, Food and …" is one name)
    const from = subject.start;
    if (out.some((o) => o.cueEnd <= from) && lastListedName(text, from, s.start)) return null;
    // ("The envoy said Kenya and Uganda warned …": the second of a coordinated subject inside those words)
    if (joinedInContent(out, toks, from, k + 1)) return null;
    // "a June report", "an Ohio poll": a singular determiner never takes the base form
    if (
      hit.form === hit.base &&
      cueStart === verb.start &&
      /^(?:an?|one|another|each)\s/i.test(text.slice(subject.start, subject.end)) &&
      !PART_OF_GROUP.test(text.slice(subject.start, subject.end))
    )
      return null;
    if (viewOfFrontedPerson(text, s.start, subject)) return null;
    if (messageOfOpeningPhrase(text, s.start, subject, !!hit.participle)) return null;
    setMention(d, subject);
    d.rules.push(subject.pronoun ? "en.subject:pronoun" : "en.subject");
  } else return null;
  return { subject };
}
