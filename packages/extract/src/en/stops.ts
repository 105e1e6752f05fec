import { isJsSpace } from "../text/chars.ts";
import type { Sentence } from "../text/segment.ts";
import { lowerOf, type Token } from "../text/tokens.ts";
import { accordanceAt } from "./accordance.ts";
import { OPENS_REPORTED_CLAUSE } from "./according.ts";
import { butSamePronounGoesOn } from "./but-same-pronoun.ts";
import {
  pairsWithParticiple,
  passiveBeforeInfinitive,
  pronounGoesOnReport,
  sharesThatClauseSubject,
} from "./clause-membership.ts";
import { closesSentenceAfter } from "./closing-speaker.ts";
import { linkOpeningCoordinatedSubject } from "./coordinated-stop.ts";
import { joinsSubject } from "./coordinated-subject.ts";
import { WEAK_VERBS } from "./lexicon.ts";
import { ADJECTIVE_ING_NOUN } from "./no-statement.ts";
import { continuesPassive, continuesReportedClause } from "./reported-and-verb.ts";
import { continuesPresentReport } from "./tense-shift.ts";
import { coordinatorAt, sharesPassiveBefore } from "./time-before-verb.ts";
import { commaCloses, lastListedName } from "./token-shapes.ts";
import { isAuxiliary, NOUN_LIKE, type VerbHit } from "./verbs.ts";
import { type Walks, walkedBackFrom } from "./walks.ts";
import { whenAskedStops } from "./when-asked.ts";
import { withClauseStops } from "./with-clause.ts";

const PROGRESSIVE_BE = /^(?:is|are|was|were)$/;
/** `/^(?:and|but)$/i` for a token, without a regex call per verb. */
const andOrBut = (t: Token | undefined): boolean =>
  t?.text.length === 3 && (lowerOf(t) === "and" || lowerOf(t) === "but");

/** ", as Adebin noted at one point, …": the verb at toks[i] ends its clause at a comma, or after a short adjunct. */
function parenthetical(toks: Token[], i: number): boolean {
  if (toks[i + 1]?.text === ",") return true;
  if (!/^(?:at|in|on|during|last|earlier|later|this|then)$/i.test(toks[i + 1]?.text ?? "")) return false;
  for (let k = i + 2; k < i + 7; k++) if (toks[k]?.text === ",") return true;
  return false;
}

/** "install speed bumps and warning signs": an -ing form before its noun is an adjective, no verb of its own. */
const adjectiveIng = (toks: Token[], h: VerbHit): boolean =>
  h.form.endsWith("ing") && ADJECTIVE_ING_NOUN.test(toks[h.index + 1]?.text ?? "");

/** Where the content after a verb of the sentence must end: the start of another claim, or ", according to X". */
export function contentStops(
  text: string,
  s: Sentence,
  toks: Token[],
  hits: VerbHit[],
  candidates: number[],
  walks: Walks,
): number[] {
  // a participle after a comma (", adding") or a verb after and/but ("and warned") starts another claim
  const stops = hits
    .filter(
      (h) =>
        !adjectiveIng(toks, h) &&
        ((h.participle && commaCloses(toks, h.index - 1)) ||
          // "called the law “outrageous” and called for …": a weak verb after "and" ends the content too
          (andOrBut(toks[coordinatorAt(toks, h.index - 1)]) &&
            h.form !== h.base &&
            h.form.endsWith("ed") &&
            !sharesThatClauseSubject(toks, hits, h) &&
            !continuesPresentReport(toks, hits, h) &&
            !continuesReportedClause(toks, hits, h) &&
            !continuesPassive(toks, hits, h) &&
            !sharesPassiveBefore(toks, h.index - 1, h.form)) ||
          (andOrBut(toks[coordinatorAt(toks, h.index - 1)]) &&
            h.form !== h.base &&
            !WEAK_VERBS.has(h.base) &&
            !continuesPresentReport(toks, hits, h) &&
            !pairsWithParticiple(toks, hits, h) &&
            !continuesReportedClause(toks, hits, h) &&
            !passiveBeforeInfinitive(toks, h) &&
            !sharesPassiveBefore(toks, h.index - 1, h.form))),
    )
    .map((h) => {
      // ("…, and on Tuesday added that": the day goes with the verb after it)
      const k = coordinatorAt(toks, h.index - 1);
      // (after ',”' the quote and its comma stay with the words before)
      if (toks[k]?.text !== "," && commaCloses(toks, k)) return (toks[k] as Token).end;
      return (toks[k - 1]?.text === "," ? (toks[k - 1] as Token) : (toks[k] as Token)).start;
    });
  speakerClauseStops(text, s, toks, hits, walks, stops);
  withClauseStops(text, toks, hits, walks, stops);
  writersStops(text, s, toks, stops);
  // ", according to X" after the content ends it too
  for (const c of candidates) {
    if (c < s.start || c >= s.end || !text.startsWith("ccording to", c + 1)) continue;
    if (!/^[Aa]ccording to\b/.test(text.slice(c, c + 13))) continue;
    // ("said that according to police the driver fled": the source opens the reported words, it ends none)
    if (OPENS_REPORTED_CLAUSE.test(text.slice(s.start, c).trimEnd())) continue;
    if (accordanceAt(text, c, s.end)) continue;
    stops.push(c - (text[c - 2] === "," ? 2 : 0));
  }
  return stops;
}

/** "…, and several women said …": a clause with its own speaker ends the content before it (pushed onto stops). */
function speakerClauseStops(
  text: string,
  s: Sentence,
  toks: Token[],
  hits: VerbHit[],
  walks: Walks,
  stops: number[],
): void {
  for (let hi = 1; hi < hits.length; hi++) {
    const h = hits[hi] as VerbHit;
    // ("warn" is never a noun: "…, but tenant groups warn …"; "…, and Clinton is promising …" is a finite verb)
    if (
      (h.participle && !PROGRESSIVE_BE.test(toks[h.index - 1]?.text ?? "")) ||
      (NOUN_LIKE.has(h.form) && h.form !== "warn")
    )
      continue;
    let k = h.index - 1;
    while (k >= 0 && toks[k]?.word && isAuxiliary(toks[k] as Token)) k--;
    if (!toks[k]?.word && !/^[,)—–-]$/.test(toks[k]?.text ?? "")) continue;
    // ("…, and the share of voters who accepted that …": a relative clause stays inside its noun phrase)
    if (toks[k]?.text.toLowerCase() === "who" && toks[k - 1]?.text !== ",") continue;
    const subject = walkedBackFrom(text, toks, k, walks);
    if (!subject) continue;
    let j = toks.findIndex((t) => t.start === subject.start) - 1;
    // "but tenant groups warn", "and human rights groups warned": lowercase modifiers the walk left out
    for (
      let left = 2;
      left > 0 &&
      !subject.pronoun &&
      !/^(?:and|but|while|whereas|that|which|who|when|if|as)$/i.test(toks[j]?.text ?? "") &&
      /^[a-z]+$/.test(toks[j]?.text ?? "");
      left--
    )
      j--;
    const link = toks[j];
    // (", as aid agencies warn …", "called for funding as the MP said …": a clause of the writer's beside the
    // words; not "as wealthy as Mr. Trump claims", nor ", as Adebin noted," set in the middle of the words)
    const beside =
      link?.text === "as" &&
      !subject.pronoun &&
      toks[j - 2]?.text !== "as" &&
      toks[j - 3]?.text !== "as" &&
      !parenthetical(toks, h.index);
    if (link?.text === "and" && lastListedName(text, subject.start, s.start)) continue;
    if (link?.text === "and" && pronounGoesOnReport(toks, hits, h)) continue;
    if (link?.text === "but" && butSamePronounGoesOn(toks, hits, h)) continue;
    // ("said Kenya and Uganda had agreed …": a coordinated subject, inside the words of the verb before it)
    const before = hits.findLast((o) => o.index < j);
    if (before && joinsSubject(toks, before.index + 1, j, k + 1)) continue;
    if (link?.word && (/^(?:and|but|while|whereas)$/i.test(link.text) || beside)) {
      j = linkOpeningCoordinatedSubject(toks, j);
      stops.push(toks[j - 1]?.text === "," ? (toks[j - 1] as Token).start : (toks[j] as Token).start);
    } else if (
      link?.text === "," &&
      toks[j + 1]?.start === subject.start &&
      !/[’']s$/.test(text.slice(subject.start, subject.end)) &&
      closesSentenceAfter(text, (toks[h.index] as Token).end, s.end)
    )
      stops.push(link.start);
  }
}

/**
 * The writer's words after the content (pushed onto stops): a participle of consequence, a summing-up appositive,
 * the speaker's next act, a refusal, a headline's news beside the words, a new clause in the writer's present.
 */
function writersStops(text: string, s: Sentence, toks: Token[], stops: number[]): void {
  // "…, making the pledge the centerpiece of her campaign": the writer's participle of consequence
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i] as Token;
    if (t.word && toks[i - 1]?.text === "," && CONSEQUENCE.has(t.text))
      stops.push((toks[i - 1] as Token).start);
  }
  // "…, a key promise of her campaign.": a closing appositive that sums the clause up is the writer's
  // (only nouns of summing up: "…, a former lieutenant governor" describes a name)
  const appositive =
    /,[\s\u00A0]+an?[\s\u00A0]+(?:[a-z-]+[\s\u00A0]+)?(?:promise|pledge|gap|request|move|step|reversal|shift|jump|rise|drop|decline|record|margin|sign|line|refrain|mantra|message|theme|stance|position)\b[^,;:“”"]*$/.exec(
      text.slice(s.start, s.end).trimEnd(),
    );
  if (appositive) stops.push(s.start + appositive.index);
  // "… and calls for an inquiry", "… and dedicated the win to his mother": the speaker's own next act (a
  // request, a dedication, thanks) shares the subject of the cue and is no part of the reported words
  const sentence = text.slice(s.start, s.end);
  for (const at of speakersNextActs(sentence)) stops.push(s.start + at - (sentence[at - 1] === "," ? 1 : 0));
  for (const at of whenAskedStops(sentence)) stops.push(s.start + at);
  // "confirmed the request had been received but declined to say when …": the refusal that follows is the
  // writer's account of what the speaker would not say, no part of the words
  REFUSAL_AFTER.lastIndex = 0;
  for (let m = mayRefuse(sentence) ? REFUSAL_AFTER.exec(sentence) : null; m; m = REFUSAL_AFTER.exec(sentence))
    stops.push(s.start + m.index - (sentence[m.index - 1] === "," ? 1 : 0));
  // "Lindsay says ferry delay ‘unacceptable’ as Tories demand inquiry": in a headline (the text's first
  // line, unpunctuated) "as" and a capitalised subject open the writer's news beside the words
  if (s.start === 0 && !/[.!?]["”’]?$/.test(sentence.trimEnd()) && !sentence.includes("\n")) {
    const beside = /[\s\u00A0]+as[\s\u00A0]+(?=\p{Lu})/u.exec(sentence);
    if (beside) stops.push(s.start + beside.index);
    // "Coach says side 'not in a crisis' before derby trip": the occasion after the quoted words is the writer's
    // (and "… admits side 'were bullied up front' as losing run goes on": the news beside it)
    const occasion = /['’”][\s\u00A0]+(?:before|after|ahead[\s\u00A0]+of|amid|as)[\s\u00A0]/u.exec(sentence);
    if (occasion) stops.push(s.start + occasion.index + 1);
  }
  // "…announced that it is cutting its forecast, and the downgrade is casting a shadow …": after a comma, "and"/"but"
  // and a new subject of the writer's (a noun phrase or a name, not the speaker's he/she) in the writer's present
  // (a past or modal "…, but the work was postponed" may be the speaker's account, and so may a need: "…, and the
  // parts have to come from Edmonton")
  WRITERS_NEW_CLAUSE.lastIndex = 0;
  for (let m = WRITERS_NEW_CLAUSE.exec(sentence); m; m = WRITERS_NEW_CLAUSE.exec(sentence))
    stops.push(s.start + m.index);
}

/**
 * Where each "and" that opens the speaker's next act starts, with the spaces before it (what a global
 * `/\s+and\s+(?:…)/g` scan would match): found with indexOf, the act after it read by a sticky regex.
 */
function speakersNextActs(sentence: string): number[] {
  const out: number[] = [];
  let from = 0; // where the scan may start a match: the end of the last one
  for (let at = sentence.indexOf("and", 1); at >= 0; at = sentence.indexOf("and", at + 1)) {
    if (at - 1 < from || !isJsSpace(sentence.charCodeAt(at - 1))) continue;
    SPEAKERS_NEXT_ACT.lastIndex = at;
    if (!SPEAKERS_NEXT_ACT.test(sentence)) continue;
    let start = at;
    while (start > from && isJsSpace(sentence.charCodeAt(start - 1))) start--;
    out.push(start);
    from = SPEAKERS_NEXT_ACT.lastIndex;
    at = from - 1;
  }
  return out;
}
const SPEAKERS_NEXT_ACT =
  /and[\s\u00A0]+(?:(?:also|then|later)[\s\u00A0]+)?(?:(?:calls?|called|calling)[\s\u00A0]+(?:for|on)\b|(?:urges?|urged)[\s\u00A0]+(?!that\b)|(?:dedicated|thanked|praised|hailed)[\s\u00A0]+(?:the|a|an|his|her|their|its|my|our)\b|(?:apologi[sz]ed|paid[\s\u00A0]+tribute)\b)/y;
// (and "…, without specifying which": the same silence in a phrase)
/** Every REFUSAL_AFTER match holds one of these words: a sentence with none needs no scan. */
const mayRefuse = (sentence: string): boolean =>
  sentence.includes("not") ||
  sentence.includes("n’t") ||
  sentence.includes("n't") ||
  sentence.includes("declined") ||
  sentence.includes("refused") ||
  sentence.includes("without");
const REFUSAL_AFTER =
  /[\s\u00A0]+(?:but|and)[\s\u00A0]+(?:(?:declined|refused)[\s\u00A0]+to|(?:would|did|could)[\s\u00A0]+not|(?:wouldn|didn|couldn)[’']t)[\s\u00A0]+(?:say|comment|elaborate|specify|disclose|discuss|give|provide|name|identify|confirm|reveal|explain)\b|,[\s\u00A0]+without[\s\u00A0]+(?:specifying|saying|elaborating|naming|identifying|disclosing|giving|providing|explaining)\b/g;
// (only participles that sum up a news event; "leaving", "dealing a blow" may still be the speaker's words)
const CONSEQUENCE = new Set(["making", "marking", "prompting", "capping"]);
const WRITERS_NEW_CLAUSE =
  /,[\s\u00A0]+(?:and|but)[\s\u00A0]+(?:the|a|an|this|these|those|its|his|her|their|[A-Z][a-z]+)[\s\u00A0][^,.;:“”"]{0,40}?\b(?:is|are|has|have)\b(?![\s\u00A0]+to\b)/g;
