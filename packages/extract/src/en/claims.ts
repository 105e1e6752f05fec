import type { ArticleView, Draft } from "../draft.ts";
import { quoteAt } from "../text/quotes.ts";
import type { Sentence } from "../text/segment.ts";
import type { Token } from "../text/tokens.ts";
import { agrees } from "./agreement.ts";
import { widenAcrossAnd } from "./and-in-name.ts";
import { asSaidClaim } from "./as-said.ts";
import { bareClauseAfter } from "./bare-clause.ts";
import { bodyDecision } from "./body-decision.ts";
import {
  continuesAnotherClause,
  coordinatedAfterClaim,
  describesBetweenCommas,
  quotedObjectOnly,
  subjectWithinContent,
} from "./clause-membership.ts";
import { intervalFollows, participleFollows } from "./closing-participle.ts";
import {
  adjunctOnly,
  contentBefore,
  endsClause,
  extendContinuation,
  followingQuote,
  interruptedContent,
  quoteBeforeSentence,
  quotedWordsAtLeast,
  wordsBetween,
} from "./content.ts";
import { contentAfterCue } from "./content-after-cue.ts";
import { contentStartAfter } from "./content-start.ts";
import { speechActAfterAnd } from "./coordinated-speech.ts";
import { joinedInContent } from "./coordinated-subject.ts";
import { forAfterDay } from "./day-before-particle.ts";
import { deniedGrant } from "./denied-grant.ts";
import { EVIDENCE_VERBS, evidenceSubject } from "./evidence.ts";
import { followingColonAt } from "./following-statement.ts";
import { viewOfFrontedPerson } from "./for-person.ts";
import { frontedParticiple } from "./fronted-participle.ts";
import { invertedClaim } from "./inverted-claim.ts";
import { opensWithVerbAndColon } from "./layout.ts";
import {
  ATTITUDE_ADJECTIVES,
  CLAUSE_ONLY_VERBS,
  CUE_PARTICLES,
  IMPERSONAL_ADJECTIVES,
  INTENT_VERBS,
  NOUN_FIRST_FORMS,
  QUOTE_ONLY_VERBS,
  THAT_CLAUSE_VERBS,
  TOPIC_VERBS,
  WEAK_VERBS,
} from "./lexicon.ts";
import { participleOpensClause } from "./message-participle.ts";
import { objectOfReaction, reportsNothing } from "./no-statement.ts";
import { notASubject, writersAside } from "./not-a-subject.ts";
import { ofWhomSubject, setRelativeContent } from "./of-whom.ts";
import {
  LEADING_ADJUNCT,
  openedByParticiple,
  openerOnly,
  pastOpeningParticiple,
  subordinateSubject,
} from "./openers.ts";
import { outletsOwnFinding } from "./own-reporting.ts";
import { passiveReportDraft } from "./passive.ts";
import { widenAcrossPeopleAnd } from "./people-and.ts";
import { planInfinitive } from "./plan-infinitive.ts";
import { questionedPerson } from "./questioned-person.ts";
import { endsWithQuoteMark, resumesQuote, titleInOpeningPhrase } from "./quote-marks.ts";
import { quotedAs } from "./quoted-as.ts";
import { beforeNextRelative, gappedRelativeDraft, relativeDraft, relativePronounBefore } from "./relative.ts";
import { markObjectOnly, type ObjectOnlyClaims } from "./relayed-or-nested.ts";
import { restatesEarlierClaim } from "./restated-line.ts";
import { senderOfMessage } from "./sent-message.ts";
import { widenToComma } from "./source-after.ts";
import { STANCE_VERBS, stanceContentStart } from "./stance.ts";
import { thatAfter } from "./that-after.ts";
import { thingFound } from "./thing-found.ts";
import { coordinatorBefore } from "./time-before-verb.ts";
import { circumstancePhrase, commaCloses, lastListedName, noObjectAfterComma } from "./token-shapes.ts";
import { topicPrepositionAt } from "./topic-after.ts";
import {
  adjunctThenComma,
  CLAUSE_WORDS,
  GENERIC_SUBJECT,
  isRelativeWho,
  NOMINAL_ACTS,
  objectRelativeBefore,
  writerFollowsSpeaker,
} from "./verb-claim-shapes.ts";
import { setMention, verbDraft } from "./verb-draft.ts";
import {
  CLAUSE_OPENERS,
  isAuxiliary,
  lower,
  PARTICLE_VERBS,
  sayingAfterPreposition,
  type VerbHit,
} from "./verbs.ts";
import { nearestFirst, type Walks, walkedBackFrom } from "./walks.ts";
import { answersAfterAsked } from "./when-asked.ts";

/** How far past a sentence's last reporting word its tokens are read: enough for subjects, hearers and "that". */
export const TOKEN_REACH = 240;
/** The claim cued by one reporting verb of sentence si (null if none); `out` holds the claims of earlier verbs. */
export function verbClaim(
  view: ArticleView,
  si: number,
  floor: number,
  toks: Token[],
  hit: VerbHit,
  walks: Walks,
  stops: number[],
  out: Draft[],
  marks: ObjectOnlyClaims,
): Draft | null {
  const s = view.sentences[si] as Sentence;
  const { text } = view;
  const verb = toks[hit.index] as Token;
  // (the cue opens with the auxiliaries before the verb: "had been told")
  let k = (hit.start ?? hit.index) - 1;
  while (k >= 0 && toks[k]?.word && isAuxiliary(toks[k] as Token)) k--;
  const cueStart = (toks[k + 1] as Token).start;
  let after = hit.base === "call" ? Math.max(hit.index + 1, forAfterDay(toks, hit.index)) : hit.index + 1;
  let cueEnd = verb.end;
  const particle = toks[after];
  const topic = TOPIC_VERBS.get(hit.base);
  if (particle?.word && PARTICLE_VERBS.has(hit.base) && CUE_PARTICLES.has(lower(particle))) {
    cueEnd = particle.end;
    after++;
  } else if (topic) {
    // "spoke about her ties to the church", "spoke out on Tuesday about …": the topic is the content
    const at = topicPrepositionAt(toks, after, topic);
    if (at < 0) return null;
    cueEnd = (toks[at] as Token).end;
    after = at + 1;
  }
  if (k < 0 && opensWithVerbAndColon(text, s.start, s.end)) return null;
  // "said the following:", "made the following comment:": the words come after the colon
  const colon = followingColonAt(toks, after, hit.base === "state");
  if (colon > 0) [cueEnd, after] = [(toks[colon - 1] as Token).end, colon];
  const d = verbDraft(cueStart, cueEnd, s);
  if (hit.passive) return passiveReportDraft(view, s, toks, hit.index, d);
  const left = toks[k];
  // "Claiming …, Hale told …", "After saying …, she …": the speaker is the subject after the clause's comma
  const fronted = hit.participle && k <= 0 ? frontedParticiple(toks, hit.index) : null;
  if (fronted) {
    setMention(d, fronted.subject);
    [d.contentStart, d.contentEnd] = fronted.content;
    d.rules.push(fronted.subject.pronoun ? "en.subject:pronoun" : "en.subject", "en.participle:fronted");
    return d;
  }
  // ("made a profit", "put the plan on hold": no "that" ahead, no claim — unless a comma or a quotation before
  // the verb makes it an inverted one; speed: the subject walk below is skipped)
  if (left?.word && THAT_CLAUSE_VERBS.has(hit.base) && !thatAfter(toks, hit.index)) return null;
  // "…,” said Smith." — verb before its speaker
  // (or, at the start of a sentence, the quotation that ended the sentence before)
  const prevQuote = k < 0 ? quoteBeforeSentence(view, si, floor) : null;
  // a plain comma may also close an appositive subject ("Its director, Paul Johnson, told …")
  // the speaker walk back from the verb, done once: it tells an appositive comma and gives the subject
  const walkedSubject =
    left && (left.word || /^[,).—–?!-]$/.test(left.text)) ? walkedBackFrom(text, toks, k, walks) : null;
  const appositive = left?.text === "," && walkedSubject !== null;
  const inverted = invertedClaim(
    view,
    si,
    floor,
    toks,
    hit,
    { k, after, cueStart },
    d,
    prevQuote,
    appositive,
  );
  if (inverted !== undefined) return inverted;
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
    d.inherits = true;
    d.rules.push("en.participle");
  } else if (
    !subject &&
    /^(?:and|but)$/.test(coordinatorBefore(toks, k)) &&
    (coordinatorBefore(toks, k) === "and" || cueStart < verb.start || !WEAK_VERBS.has(hit.base)) &&
    // ("and attempted to make the case …": the raising verb before the infinitive carries the tense)
    (hit.form !== hit.base || (hit.start ?? hit.index) < hit.index) &&
    (!WEAK_VERBS.has(hit.base) ||
      cueEnd > verb.end ||
      coordinatedAfterClaim(out, hit.form) ||
      speechActAfterAnd(hit))
  ) {
    if (continuesAnotherClause(out, text, s.start, cueStart, verb.start)) return null;
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
      /^(?:an?|one|another|each)\s/i.test(text.slice(subject.start, subject.end))
    )
      return null;
    if (viewOfFrontedPerson(text, s.start, subject)) return null;
    setMention(d, subject);
    d.rules.push(subject.pronoun ? "en.subject:pronoun" : "en.subject");
  } else return null;
  // "It is obvious that …": an evaluation no one is named for
  if (IMPERSONAL_ADJECTIVES.has(hit.base)) {
    if (!subject || !/^it$/i.test(text.slice(subject.start, subject.end))) return null;
    d.mentionStart = d.mentionEnd = -1;
  }
  const stance = STANCE_VERBS.has(hit.base) ? stanceContentStart(toks, after, hit.base) : undefined;
  if (stance === null) return null;
  const start = stance ?? contentStartAfter(toks, after, hit.base);
  if (THAT_CLAUSE_VERBS.has(hit.base) && (!start.that || (hit.base === "serve" && cueEnd === verb.end)))
    return null;
  const thatRightAfter = start.that && wordsBetween(text, cueEnd, start.pos) <= 1;
  // "experts suspect those losses were …": a clause without "that" after an attitude verb
  const bareClause =
    WEAK_VERBS.has(hit.base) && toks[after]?.start === start.pos && bareClauseAfter(toks, after, hit.base);
  if ((CLAUSE_ONLY_VERBS.has(hit.base) || NOUN_FIRST_FORMS.has(hit.form)) && !thatRightAfter && !bareClause)
    return null;
  if (hit.base === "find" && !start.that && !bareClause && thingFound(text, start.pos, s.end, subject))
    return null;
  // "“…,” Smith said (in a statement)." — speaker and verb close the sentence: the content came before
  // "Jones vows to cut fees": an infinitive after a verb of intent is its content, not an adjunct
  const takesInfinitive =
    INTENT_VERBS.has(hit.base) && toks[after]?.word === true && lower(toks[after] as Token) === "to";
  const closesSentence =
    endsClause(text, start.pos, s) ||
    stops.includes(toks[after]?.start ?? -1) ||
    (adjunctOnly(text, start.pos, s) && !takesInfinitive) ||
    writerFollowsSpeaker(text, start.pos);
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
  // "…, top black lawmakers said Friday.": modifiers the speaker walk left out, back to the comma
  if (subject && closesSentence && !subject.pronoun) {
    subject = widenToComma(text, s.start, subject);
    const joined = widenAcrossPeopleAnd(text, s.start, widenAcrossAnd(text, s.start, subject));
    if (joined !== subject) {
      subject = joined;
      setMention(d, subject);
    }
  }
  // "…, the agency said in a June report, and …": circumstances after the verb, then the comma
  const commaAfterAdjunct = adjunctThenComma(text, cueEnd);
  const before = subject ? text.slice(s.start, subject.start).trimEnd() : "";
  // a "that" right after the verb (or its hearer) opens the content; a later one belongs to something else
  const thatOpens = start.that && wordsBetween(text, cueEnd, start.pos) <= 4;
  // a short quoted title ("In an interview on CBS's “Face the Nation,” Ryan said X") is not the content
  const quoteBefore =
    endsWithQuoteMark(before) &&
    !thatOpens &&
    text[start.pos - 1] !== ":" &&
    (closesSentence ||
      (quotedWordsAtLeast(view, s.start + before.length, 3) &&
        !titleInOpeningPhrase(view, s.start, before)) ||
      resumesQuote(text, start.pos));
  // ("In a statement, the mayor said:" and a paragraph: the words follow the colon, not the opening phrase)
  const commaBefore = before.endsWith(",") && !isRelativeWho(text, subject) && text[start.pos - 1] !== ":";
  const quoteEndedBefore =
    subject && before === "" && closesSentence ? quoteBeforeSentence(view, si, floor) : null;
  // ("…, the carrier said on Tuesday, blaming fuel costs": the speaker's own participle clause follows)
  // (this and `interrupts` below are read only after a subject and its comma)
  const closes = (): boolean =>
    closesSentence || participleFollows(text, cueEnd, hit.base) || intervalFollows(text, cueEnd);
  if (subject && (quoteBefore || quoteEndedBefore || (commaBefore && closes() && !commaAfterAdjunct))) {
    // "“…,” Smith said (in a statement)." — speaker and verb close the sentence: the content came before
    const content = quoteEndedBefore ?? contentBefore(view, s, s.start + before.length, floor);
    if (!content || (!quoteEndedBefore && !!subject.pronoun && restatesEarlierClaim(out, content, s, before)))
      return null;
    // ("According to the union's chair, Mary Akech, each trader is asked …": the source phrase is no content)
    if (/^according to\b/i.test(text.slice(content[0], content[0] + 13))) return null;
    // ("Claiming …, Hale told the council to …": the opening participle's words are its own claim)
    if (out.some((o) => o.rules.includes("en.participle:fronted") && o.contentEnd > content[0])) return null;
    const continued = extendContinuation(view, s, content, cueEnd);
    [d.contentStart, d.contentEnd] = [continued[0], followingQuote(view, si, continued[1])];
    d.rules.push("en.inverted:subject-verb");
    return d;
  }
  // "It was, the president said, “a stone …”" — but not "In a statement, Smith said, “…”"
  const interrupts = (): boolean =>
    (text[start.pos - 1] === "," || commaAfterAdjunct) &&
    (!resumesQuote(text, start.pos) ||
      !(LEADING_ADJUNCT.test(before) || openedByParticiple(before, text.slice(start.pos, start.pos + 4)))) &&
    !openerOnly(before) &&
    !answersAfterAsked(before);
  if (subject && commaBefore && interrupts()) {
    // "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt": the speaker interrupts the content
    const whole = interruptedContent(view, s, floor, start.pos, s.start + before.length - 1, cueEnd);
    if (!whole) return null;
    [d.contentStart, d.contentEnd] = whole;
    d.rules.push("en.parenthetical");
    return d;
  }
  const opensClause = start.that || text[start.pos - 1] === ":" || CLAUSE_OPENERS.test(text[start.pos] ?? "");
  // "chanted “What curfew?”" and "shouted to the guards that …" report; "sang the anthem", "shouted at the crowd" do not
  if (QUOTE_ONLY_VERBS.has(hit.base) && !thatOpens) {
    // ("chanted, “…”": the quotation after the comma's space)
    const at = text[start.pos] === " " && text[start.pos - 1] === "," ? start.pos + 1 : start.pos;
    const sung = CLAUSE_OPENERS.test(text[at] ?? "") ? quoteAt(view.quotes, at) : null;
    if (!sung?.closed) return null;
    [d.contentStart, d.contentEnd] = [sung.start, sung.end];
    d.rules.push("en.content:voice-quote");
    return d;
  }
  if (WEAK_VERBS.has(hit.base) && !opensClause) {
    // ", citing the audit" and "and called for …" report; a bare "and supported" does not
    const participleAfterComma = hit.participle && d.rules.includes("en.participle");
    // first and second person inside someone's words ("I hope", "we expect") are not attributions
    const weakAlone = d.inherits
      ? !coordinatedAfterClaim(out, hit.form) &&
        !participleAfterComma &&
        !(d.rules.includes("en.coordinated-verb") && speechActAfterAnd(hit))
      : !!subject && GENERIC_SUBJECT.test(text.slice(subject.start, subject.end));
    if (weakAlone || noObjectAfterComma(text, cueEnd, start.pos)) return null;
  }
  // "(or, as The Daily Beast called them)": a comparison, not a report
  if (
    subject &&
    /\bas$/i.test(text.slice(Math.max(s.start, subject.start - 4), subject.start).trimEnd()) &&
    // "as she called for the ratification …" reports; "as X called it/them" compares ("as X pointed out, …" too)
    (cueEnd === verb.end || /^[\s\u00A0]+out$/.test(text.slice(verb.end, cueEnd)))
  ) {
    const asSaid = asSaidClaim(view, s, d, subject, hit, start, cueEnd, closesSentence);
    if (asSaid !== undefined) return asSaid;
  }
  if (WEAK_VERBS.has(hit.base) && !opensClause && describesBetweenCommas(text, s, subject, start.pos))
    return null;
  // "what the senators said was economic gerrymandering": the relative clause, speaker included
  const relative = subject ? relativePronounBefore(text, s, subject.start) : -1;
  if (relative >= 0) return relativeDraft(view, s, d, relative, start.pos, hit.base) ? d : null;
  // "the explosion that Mayor de Blasio described as …", "what Liz Wahl said": the content is elsewhere
  if (subject && !opensClause && objectRelativeBefore(text, s.start, subject.start)) {
    const that = /\bthat$/i.test(text.slice(Math.max(s.start, subject.start - 6), subject.start).trimEnd());
    return that && gappedRelativeDraft(view, s, d, start.pos, hit.base) ? d : null;
  }
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
  d.silent = !opensClause && objectOfReaction(hit.base, text.slice(content[0], content[1]), cue);
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
  if (questionedPerson(hit.base, said) || deniedGrant(hit.base, said)) d.silent = true;
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
