/** "according to X" claims, and the speaker words of a participle or coordinated verb ("…, saying"). */
import { type ArticleView, type Draft, newDraft, trimSpan } from "../draft.ts";
import { quoteAt } from "../text/quotes.ts";
import type { Sentence } from "../text/segment.ts";
import { type Token, tokensForward } from "../text/tokens.ts";
import { inAccordanceWith } from "./accordance.ts";
import { authoredSourceEnd } from "./according-trailing.ts";
import { contentBefore } from "./content.ts";
import { countOpensSubject } from "./counted-subject.ts";
import { AGENCY_TAIL, DATELINE } from "./edges.ts";
import { NP_WORDS, VERB_FORMS } from "./lexicon.ts";
import { listedBodyEnd } from "./listed-body.ts";
import { MIXED_DATELINE } from "./mixed-dateline.ts";
import { outermostReport } from "./nested-report-owner.ts";
import { OWNER } from "./owned-bodies.ts";
import { sourceRelativeEnd, sourceRoleEnd } from "./source-relative.ts";

export function accordingToDrafts(view: ArticleView, s: Sentence, floor: number): Draft[] {
  const { text } = view;
  const out: Draft[] = [];
  const slice = text.slice(s.start, s.end);
  const re = /\b([Aa]ccording to)\s+/g;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const cueStart = s.start + m.index;
    const cueEnd = cueStart + (m[1] as string).length;
    // ("According to a complaint filed in federal court by the state and two counties, …": a source that opens the
    // sentence may run long before its comma)
    const opensSentence = text.slice(s.start, cueStart).trim().length < 3;
    const srcToks = tokensForward(text, cueEnd, s.end, opensSentence ? 28 : 14);
    const comma = srcToks.findIndex((t) => t.text === "," || t.text === ";");
    // the comma that ends the source (-1: none) and where the source ends
    let commaAt = comma > 0 ? (srcToks[comma] as Token).start : -1;
    let srcEnd = comma > 0 ? (srcToks[comma - 1] as Token).end : s.end;
    // ("according to the Ministry of Housing, Communities and Local Government": the commas of its name)
    const listed = commaAt > 0 ? listedBodyEnd(text, cueEnd, commaAt, s.end) : -1;
    if (listed > 0) {
      const next = tokensForward(text, listed, s.end, 14).find((t) => t.text === "," || t.text === ";");
      commaAt = next ? next.start : -1;
      srcEnd = next ? next.start : s.end;
    }
    // ("…, according to the state water utility, Agua y Drenaje de Monterrey (AyD).": the body's name in
    // apposition ends the sentence, and the source with it)
    const named = commaAt > 0 ? APPOSITIVE_NAME_END.exec(text.slice(commaAt + 1, s.end)) : null;
    if (named && text.slice(s.start, cueStart).trim().length >= 3) {
      srcEnd = commaAt + 1 + named[0].trimEnd().replace(/[.!?]$/, "").length;
      commaAt = -1;
    }
    // ("According to the chairperson of the union, Mary Akech, each …": the office, then its holder's name)
    const holderEnd = opensSentence && commaAt > 0 ? officeHolderEnd(text, cueEnd, commaAt, s.end) : -1;
    if (holderEnd > 0) [srcEnd, commaAt] = [holderEnd, holderEnd];
    const relativeEnd = opensSentence && commaAt > 0 ? sourceRelativeEnd(text, commaAt, s.end) : -1;
    if (relativeEnd > 0) [srcEnd, commaAt] = [relativeEnd, relativeEnd];
    const roleEnd = opensSentence && commaAt > 0 ? sourceRoleEnd(text, cueEnd, commaAt, s.end) : -1;
    if (roleEnd > 0) [srcEnd, commaAt] = [roleEnd, roleEnd];
    const src = trimSpan(text, cueEnd, srcEnd);
    if (!src || inAccordanceWith(text, cueStart, src)) continue;
    src[1] = authoredSourceEnd(text, src[0], src[1]);
    const d = newDraft({
      cueStart,
      cueEnd,
      mentionStart: src[0],
      mentionEnd: src[1],
      frameStart: s.start,
      frameEnd: s.end,
    });
    const before = text.slice(s.start, cueStart).trim();
    // "The mayor said that, according to police, three …": a source inside another's words is no claim of its own
    if (OPENS_REPORTED_CLAUSE.test(before)) continue;
    let content: [number, number] | null = null;
    if (before.length < 3 && commaAt > 0) content = trimSpan(text, commaAt + 1, s.end);
    else if (interruptsSubject(before, commaAt > 0 ? text.slice(commaAt + 1, s.end) : ""))
      // "The deal, according to people familiar with the matter, would value …": the source interrupts the sentence
      content = trimSpan(text, Math.max(s.start, floor), s.end);
    else if (before.length >= 3) {
      content = contentBefore(view, s, cueStart, floor);
      // "X paid 25 percent, according to the agency, and Y paid 69 percent": the sentence goes on
      const rest = commaAt > 0 ? text.slice(commaAt + 1, s.end) : "";
      // (not "…, according to its report, and Smith said …": the next clause has its own speaker)
      if (
        content &&
        /^[\s\u00A0]+(?:and|but)\s+\S/.test(rest) &&
        !OWN_SPEAKER.test(rest) &&
        !WRITER_GOES_ON.test(rest) &&
        !quoteAt(view.quotes, cueStart)
      )
        content = trimSpan(text, content[0], s.end);
    }
    if (!content || content[1] - content[0] < 4) continue;
    // "According to Lee, “A. B.”": a quotation opened after the source runs on to its closing mark
    const quote = content[0] > cueStart ? quoteAt(view.quotes, content[0]) : null;
    if (quote?.closed && quote.start === content[0] && quote.end > content[1])
      content = [content[0], quote.end];
    [d.contentStart, d.contentEnd] = content;
    d.rules.push("en.according-to");
    out.push(d);
  }
  return out;
}

/** A reporting verb and its "that" just before "according to": the source opens someone's reported words. */
export const OPENS_REPORTED_CLAUSE =
  /\b(?:said|says|say|(?:told|tells)(?:\s+\S+){1,3}?|added|adds|argued|argues|claimed|claims|warned|warns|insisted|insists|noted|notes|stated|states|explained|explains|wrote|writes)(?:\s+that)?,?$/;

/** A capitalised name (its small linking words too), maybe its short form in brackets, then the sentence's end. */
/**
 * An office named before its holder ("the chairperson of the Traders Union", "the police spokesman"), or a trade
 * before the firm's name ("the shipping agent, Pacific Link Freight,").
 */
const OFFICE_ROLE =
  /^(?:the|its|his|her|their)[\s\u00A0].*\b(?:chair(?:person|man|woman)?|president|spokes(?:man|woman|person)|director|secretary|minister|officer|manager|chief|head|leader|coordinator|commissioner|mayor|governor|executive|agent|operator|carrier|contractor|insurer|broker|supplier|developer)\b/i;
// (or one joined word: "G.Enkhjargal", a Mongolian name with the father's initial)
const HOLDER_NAME =
  /^[\s\u00A0]+(?:(?:Mr|Mrs|Ms|Dr|Hon)\.?[\s\u00A0]+)?(?:\p{Lu}\p{Ll}?\.\p{Lu}[\p{L}’'-]+|\p{Lu}[\p{L}’'-]+(?:[\s\u00A0]+\p{Lu}[\p{L}’'-]+){1,3})(?=,[\s\u00A0]+\D)/u;
/** Where the holder's name after an opening source's office ends (its comma follows), or -1. */
function officeHolderEnd(text: string, cueEnd: number, commaAt: number, end: number): number {
  if (!OFFICE_ROLE.test(text.slice(cueEnd, commaAt).trim())) return -1;
  const m = HOLDER_NAME.exec(text.slice(commaAt + 1, end));
  return m ? commaAt + 1 + m[0].length : -1;
}
const APPOSITIVE_NAME_END =
  /^[\s\u00A0]+(?:the[\s\u00A0]+)?\p{Lu}[\p{L}\p{M}.’'&-]*(?:[\s\u00A0]+(?:\p{Lu}[\p{L}\p{M}.’'&-]*|of|for|and|the|on|de|del|des|du|la|y|&))*?[\s\u00A0]+\p{Lu}[\p{L}\p{M}’'&-]*(?:[\s\u00A0]+\(\p{Lu}[\p{L}&]{1,11}\))?[\s\u00A0]*[.!?]?[\s\u00A0]*$/u;
/** A finite verb that goes on with the subject left before the source ("…, would value", "…, shows that"). */
const SUBJECTS_VERB =
  /^[\s\u00A0]+(?:(?:also|still|now|already|only)\s+)?(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|shall|did|does|do|wo|remains?|remained|shows?|showed|[a-z]{3,}ed)\b/;
/** "The report, according to officials, shows …": a bare subject before the source and its verb after it. */
function interruptsSubject(before: string, rest: string): boolean {
  // ("Sales rose 4%, according to the company, helped by demand": a participle of the writer's)
  if (!before.endsWith(",") || !SUBJECTS_VERB.test(rest) || /^[\s\u00A0]+[a-z]+ed\s+by\b/.test(rest))
    return false;
  const subject = before.slice(0, -1);
  // one noun phrase: no inner comma or clause mark, a few words, no verb of its own before the comma
  return (
    !/[,;:“”"]/.test(subject) &&
    subject.split(/\s+/).length <= 10 &&
    !/\b(?:is|are|was|were|has|have|had|will|would|said|says|rose|fell|grew|won|lost|hit|cut|saw)\b/.test(
      subject,
    )
  );
}

/** "…, according to Opta, and it lifted them to fourth": "it"/"this" takes up the sourced fact, in the writer's words. */
const WRITER_GOES_ON = /^[\s\u00A0]+(?:and|but)\s+(?:it|this|that)\s/;
/** "and Smith said on the call …": a clause after "and" with a reporting verb of its own, a few words in. */
const OWN_SPEAKER = /^[\s\u00A0]+(?:and|but)\s+(?:\S+\s+){1,5}?(?:said|says|told|tells|added|wrote)\b/;

/**
 * ", saying …", "and said …": the words naming the speaker are the main clause's subject — the previous
 * claim's speaker words in the same sentence, or the noun phrase that opens the sentence.
 */
/** Plural nouns of people ("drivers", "marketers", "officials", "residents"), not verbs ("offers", "says"). */
const PEOPLE_AFTER_MODIFIER =
  /^(?![a-z]*(?:offers|orders|enters|considers|delivers|covers|suffers|gathers|answers|lowers|says)$)[a-z]{3,}(?:ers|ors|ists|ians|ials|ents|ants)$/;

/** Words that end a sentence-initial noun phrase: auxiliaries and common verb forms. */
const MAIN_VERB_STARTS = new Set(
  "has have had is are was were will would could should may might must did does do said says told also".split(
    " ",
  ),
);

/** Irregular past forms that follow a sentence's subject ("the union hit back", "the players went on strike"). */
const IRREGULAR_PAST =
  /^(?:hit|went|came|left|stood|held|took|made|gave|ran|sat|rose|fell|met|struck|broke|wrote|began|sent|kept|brought|fought|sought|won|lost|threw|drew|led|spent|put|set|cut|shut)$/;
/**
 * A past verb right after the head noun of "The opposition walked out": a regular "-ed" form (not after an
 * adverb: "the newly elected mayor") or a common irregular one.
 */
const pastAfterNoun = (word: string, before: Token): boolean =>
  /^[a-z]/.test(before.text) &&
  !/ly$/.test(before.text) &&
  !/^(?:the|a|an|his|her|its|their)$/.test(before.text) &&
  (/^[a-z]{2,}ed$/.test(word) || IRREGULAR_PAST.test(word));

/** "spoke", "testified", "argued": a reporting verb's past form (not "report" or "claims", which may be nouns). */
function pastReportingForm(word: string): boolean {
  const form = VERB_FORMS.get(word);
  return !!form && !form.participle && word !== form.base && !word.endsWith("s");
}

const INITIALS = /^[A-Z][A-Za-z]{1,7}$/;
export function giveMainSubject(view: ArticleView, s: Sentence, d: Draft, before: Draft[]): void {
  const own = subordinateSubject(view.text, s, d.cueStart) ?? actorAfterMarketMove(view.text, s, d.cueStart);
  if (own) {
    [d.mentionStart, d.mentionEnd] = own;
    return;
  }
  const last = before[before.length - 1];
  const prev = d.rules.includes("en.participle")
    ? outermostReport(view.text, before, last, d, s.start)
    : last;
  // ("… an architect who said he was stiffed, saying …": a relative clause's speaker is not the main clause's)
  const relative = prev && /^(?:who|which|that)$/i.test(view.text.slice(prev.mentionStart, prev.mentionEnd));
  if (prev && prev.mentionStart >= s.start && prev.cueStart < d.cueStart && !relative) {
    d.mentionStart = prev.mentionStart;
    d.mentionEnd = prev.mentionEnd;
    return;
  }
  // "BLANTYRE, Malawi — The United Nations appealed …": the subject comes after the dateline
  // (or the agency's tail left when "LANSING, Mich." ended a sentence: "(AP) — The Michigan Supreme Court …")
  const opening = view.text.slice(s.start, Math.min(d.cueStart, s.start + 60));
  const dateline =
    DATELINE.exec(opening) ?? AGENCY_TAIL.exec(opening.slice(0, 40)) ?? MIXED_DATELINE.exec(opening);
  const from = s.start + (dateline?.[0].length ?? 0);
  const toks = tokensForward(
    view.text,
    from + openingAdjunctLength(view.text, from, d.cueStart),
    d.cueStart,
    12,
  );
  let end = -1;
  // "The chancellor has ruled out …, telling MPs …": a determiner and its noun, or a capitalised name
  // ("Britain's data protection regulator on Thursday fined …": a possessive name opens it like a determiner)
  const determiner =
    toks[0]?.word &&
    (/^(?:The|A|An|His|Her|Its|Their)$/.test(toks[0].text) ||
      OWNER.test(toks[0].text) ||
      // "In the spin room, the governor's aides …": lowercase after an opening adjunct
      (toks[0].start > s.start && /^(?:the|a|an|his|her|its|their)$/.test(toks[0].text)));
  const counted = countOpensSubject(toks);
  let capitalised = false;
  let skipTo = -1;
  for (const [i, t] of toks.entries()) {
    if (i <= skipTo) continue;
    // ("Farmers Union of Malawi (FUM) president X commended …, saying": the body's initials inside the subject)
    if (
      t.text === "(" &&
      end === toks[i - 1]?.end &&
      INITIALS.test(toks[i + 1]?.text ?? "") &&
      toks[i + 2]?.text === ")"
    ) {
      skipTo = i + 2;
      continue;
    }
    // "Citigroup Inc. analyst Jon Marr": the full stop of a short abbreviation inside the name
    if (t.text === "." && end === toks[i - 1]?.end && (toks[i - 1] as Token).text.length <= 3) continue;
    // ("“Long Division” creator Paul Okonjo left …": a quoted title before a role)
    if (!t.word && i < 4 && (t.text === "“" || t.text === "”")) continue;
    // ("The teachers' union welcomed …": a plural possessive's apostrophe inside the subject)
    if (!t.word && /^['’]$/.test(t.text) && end === toks[i - 1]?.end && /s$/.test(toks[i - 1]?.text ?? ""))
      continue;
    if (!t.word) break;
    // ("Thousands of garment workers blocked …": the counted people after "of")
    if (counted && i === 1 && t.text === "of") continue;
    // "Barclays analyst Jane Roe cut …": a role noun between the body's name and the person's
    const roleBeforeName =
      i > 0 &&
      end >= 0 &&
      (NP_WORDS.has(t.text) || toks[i - 1]?.text === "”") &&
      /^[A-Z]/.test(toks[i + 1]?.text ?? "");
    // after a capitalised word only speaker nouns: "The Republican nominee", but "The United Nations appealed"
    const lowercaseNoun =
      (determiner || counted) &&
      // ("two Democratic speechwriters": people after a capitalised modifier of a counted subject)
      (!capitalised || NP_WORDS.has(t.text) || (counted && PEOPLE_AFTER_MODIFIER.test(t.text))) &&
      i > 0 &&
      i < 4 &&
      /^[a-z]/.test(t.text) &&
      !MAIN_VERB_STARTS.has(t.text) &&
      // ("The mayor spoke on Tuesday about …, arguing": a reporting verb's past form ends the subject)
      !pastReportingForm(t.text) &&
      // ("The opposition walked out, saying", "The union hit back, saying": a past verb after the head noun)
      !(i >= 2 && pastAfterNoun(t.text, toks[i - 1] as Token)) &&
      !SUBJECT_ENDS.has(t.text) &&
      // "The board quashed the fine", "The minister denied it": a word right before a determiner or an
      // object pronoun is the verb, not a noun
      !/^(?:the|a|an|its|his|her|their|it|him|them)$/.test(toks[i + 1]?.text ?? "") &&
      !(toks[i + 1]?.text === "that" && toks[i + 2]?.text === ",");
    // ("Taxi drivers blocked …, saying": a capitalised modifier opening the sentence, then the people)
    const people = i === 1 && !determiner && end === toks[0]?.end && PEOPLE_AFTER_MODIFIER.test(t.text);
    if (i > 0 && /^[A-Z]/.test(t.text)) capitalised = true;
    if (
      !/^[A-Z]/.test(t.text) &&
      !lowercaseNoun &&
      !roleBeforeName &&
      !people &&
      !(i === 0 && (determiner || counted))
    )
      break;
    end = t.end;
  }
  if ((determiner || counted) && end === toks[0]?.end) end = -1; // a determiner alone names nobody
  // ("Leaders of several workers' organisations, however, rejected …": a plural head and its "of" phrase,
  // up to the comma before the verb)
  if (end >= 0) end = ofPhraseEnd(toks, end) ?? end;
  // ("The Minister of Education, Ibrahim Musa, in a statement, thanked … and said": the name in apposition)
  if (determiner && end >= 0) end = appositiveNameEnd(toks, end) ?? end;
  if (end > s.start && toks[0]) {
    d.mentionStart = (toks[0] as Token).start;
    d.mentionEnd = end;
  }
}

/**
 * The end of "of …" after a plural head ending at `end` when a linking adverb between commas follows the
 * phrase ("Leaders of several workers' organisations, however, rejected …"), else null.
 */
function ofPhraseEnd(toks: Token[], end: number): number | null {
  const k = toks.findIndex((t) => t.start >= end);
  const head = toks[k - 1];
  if (k < 1 || k > 3 || toks[k]?.text !== "of" || !head || !/^\p{L}+s$/u.test(head.text)) return null;
  for (let j = k + 1; j < k + 7 && toks[j]; j++) {
    const t = toks[j] as Token;
    if (t.text === ",")
      return j > k + 1 && LINKING.test(toks[j + 1]?.text ?? "") && toks[j + 2]?.text === ","
        ? (toks[j - 1] as Token).end
        : null;
    if (!t.word && !/^[’']$/.test(t.text)) return null;
  }
  return null;
}
/** The end of a name of two to four capitalised words between commas right after a subject ending at `end`. */
function appositiveNameEnd(toks: Token[], end: number): number | null {
  const k = toks.findIndex((t) => t.start >= end);
  if (k < 1 || toks[k]?.text !== ",") return null;
  let j = k + 1;
  while (j < k + 5 && toks[j]?.word && /^\p{Lu}\p{Ll}/u.test((toks[j] as Token).text)) j++;
  return j - k > 2 && toks[j]?.text === "," ? (toks[j - 1] as Token).end : null;
}
const LINKING = /^(?:however|meanwhile|though|too|also|instead|nonetheless|nevertheless)$/;

/** "In the spin room after the debate, …", "On Thursday, however, …", "Chastened by the analyses, …". */
const OPENING_ADJUNCT =
  /^(?:(?:But|And|So|Yet)[\s\u00A0]+)?(?:(?:In|On|At|During|After|Before|For|Once|As|When|While|Since|Despite|Under|Over|Through|With|Without|Following|Speaking|Asked|Earlier|Later|Last|This|[A-Z][a-z]+ed|(?:A|An|One|Two|Three|Four|Five|Six|Several|\d+)[\s\u00A0]+(?:hours?|days?|weeks?|months?|years?)[\s\u00A0]+(?:later|earlier|ago|after|before))\b[^,.;:“”"]{0,100},[\s\u00A0]+(?:(?:as well as|along with|and)\s[^,.;:“”"]{0,80},[\s\u00A0]+)?(?:(?:however|meanwhile|though),[\s\u00A0]+)?)?/;
/** The length of the opening adjunct (and link word) before the main subject at `from`; 0 when none. */
function openingAdjunctLength(text: string, from: number, cueStart: number): number {
  const m = OPENING_ADJUNCT.exec(text.slice(from, Math.min(cueStart, from + 160)));
  return m ? m[0].length : 0;
}

/** "The watchdog on Tuesday sued …": a preposition or time word after the noun ends the subject. */
const SUBJECT_ENDS = new Set(
  "on in at for of with from by to late early last this yesterday today".split(" "),
);

const SUBORDINATE_OPENER =
  /,[\s\u00A0]+(?:as|while|when|after|before|because|since|although|though|even as)[\s\u00A0]+/g;
/**
 * "…, as Chief Minister Suresh Bhandari conceded defeat and said …": a verb coordinated inside a
 * subordinate clause shares that clause's subject (a capitalised name right after the conjunction, then
 * a finite verb), not the main clause's.
 */
function subordinateSubject(text: string, s: Sentence, cueStart: number): [number, number] | null {
  const slice = text.slice(s.start, cueStart);
  let from = -1;
  SUBORDINATE_OPENER.lastIndex = 0;
  for (let m = SUBORDINATE_OPENER.exec(slice); m; m = SUBORDINATE_OPENER.exec(slice))
    from = s.start + m.index + m[0].length;
  if (from < 0) return null;
  // the clause runs on to the cue: no comma inside it but the participle's own (", saying")
  const comma = text.indexOf(",", from);
  if (comma >= 0 && comma < cueStart && text.slice(comma + 1, cueStart).trim() !== "") return null;
  const toks = tokensForward(text, from, cueStart, 12);
  let end = -1;
  let i = 0;
  for (; i < toks.length; i++) {
    const t = toks[i] as Token;
    if (t.text === "." && end === toks[i - 1]?.end && (toks[i - 1] as Token).text.length <= 3) continue;
    if (!t.word || !/^\p{Lu}/u.test(t.text)) break;
    end = t.end;
  }
  const verb = toks[i];
  if (end < 0 || !verb?.word || !/^[a-z]+(?:ed|s)$/.test(verb.text) || MAIN_VERB_STARTS.has(verb.text))
    return null;
  return [(toks[0] as Token).start, end];
}

/** A market's move opens the sentence: "X shares tumbled", "The stock fell". */
const MARKET_MOVE =
  /^(?:[\p{L}\p{N}.&'’-]+\s+){0,5}?(?:shares|stock|stocks|bonds|prices|index|currency|futures|yields)\s+[a-z]+ed\b/u;
/** "after the Perth-based miner cut its …", "as Orion Corp. raised its …": the clause's subject, then its verb. */
const ACTOR_CLAUSE =
  /\b(?:after|as|when|because)\s+((?:the|its)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+|(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*)\s+[a-z]+\s+(?:its|their|the|a|an)\s/gu;
/**
 * "Kestrel Corp. shares tumbled … after the miner cut its target, saying …": shares do not speak; the one
 * whose act moved them does.
 */
function actorAfterMarketMove(text: string, s: Sentence, cueStart: number): [number, number] | null {
  const slice = text.slice(s.start, cueStart);
  const dateline = DATELINE.exec(slice.slice(0, 60)) ?? AGENCY_TAIL.exec(slice.slice(0, 40));
  if (!MARKET_MOVE.test(slice.slice(dateline?.[0].length ?? 0))) return null;
  let found: [number, number] | null = null;
  ACTOR_CLAUSE.lastIndex = 0;
  for (let m = ACTOR_CLAUSE.exec(slice); m; m = ACTOR_CLAUSE.exec(slice)) {
    const at = s.start + m.index + m[0].indexOf(m[1] as string);
    found = [at, at + (m[1] as string).length];
  }
  return found;
}
